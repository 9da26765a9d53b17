using System.Data.Common;

namespace Dossier.Store.Internal;

/// <summary>The SQL of <c>story_members</c> (the story of each document) and <c>story_aliases</c> (the ids of merged stories).</summary>
internal static class StoryTables
{
    private const string MembersSql = "SELECT document_id, story_id FROM story_members";

    /// <summary>Members and aliases in one statement: one snapshot on both engines, so no read sees a merge half done.</summary>
    public static async Task<StoredStories> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var rows = await Db.QueryAsync(connection,
            """
            SELECT 0, document_id, story_id FROM story_members
            UNION ALL
            SELECT 1, alias_id, story_id FROM story_aliases
            """,
            r => (Alias: r.GetInt32(0) == 1, Id: r.GetInt64(1), Story: r.GetInt64(2)),
            cancellationToken);
        return new StoredStories(
            rows.Where(r => !r.Alias).ToDictionary(r => r.Id, r => r.Story),
            rows.Where(r => r.Alias).ToDictionary(r => r.Id, r => r.Story));
    }

    public static async Task<Dictionary<long, long>> ReadMembersAsync(DbTransaction transaction, CancellationToken cancellationToken) =>
        (await Db.QueryAsync(transaction, MembersSql, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken)).ToDictionary(r => r.Item1, r => r.Item2);

    /// <summary>Moves the articles of each merged story and keeps its id as an alias, then places the new documents.</summary>
    /// <returns>How many documents were placed.</returns>
    public static async Task<int> WriteAsync(DbTransaction transaction, StoryPlacement placement, CancellationToken cancellationToken)
    {
        foreach (var (gone, kept) in placement.Merges.Where(m => m.Key != m.Value))
        {
            // The aliases of the story merged away follow it, so every alias names a story that exists.
            foreach (var sql in new[]
            {
                "UPDATE story_members SET story_id = @kept WHERE story_id = @gone",
                "UPDATE story_aliases SET story_id = @kept WHERE story_id = @gone",
                "INSERT INTO story_aliases (alias_id, story_id) VALUES (@gone, @kept)",
            })
            {
                await using var command = Db.Command(transaction.Connection!, sql, transaction, ("@gone", gone), ("@kept", kept));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        var placed = 0;
        await using var insert = Db.Command(transaction.Connection!,
            "INSERT INTO story_members (document_id, story_id) VALUES (@document, @story) ON CONFLICT (document_id) DO NOTHING", transaction);
        var document = Db.Add(insert, "@document", null);
        var story = Db.Add(insert, "@story", null);
        foreach (var (documentId, storyId) in placement.Members)
        {
            document.Value = documentId;
            story.Value = storyId;
            placed += await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        return placed;
    }
}
