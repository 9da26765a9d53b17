using System.Data.Common;
using System.Text.Json;

namespace Dossier.Store.Internal;

/// <summary>The SQL of <c>story_features</c>: each document's story features, its counts kept as JSON objects of key to count.</summary>
internal static class StoryFeatureTable
{
    public static Task<List<StoryFeatures>> ReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Db.QueryAsync(connection, "SELECT document_id, version, terms, entities FROM story_features",
            r => new StoryFeatures(r.GetInt64(0), r.GetInt32(1), Counts(r.GetString(2)), Counts(r.GetString(3))),
            cancellationToken);

    /// <summary>Stores <paramref name="features"/>, replacing what each document had.</summary>
    public static Task WriteAsync(DbTransaction transaction, IEnumerable<StoryFeatures> features, CancellationToken cancellationToken) =>
        Db.InsertRowsAsync(transaction, "story_features", ["document_id", "version", "terms", "entities"], features,
            (f, _) => [f.DocumentId, f.Version, Json(f.Terms), Json(f.Entities)],
            cancellationToken,
            " ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, terms = excluded.terms, entities = excluded.entities");

    /// <summary>Forgets the features of document <paramref name="id"/>, whose layers are being replaced.</summary>
    public static async Task DeleteAsync(DbTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var delete = Db.Command(transaction.Connection!, "DELETE FROM story_features WHERE document_id = @id", transaction, ("@id", id));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Json(IReadOnlyDictionary<string, int> counts) => JsonSerializer.Serialize(counts);

    private static Dictionary<string, int> Counts(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? throw new JsonException("story_features holds a null count object.");
}
