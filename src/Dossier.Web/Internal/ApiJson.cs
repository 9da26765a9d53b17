using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Dossier.Engine;
using Dossier.Entities;
using Dossier.Store;
using Dossier.Time;

namespace Dossier.Web.Internal;

/// <summary>
/// The API's JSON: the field names and shapes of the CLI's <c>--json</c> output (snake_case, enums
/// as lower-case strings, dates as YYYY-MM-DD, spans as half-open UTF-16 offsets with their
/// text). Unlike the CLI's, and unlike ASP.NET's relaxed default, the encoder escapes HTML:
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes in article text are written as
/// <c>\u003C</c>…, so no response can close a script or a tag wherever it ends up.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    public static object Summary(DocumentSummary summary) => new
    {
        summary.Id,
        date = summary.Published,
        summary.Title,
        summary.Words,
        summary.Sentences,
        summary.Location,
        summary.ContentHash,
        summary.IngestedAt,
    };

    /// <summary>As <c>dossier show --json</c>: the text and every layer.</summary>
    public static object Document(Document document, long id) => new
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
        time_expressions = document.TimeExpressions.Select(t => Timex(document, t)),
        mentions = document.Mentions.Select(m => new
        {
            m.Span.Start,
            m.Span.End,
            type = m.Type,
            confidence = Math.Round(m.Confidence, 3),
            text = document[m.Span],
        }),
        quotes = document.Quotes.Select(q => Quote(document, q, id)),
        actors = document.Actors.Select(a => new
        {
            name = a.Name,
            kind = a.Kind,
            roles = a.Roles.Select(Role),
            mentions = a.Mentions.Select(span => Span(document, span)),
        }),
    };

    /// <summary>
    /// As <c>dossier quotes --json</c>, plus <c>speaker_name</c> (the name the brief files the quote
    /// under) and <c>speaker_roles</c> (the speaker's titles in this article).
    /// </summary>
    public static object Quote(Document document, Quote quote, long id) => new
    {
        doc = id,
        speaker = quote.Speaker is { } index ? document.Actors[index].Name : null,
        speaker_kind = quote.Speaker is { } k ? (ActorKind?)document.Actors[k].Kind : null,
        speaker_index = quote.Speaker,
        speaker_name = SpeakerQuotes.Name(document, quote),
        speaker_roles = quote.Speaker is { } r ? document.Actors[r].Roles.Select(Role) : Enumerable.Empty<object>(),
        kind = quote.Kind,
        content = quote.Content.Select(span => Span(document, span)),
        cue = quote.Cue is { } cue ? Span(document, cue) : null,
        source = quote.Source is { } source ? Span(document, source) : null,
    };

    /// <summary>As the brief's <c>people</c>, <c>organizations</c> and <c>places</c> entries.</summary>
    public static object Entity(LinkedEntity entity) => new
    {
        entity.Name,
        type = entity.Type,
        entity.Variants,
        entity.Mentions,
        entity.Documents,
    };

    /// <summary>As <c>dossier people --json</c>.</summary>
    public static object Person(Person person) => new
    {
        name = person.Name,
        kind = person.Kind,
        roles = person.Roles.Select(Role),
        documents = person.Documents,
        mentions = person.Mentions,
        quotes = person.Quotes,
    };

    /// <summary>As the brief's <c>dated_mentions</c>, plus the sentence's span.</summary>
    public static object DatedMention(DatedMention mention) => new
    {
        document_id = mention.DocumentId,
        value = mention.Value,
        type = TimexValues.Name(mention.Type),
        mention.Timex.Span.Start,
        mention.Timex.Span.End,
        text = mention.Text,
        sentence = mention.Context,
        sentence_start = mention.Sentence.Start,
        sentence_end = mention.Sentence.End,
    };

    /// <summary>Shaped like a dated mention: where the words are, and the sentence around them.</summary>
    public static object SearchHit(SearchHit hit, Document document) => new
    {
        document_id = hit.DocumentId,
        hit.Span.Start,
        hit.Span.End,
        text = document[hit.Span],
        sentence = document[hit.Sentence],
        sentence_start = hit.Sentence.Start,
        sentence_end = hit.Sentence.End,
    };

    private static object Timex(Document document, TimeExpression t) => new
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
    };

    private static object Role(ActorRole role) => new { title = role.Title, affiliation = role.Affiliation, tense = role.Tense };

    private static object Span(Document document, TextSpan span) => new { span.Start, span.End, text = document[span] };
}
