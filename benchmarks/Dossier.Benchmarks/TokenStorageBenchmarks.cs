using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace Dossier.Benchmarks;

/// <summary>
/// Why the store keeps each document's tokens as one blob (Dossier.Store's TokenTable): writing
/// and reading 200 BBC articles' tokens as one 9-byte-per-token blob a document, against one
/// row per token, in SQLite, one transaction a document as the store does.
/// </summary>
[MemoryDiagnoser]
public class TokenStorageBenchmarks
{
    private const int Articles = 200;

    private Document[] _documents = [];
    private string _folder = "";
    private SqliteConnection _connection = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = Pipeline.Create(Dossier.Nlp.NlpPipeline.BaseStages());
        _documents = BenchCorpus.Bbc.Take(Articles).Select(text => pipeline.Annotate(new Document(text, new DocumentSource("bbc"), null))).ToArray();
        _folder = Path.Combine(Path.GetTempPath(), "dossier-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        _connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "tokens.db")}");
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
            CREATE TABLE token_blobs (document_id INTEGER PRIMARY KEY, tokens BLOB NOT NULL);
            CREATE TABLE token_rows (document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind INTEGER NOT NULL, PRIMARY KEY (document_id, ordinal));
            """);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup]
    public void Empty() => Execute("DELETE FROM token_blobs; DELETE FROM token_rows;");

    [Benchmark(Baseline = true)]
    public int WriteAndReadBlobs()
    {
        for (var d = 0; d < _documents.Length; d++)
        {
            using var transaction = _connection.BeginTransaction();
            using var insert = Command("INSERT INTO token_blobs (document_id, tokens) VALUES ($id, $tokens)", transaction);
            insert.Parameters.AddWithValue("$id", d);
            insert.Parameters.AddWithValue("$tokens", Dossier.Store.Internal.TokenTable.Encode(_documents[d].Tokens));
            insert.ExecuteNonQuery();
            transaction.Commit();
        }
        var bytes = 0;
        for (var d = 0; d < _documents.Length; d++)
        {
            using var select = Command("SELECT tokens FROM token_blobs WHERE document_id = $id");
            select.Parameters.AddWithValue("$id", d);
            bytes += ((byte[])select.ExecuteScalar()!).Length;
        }
        return bytes;
    }

    [Benchmark]
    public int WriteAndReadRows()
    {
        for (var d = 0; d < _documents.Length; d++)
        {
            using var transaction = _connection.BeginTransaction();
            using var insert = Command("INSERT INTO token_rows (document_id, ordinal, start, \"end\", kind) VALUES ($id, $ordinal, $start, $end, $kind)", transaction);
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
            var start = insert.Parameters.Add("$start", SqliteType.Integer);
            var end = insert.Parameters.Add("$end", SqliteType.Integer);
            var kind = insert.Parameters.Add("$kind", SqliteType.Integer);
            insert.Prepare();
            var tokens = _documents[d].Tokens;
            for (var t = 0; t < tokens.Length; t++)
            {
                (id.Value, ordinal.Value, start.Value, end.Value, kind.Value) = (d, t, tokens[t].Span.Start, tokens[t].Span.End, (int)tokens[t].Kind);
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var count = 0;
        for (var d = 0; d < _documents.Length; d++)
        {
            using var select = Command("SELECT start, \"end\", kind FROM token_rows WHERE document_id = $id ORDER BY ordinal");
            select.Parameters.AddWithValue("$id", d);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                count += reader.GetInt32(1) - reader.GetInt32(0);
            }
        }
        return count;
    }


    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }
}
