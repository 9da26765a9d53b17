using System.Collections.Immutable;

namespace Dossier;

/// <summary>
/// One article: the exact text that was ingested, where it came from, when it was published,
/// and the typed annotation layers that pipeline stages add. Stages never mutate a document;
/// they return a copy with their layer set (<c>document with { Tokens = … }</c>), so one
/// document can be read from many threads.
/// </summary>
public sealed record Document
{
    public Document(string text, DocumentSource source, DateOnly? published)
    {
        Text = text;
        Source = source;
        Published = published;
        ContentHash = Dossier.ContentHash.Of(text);
    }

    /// <summary>The body exactly as ingested; every span in every layer indexes into it.</summary>
    public string Text { get; }

    public DocumentSource Source { get; }

    /// <summary>The publication date that relative expressions resolve against; null when no date is known.</summary>
    public DateOnly? Published { get; }

    /// <summary>See <see cref="Dossier.ContentHash.Of"/>.</summary>
    public string ContentHash { get; }

    public ImmutableArray<Token> Tokens { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];

    public ImmutableArray<EntityMention> Mentions { get; init; } = [];

    public ImmutableArray<TimeExpression> TimeExpressions { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>People, organisations and sources with their mentions and roles; <see cref="Quote.Speaker"/> indexes into it.</summary>
    public ImmutableArray<Actor> Actors { get; init; } = [];

    /// <summary>Dated and undated events with their participants; see <see cref="Event"/>.</summary>
    public ImmutableArray<Event> Events { get; init; } = [];

    /// <summary>The layers that are present, as stages have declared them.</summary>
    public Layer Layers { get; init; }

    /// <summary>
    /// The <see cref="Pipeline.Version"/> that made its layers; null when not annotated, or when stored
    /// by a Dossier that did not record it.
    /// </summary>
    public string? AnnotationVersion { get; init; }

    public string this[TextSpan span] => Text[span.Start..span.End];

    public int WordCount
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                if (token.IsWordLike)
                {
                    count++;
                }
            }
            return count;
        }
    }

    /// <summary>The tokens that lie wholly inside <paramref name="span"/>, found by binary search.</summary>
    public ReadOnlySpan<Token> TokensIn(TextSpan span)
    {
        var tokens = Tokens.AsSpan();
        var first = LowerBound(tokens, span.Start);
        var last = first;
        while (last < tokens.Length && tokens[last].Span.End <= span.End)
        {
            last++;
        }
        return tokens[first..last];
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAt(int offset) => LowerBound(Tokens.AsSpan(), offset);

    private static int LowerBound(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
