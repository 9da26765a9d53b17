using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dossier.Store.Internal;
using Microsoft.Data.Sqlite;

namespace Dossier.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never block the writer. Opens a
/// pooled connection per operation, which makes one instance safe to share between threads.
/// </summary>
public sealed class SqliteDossierStore : IDossierStore
{
    private const string DocumentColumns = "id, text, location, title, outlet, url, published, ingested_at, layers";

    /// <summary>Longest lead kept for listings, in characters.</summary>
    private const int LeadLength = 100;

    private readonly string _connectionString;

    private SqliteDossierStore(string connectionString)
    {
        _connectionString = connectionString;
    }

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating if needed) the database file and applies any migration it lacks.</summary>
    public static async Task<SqliteDossierStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder for the database does not exist: {directory}");
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        var store = new SqliteDossierStore(builder.ToString()) { Path = path };
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using (var wal = Db.Command(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
        await Migrator.ApplyAsync(connection, cancellationToken);
        return store;
    }

    public async Task<SaveResult> SaveAsync(Document document, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var existing = Db.Command(connection, "SELECT id FROM documents WHERE content_hash = @hash", transaction, ("@hash", document.ContentHash)))
        {
            if (await existing.ExecuteScalarAsync(cancellationToken) is long id)
            {
                return new SaveResult(id, Added: false);
            }
        }

        long documentId;
        await using (var insert = Db.Command(connection,
            """
            INSERT INTO documents (content_hash, text, location, title, outlet, url, published, ingested_at, layers, word_count, lead)
            VALUES (@hash, @text, @location, @title, @outlet, @url, @published, @ingested, @layers, @words, @lead)
            RETURNING id
            """,
            transaction,
            ("@hash", document.ContentHash),
            ("@text", document.Text),
            ("@location", document.Source.Location),
            ("@title", document.Source.Title),
            ("@outlet", document.Source.Outlet),
            ("@url", document.Source.Url),
            ("@published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@ingested", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("@layers", (int)document.Layers),
            ("@words", document.WordCount),
            ("@lead", Headline.Of(document, LeadLength))))
        {
            documentId = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        foreach (var table in LayerTables.All)
        {
            if (document.Layers.HasFlag(table.Layer))
            {
                await table.WriteAsync(transaction, documentId, document, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(documentId, Added: true);
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await Db.QueryAsync(connection,
            """
            SELECT d.id, d.published, COALESCE(d.title, d.lead), d.location, d.word_count,
                   (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id), d.content_hash, d.ingested_at
            FROM documents d
            ORDER BY d.published IS NULL, d.published, d.id
            """,
            r => new DocumentSummary(
                r.GetInt64(0),
                r.IsDBNull(1) ? null : ParseDate(r.GetString(1)),
                r.GetString(2),
                r.GetString(3),
                r.GetInt32(4),
                r.GetInt32(5),
                r.GetString(6),
                DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture)),
            cancellationToken);
    }

    public async Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await Db.QueryAsync(connection, $"SELECT {DocumentColumns} FROM documents WHERE id = @id", ReadDocumentRow, cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : await WithLayersAsync(connection, rows[0], cancellationToken);
    }

    public async IAsyncEnumerable<StoredDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await Db.QueryAsync(connection,
            $"SELECT {DocumentColumns} FROM documents ORDER BY published IS NULL, published, id", ReadDocumentRow, cancellationToken);
        foreach (var row in rows)
        {
            yield return await WithLayersAsync(connection, row, cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<StoredDocument> WithLayersAsync(DbConnection connection, StoredDocument stored, CancellationToken cancellationToken)
    {
        var document = stored.Document;
        foreach (var table in LayerTables.All)
        {
            if (document.Layers.HasFlag(table.Layer))
            {
                document = await table.ReadAsync(connection, stored.Id, document, cancellationToken);
            }
        }
        return stored with { Document = document };
    }

    private static StoredDocument ReadDocumentRow(DbDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var source = new DocumentSource(r.GetString(2), Text(3), Text(4), Text(5));
        var published = Text(6) is { } date ? ParseDate(date) : (DateOnly?)null;
        var document = new Document(r.GetString(1), source, published) { Layers = (Layer)r.GetInt32(8) };
        return new StoredDocument(r.GetInt64(0), document, DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture));
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

}
