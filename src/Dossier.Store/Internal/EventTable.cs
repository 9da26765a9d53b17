using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class EventTable : ILayerTable
{
    public Layer Layer => Layer.Events;

    public IReadOnlyList<string> Tables { get; } = ["events", "event_participants"];

    public async Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken)
    {
        await Db.InsertRowsAsync(transaction, "events",
            ["document_id", "ordinal", "start", "end", "class", "sentence_start", "sentence_end", "time"], document.Events,
            (e, i) => [documentId, i, e.Trigger.Start, e.Trigger.End, (int)e.Class, e.Sentence.Start, e.Sentence.End, e.Time], cancellationToken);
        var participants = document.Events.SelectMany((e, i) => e.Participants.Select((p, j) => (Event: i, Ordinal: j, Participant: p)));
        await Db.InsertRowsAsync(transaction, "event_participants", ["document_id", "event", "ordinal", "start", "end", "role", "actor"], participants,
            (p, _) => [documentId, p.Event, p.Ordinal, p.Participant.Span.Start, p.Participant.Span.End, (int)p.Participant.Role, p.Participant.Actor],
            cancellationToken);
    }

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var participants = (await Db.QueryAsync(connection,
            "SELECT event, start, \"end\", role, actor FROM event_participants WHERE document_id = @id ORDER BY event, ordinal",
            r => (Event: r.GetInt32(0), Participant: new EventParticipant(new TextSpan(r.GetInt32(1), r.GetInt32(2)), (ParticipantRole)r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4))),
            cancellationToken, ("@id", documentId)))
            .ToLookup(p => p.Event, p => p.Participant);
        var events = await Db.QueryAsync(connection,
            "SELECT ordinal, start, \"end\", class, sentence_start, sentence_end, time FROM events WHERE document_id = @id ORDER BY ordinal",
            r => new Event(
                new TextSpan(r.GetInt32(1), r.GetInt32(2)),
                (EventClass)r.GetInt32(3),
                new TextSpan(r.GetInt32(4), r.GetInt32(5)),
                r.IsDBNull(6) ? null : r.GetInt32(6),
                [.. participants[r.GetInt32(0)]]),
            cancellationToken, ("@id", documentId));
        return document with { Events = [.. events] };
    }
}
