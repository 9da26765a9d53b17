using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class ActorTable : ILayerTable
{
    public Layer Layer => Layer.Actors;

    public IReadOnlyList<string> Tables { get; } = ["actors", "actor_mentions", "actor_roles"];

    public async Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken)
    {
        await Db.InsertRowsAsync(transaction, "actors", ["document_id", "ordinal", "name", "kind"], document.Actors,
            (a, i) => [documentId, i, a.Name, (int)a.Kind], cancellationToken);
        var mentions = document.Actors.SelectMany((a, i) => a.Mentions.Distinct().Select(m => (Actor: i, Span: m)));
        await Db.InsertRowsAsync(transaction, "actor_mentions", ["document_id", "actor", "start", "end"], mentions,
            (m, _) => [documentId, m.Actor, m.Span.Start, m.Span.End], cancellationToken);
        var roles = document.Actors.SelectMany((a, i) => a.Roles.Select((r, j) => (Actor: i, Ordinal: j, Role: r)));
        await Db.InsertRowsAsync(transaction, "actor_roles", ["document_id", "actor", "ordinal", "title", "affiliation", "tense", "start", "end"], roles,
            (r, _) => [documentId, r.Actor, r.Ordinal, r.Role.Title, r.Role.Affiliation, (int)r.Role.Tense, r.Role.Span.Start, r.Role.Span.End],
            cancellationToken);
    }

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var mentions = (await Db.QueryAsync(connection,
            "SELECT actor, start, \"end\" FROM actor_mentions WHERE document_id = @id ORDER BY actor, start, \"end\"",
            r => (Actor: r.GetInt32(0), Span: new TextSpan(r.GetInt32(1), r.GetInt32(2))), cancellationToken, ("@id", documentId)))
            .ToLookup(m => m.Actor, m => m.Span);
        var roles = (await Db.QueryAsync(connection,
            "SELECT actor, title, affiliation, tense, start, \"end\" FROM actor_roles WHERE document_id = @id ORDER BY actor, ordinal",
            r => (Actor: r.GetInt32(0), Role: new ActorRole(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), (RoleTense)r.GetInt32(3), new TextSpan(r.GetInt32(4), r.GetInt32(5)))),
            cancellationToken, ("@id", documentId)))
            .ToLookup(r => r.Actor, r => r.Role);
        var actors = await Db.QueryAsync(connection,
            "SELECT ordinal, name, kind FROM actors WHERE document_id = @id ORDER BY ordinal",
            r => new Actor(r.GetString(1), (ActorKind)r.GetInt32(2), [.. mentions[r.GetInt32(0)]], [.. roles[r.GetInt32(0)]]),
            cancellationToken, ("@id", documentId));
        return document with { Actors = [.. actors] };
    }
}
