namespace Dossier.Cli.Output;

/// <summary>Quotes and actors as JSON: spans are <c>{start, end, text}</c> with half-open UTF-16 offsets into the document text.</summary>
internal static class QuoteJson
{
    public static object Quote(Document document, Quote quote, long? id = null) => new
    {
        doc = id,
        speaker = quote.Speaker is { } index ? document.Actors[index].Name : null,
        speaker_kind = quote.Speaker is { } k ? (ActorKind?)document.Actors[k].Kind : null,
        speaker_index = quote.Speaker,
        kind = quote.Kind,
        content = quote.Content.Select(span => Span(document, span)),
        cue = quote.Cue is { } cue ? Span(document, cue) : null,
        source = quote.Source is { } source ? Span(document, source) : null,
    };

    public static object Actor(Document document, Actor actor) => new
    {
        name = actor.Name,
        kind = actor.Kind,
        roles = actor.Roles.Select(Role),
        mentions = actor.Mentions.Select(span => Span(document, span)),
    };

    public static object Role(ActorRole role) => new
    {
        title = role.Title,
        affiliation = role.Affiliation,
        tense = role.Tense,
    };

    private static object Span(Document document, TextSpan span) => new { span.Start, span.End, text = document[span] };
}
