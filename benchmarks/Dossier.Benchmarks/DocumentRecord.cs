using System.Text.Json.Serialization;
using Dossier.Json;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>
/// The document JSON of `annotate --format json` as typed records for a source-generated context:
/// the way the CLI did not take (see <see cref="DocumentJsonBenchmarks"/>). Enum values are strings
/// here, as the CLI spells them.
/// </summary>
public sealed record DocumentRecord(
    long? Id,
    DateOnly? Date,
    DocumentRecord.SourceRecord Source,
    string ContentHash,
    int Words,
    string Text,
    DocumentRecord.SpanRecord[] Paragraphs,
    DocumentRecord.SentenceRecord[] Sentences,
    DocumentRecord.TokenRecord[] Tokens,
    DocumentRecord.TimexRecord[] TimeExpressions,
    DocumentRecord.MentionRecord[] Mentions,
    DocumentRecord.QuoteRecord[] Quotes,
    DocumentRecord.ActorRecord[] Actors,
    DocumentRecord.EventRecord[] Events)
{
    public static DocumentRecord Of(Document document, long? id = null)
    {
        SpanRecord Span(TextSpan span) => new(span.Start, span.End, document[span]);
        static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
        return new(
            id,
            document.Published,
            new(document.Source.Location, document.Source.Title, document.Source.Outlet, document.Source.Url),
            document.ContentHash,
            document.WordCount,
            document.Text,
            [.. document.Paragraphs.Select(p => Span(p.Span))],
            [.. document.Sentences.Select(s => new SentenceRecord(s.Span.Start, s.Span.End, s.Paragraph, document[s.Span]))],
            [.. document.Tokens.Select(t => new TokenRecord(t.Span.Start, t.Span.End, document[t.Span], Lower(t.Kind)))],
            [.. document.TimeExpressions.Select(t => new TimexRecord(
                t.Span.Start, t.Span.End, document[t.Span], TimexValues.Name(t.Type), t.Value, TimexValues.Name(t.Mod), t.Begin, t.End,
                new(t.Anchor.Kind.ToString(), t.Anchor.Expression?.Start, t.Anchor.Expression?.End, t.Anchor.AnchorValue, t.Anchor.Reason)))],
            [.. document.Mentions.Select(m => new MentionRecord(m.Span.Start, m.Span.End, Lower(m.Type), Math.Round(m.Confidence, 3), document[m.Span]))],
            [.. document.Quotes.Select(q => new QuoteRecord(
                id,
                q.Speaker is { } s ? document.Actors[s].Name : null,
                q.Speaker is { } k ? Lower(document.Actors[k].Kind) : null,
                q.Speaker,
                Lower(q.Kind),
                [.. q.Content.Select(Span)],
                q.Cue is { } cue ? Span(cue) : null,
                q.Source is { } source ? Span(source) : null))],
            [.. document.Actors.Select(a => new ActorRecord(
                a.Name, Lower(a.Kind), [.. a.Roles.Select(r => new RoleRecord(r.Title, r.Affiliation, Lower(r.Tense)))], [.. a.Mentions.Select(Span)]))],
            [.. document.Events.Select(e => new EventRecord(
                Span(e.Trigger),
                JsonNames.Name(e.Class),
                e.Sentence.Start,
                e.Sentence.End,
                e.Time is { } t && t < document.TimeExpressions.Length
                    ? new EventTimeRecord(document.TimeExpressions[t].Span.Start, document.TimeExpressions[t].Span.End, document[document.TimeExpressions[t].Span], document.TimeExpressions[t].Value)
                    : null,
                [.. e.Participants.Select(p => new ParticipantRecord(
                    p.Span.Start, p.Span.End, document[p.Span], JsonNames.Name(p.Role), p.Actor is { } a && a < document.Actors.Length ? document.Actors[a].Name : null))]))]);
    }

    public sealed record SourceRecord(string Location, string? Title, string? Outlet, string? Url);

    public sealed record SpanRecord(int Start, int End, string Text);

    public sealed record SentenceRecord(int Start, int End, int Paragraph, string Text);

    public sealed record TokenRecord(int Start, int End, string Text, string Kind);

    public sealed record TimexRecord(int Start, int End, string Text, string Type, string Value, string? Mod, string? Begin, string? EndValue, AnchorRecord Anchor);

    public sealed record AnchorRecord(string Kind, int? Start, int? End, string? Value, string Reason);

    public sealed record MentionRecord(int Start, int End, string Type, double Confidence, string Text);

    public sealed record QuoteRecord(long? Doc, string? Speaker, string? SpeakerKind, int? SpeakerIndex, string Kind, SpanRecord[] Content, SpanRecord? Cue, SpanRecord? Source);

    public sealed record ActorRecord(string Name, string Kind, RoleRecord[] Roles, SpanRecord[] Mentions);

    public sealed record RoleRecord(string Title, string? Affiliation, string Tense);

    public sealed record EventRecord(SpanRecord Trigger, string Class, int SentenceStart, int SentenceEnd, EventTimeRecord? Time, ParticipantRecord[] Participants);

    public sealed record EventTimeRecord(int Start, int End, string Text, string Value);

    public sealed record ParticipantRecord(int Start, int End, string Text, string Role, string? Actor);
}

/// <summary>Snake-case names and indents come from the attribute; the relaxed encoder can only come at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(DocumentRecord))]
public sealed partial class DocumentRecordContext : JsonSerializerContext;
