using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dossier.Store.Internal;

namespace Dossier.Store;

/// <summary>
/// The store over plain SQL that SQLite and PostgreSQL both run. Opens a pooled connection per
/// operation, so one instance is safe to share between threads and, on PostgreSQL, between
/// many ingestion processes. Open one with <see cref="Sqlite.SqliteDossierStore.OpenAsync"/>,
/// <see cref="Postgres.PostgresDossierStore.OpenAsync"/> or <see cref="DossierStores.OpenAsync"/>.
/// </summary>
public sealed class DossierStore : IDossierStore
{
    private const string DocumentColumns = "id, text, location, title, outlet, url, published, ingested_at, layers, annotation_version";

    private const Layer EveryLayer = (Layer)~0;

    /// <summary>Longest lead kept for listings, in characters.</summary>
    private const int LeadLength = 100;

    private readonly SqlEngine _engine;

    private DossierStore(SqlEngine engine)
    {
        _engine = engine;
    }

    /// <summary>"Sqlite" or "Postgres".</summary>
    public string Engine => _engine.Name;

    /// <summary>The file or server, without credentials.</summary>
    public string Target => _engine.Target;

    /// <summary>Applies the migrations the database lacks; on failure, releases what the engine holds.</summary>
    internal static async Task<DossierStore> OpenAsync(SqlEngine engine, CancellationToken cancellationToken)
    {
        var store = new DossierStore(engine);
        try
        {
            await using var connection = await engine.Open(cancellationToken);
            await Migrator.ApplyAsync(engine, connection, cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public async Task<SaveResult> SaveAsync(Document document, CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // ON CONFLICT waits for a concurrent writer of the same content, then yields no row.
        long? inserted;
        await using (var insert = Db.Command(connection,
            """
            INSERT INTO documents (content_hash, text, location, title, outlet, url, published, ingested_at, layers, word_count, lead, annotation_version)
            VALUES (@hash, @text, @location, @title, @outlet, @url, @published, @ingested, @layers, @words, @lead, @version)
            ON CONFLICT (content_hash) DO NOTHING
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
            ("@lead", Headline.Of(document, LeadLength)),
            ("@version", document.AnnotationVersion)))
        {
            inserted = await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull
                ? Convert.ToInt64(id, CultureInfo.InvariantCulture)
                : null;
        }

        if (inserted is not { } documentId)
        {
            await transaction.RollbackAsync(cancellationToken);
            await using var existing = Db.Command(connection, "SELECT id FROM documents WHERE content_hash = @hash", null, ("@hash", document.ContentHash));
            return new SaveResult(Convert.ToInt64(await existing.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture), Added: false);
        }

        await WriteLayersAsync(transaction, documentId, document, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(documentId, Added: true);
    }

    public async Task<bool> ReplaceLayersAsync(long id, Document annotated, bool evenIfCurrent = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A placer may be making this document's story features from the layers it read; waiting for it
        // (PostgreSQL: the story lock, shared among replacers; SQLite: the write lock) means the
        // features it stores are deleted below, never left standing for layers that are gone.
        if (_engine.LayerLockSql is { } layerLock)
        {
            await using var wait = Db.Command(connection, layerLock, transaction);
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }
        // Updating the row first takes its lock (SQLite: the write lock), so a concurrent replacer of the
        // same document waits here; on PostgreSQL it then sees the version this one wrote and matches no row.
        var unlessCurrent = evenIfCurrent ? "" : " AND (annotation_version IS NULL OR annotation_version <> @version)";
        await using (var update = Db.Command(connection,
            "UPDATE documents SET layers = @layers, word_count = @words, lead = @lead, annotation_version = @version "
            + "WHERE id = @id AND content_hash = @hash" + unlessCurrent,
            transaction,
            ("@layers", (int)annotated.Layers),
            ("@words", annotated.WordCount),
            ("@lead", Headline.Of(annotated, LeadLength)),
            ("@version", annotated.AnnotationVersion),
            ("@id", id),
            ("@hash", annotated.ContentHash)))
        {
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }
        foreach (var table in LayerTables.All.SelectMany(t => t.Tables))
        {
            await using var delete = Db.Command(connection, $"DELETE FROM {table} WHERE document_id = @id", transaction, ("@id", id));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await StoryFeatureTable.DeleteAsync(transaction, id, cancellationToken);
        await WriteLayersAsync(transaction, id, annotated, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        return await Db.QueryAsync(connection,
            """
            SELECT d.id, d.published, COALESCE(d.title, d.lead), d.location, d.word_count,
                   CAST((SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id) AS INTEGER), d.content_hash, d.ingested_at
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

    public Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default) => GetDocumentAsync(id, EveryLayer, cancellationToken);

    public async Task<StoredDocument?> GetDocumentAsync(long id, Layer layers, CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        var rows = await Db.QueryAsync(connection, $"SELECT {DocumentColumns} FROM documents WHERE id = @id", ReadDocumentRow, cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : await WithLayersAsync(connection, rows[0], layers, cancellationToken);
    }

    public async Task<IReadOnlyList<DocumentVersion>> ListAnnotationVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT id, annotation_version FROM documents ORDER BY id",
            r => new DocumentVersion(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)), cancellationToken);
    }

    public IAsyncEnumerable<StoredDocument> ReadAllAsync(CancellationToken cancellationToken = default) => ReadAllAsync(EveryLayer, cancellationToken);

    public async IAsyncEnumerable<StoredDocument> ReadAllAsync(Layer layers, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        var rows = await Db.QueryAsync(connection,
            $"SELECT {DocumentColumns} FROM documents ORDER BY published IS NULL, published, id", ReadDocumentRow, cancellationToken);
        foreach (var row in rows)
        {
            yield return await WithLayersAsync(connection, row, layers, cancellationToken);
        }
    }

    public async Task<StoredStories> ReadStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        return await StoryTables.ReadAsync(connection, cancellationToken);
    }

    public async Task<IReadOnlyList<StoryFeatures>> ReadStoryFeaturesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        return await StoryFeatureTable.ReadAsync(connection, cancellationToken);
    }

    public async Task<int> PlaceStoriesAsync(
        Func<IReadOnlyDictionary<long, long>, CancellationToken, Task<StoryPlacement>> place,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await _engine.Open(cancellationToken);
        // SQLite's BEGIN IMMEDIATE takes the write lock here; PostgreSQL takes an advisory lock.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (_engine.StoryLockSql is { } lockSql)
        {
            await using var take = Db.Command(connection, lockSql, transaction);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        var placement = await place(await StoryTables.ReadMembersAsync(transaction, cancellationToken), cancellationToken);
        var placed = await StoryTables.WriteAsync(transaction, placement, cancellationToken);
        await StoryFeatureTable.WriteAsync(transaction, placement.Features, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return placed;
    }

    public ValueTask DisposeAsync() => _engine.Owned?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static async Task WriteLayersAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken)
    {
        foreach (var table in LayerTables.All)
        {
            if (document.Layers.HasFlag(table.Layer))
            {
                await table.WriteAsync(transaction, documentId, document, cancellationToken);
            }
        }
    }

    private static async Task<StoredDocument> WithLayersAsync(DbConnection connection, StoredDocument stored, Layer layers, CancellationToken cancellationToken)
    {
        var document = stored.Document with { Layers = stored.Document.Layers & layers };
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
        var document = new Document(r.GetString(1), source, published) { Layers = (Layer)r.GetInt32(8), AnnotationVersion = Text(9) };
        return new StoredDocument(r.GetInt64(0), document, DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture));
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
