using Dossier.Engine;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>
/// The first document JSON, kept here as the baseline: anonymous objects for the reflection-based
/// JsonSerializer, as the CLI wrote it first and as the web API wrote it until Dossier.Json, with the
/// events layer added since, so that it writes what Dossier.Json writes.
/// </summary>
internal static class ReflectionDocument
{
    /// <param name="speakerNames">The API's shape: its quotes also have speaker_name (these, one per quote) and speaker_roles.</param>
    public static object Of(Document document, long? id = null, IReadOnlyList<string>? speakerNames = null) => new
    {
        id,
        date = document.Published,
        source = new
        {
            location = document.Source.Location,
            title = document.Source.Title,
            outlet = document.Source.Outlet,
            url = document.Source.Url,
        },
        content_hash = document.ContentHash,
        words = document.WordCount,
        text = document.Text,
        paragraphs = document.Paragraphs.Select(p => Span(document, p.Span)),
        sentences = document.Sentences.Select(s => new { s.Span.Start, s.Span.End, s.Paragraph, text = document[s.Span] }),
        tokens = document.Tokens.Select(t => new { t.Span.Start, t.Span.End, text = document[t.Span], t.Kind }),
        time_expressions = document.TimeExpressions.Select(t => new
        {
            t.Span.Start,
            t.Span.End,
            text = document[t.Span],
            type = TimexValues.Name(t.Type),
            value = t.Value,
            mod = TimexValues.Name(t.Mod),
            begin = t.Begin,
            end_value = t.End,
            anchor = new
            {
                kind = t.Anchor.Kind.ToString(),
                start = t.Anchor.Expression?.Start,
                end = t.Anchor.Expression?.End,
                value = t.Anchor.AnchorValue,
                reason = t.Anchor.Reason,
            },
        }),
        mentions = document.Mentions.Select(m => new
        {
            m.Span.Start,
            m.Span.End,
            type = m.Type.ToString().ToLowerInvariant(),
            confidence = Math.Round(m.Confidence, 3),
            text = document[m.Span],
        }),
        quotes = document.Quotes.Select((q, i) => Quote(document, q, id, speakerNames?[i])),
        actors = document.Actors.Select(a => new
        {
            name = a.Name,
            kind = a.Kind,
            roles = a.Roles.Select(Role),
            mentions = a.Mentions.Select(span => Span(document, span)),
        }),
        events = document.Events.Select(e => new
        {
            trigger = Span(document, e.Trigger),
            @class = e.Class,
            sentence_start = e.Sentence.Start,
            sentence_end = e.Sentence.End,
            time = e.Time is { } t && t < document.TimeExpressions.Length
                ? new { document.TimeExpressions[t].Span.Start, document.TimeExpressions[t].Span.End, text = document[document.TimeExpressions[t].Span], document.TimeExpressions[t].Value }
                : null,
            participants = e.Participants.Select(p => new
            {
                p.Span.Start,
                p.Span.End,
                text = document[p.Span],
                p.Role,
                actor = p.Actor is { } a && a < document.Actors.Length ? document.Actors[a].Name : null,
            }),
        }),
    };

    private static object Quote(Document document, Quote q, long? id, string? speakerName)
    {
        var speaker = q.Speaker is { } index ? document.Actors[index] : null;
        var content = q.Content.Select(span => Span(document, span));
        var cue = q.Cue is { } c ? Span(document, c) : null;
        var source = q.Source is { } s ? Span(document, s) : null;
        return speakerName is not null
            ? new
            {
                doc = id,
                speaker = speaker?.Name,
                speaker_kind = speaker?.Kind,
                speaker_index = q.Speaker,
                speaker_name = speakerName,
                speaker_roles = speaker is null ? Enumerable.Empty<object>() : speaker.Roles.Select(Role),
                kind = q.Kind,
                content,
                cue,
                source,
            }
            : new { doc = id, speaker = speaker?.Name, speaker_kind = speaker?.Kind, speaker_index = q.Speaker, kind = q.Kind, content, cue, source };
    }

    private static object Role(ActorRole r) => new { title = r.Title, affiliation = r.Affiliation, tense = r.Tense };

    private static object Span(Document document, TextSpan span) => new { span.Start, span.End, text = document[span] };
}
