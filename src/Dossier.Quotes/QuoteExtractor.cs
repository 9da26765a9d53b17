using System.Collections.Immutable;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes;

/// <summary>
/// Finds direct quotes and reported speech with their cue, source and speaker, and groups the
/// article's people, organisations and unnamed sources into actors (within-document coreference)
/// with the titles and roles the text gives them. Rule-based: cue lexicon, clause patterns around
/// each cue, quotation-mark pairing across sentences and paragraphs. Uses entity mentions when an
/// earlier stage produced them, to type names; works without them.
/// </summary>
public sealed class QuoteExtractor(QuoteModel? model) : IPipelineStage
{
    /// <summary>An extractor with the shipped model, or the rules alone in a build without one.</summary>
    public QuoteExtractor()
        : this(QuoteModel.Default)
    {
    }

    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.Paragraphs;

    public Layer Produces => Layer.Quotes | Layer.Actors;

    public Document Annotate(Document document) => Annotate(document, CancellationToken.None);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        var view = new ArticleView(document);
        var found = new AttributionFinder(view, model).Find(cancellationToken);
        var actors = new ActorResolver(view);
        var speakers = new List<int?>(found.Count);
        foreach (var quote in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            speakers.Add(actors.Resolve(quote));
        }
        var (people, index) = actors.Build();
        var quotes = ImmutableArray.CreateBuilder<Quote>(found.Count);
        for (var q = 0; q < found.Count; q++)
        {
            var quote = found[q];
            TextSpan? source = quote.HasSource ? view.Span(quote.SourceTokens.First, quote.SourceTokens.End) : null;
            int? speaker = speakers[q] is { } draft && index[draft] >= 0 ? index[draft] : null;
            quotes.Add(new Quote(quote.Content, quote.Cue, source, quote.Kind, speaker));
        }
        return document with { Quotes = quotes.ToImmutable(), Actors = people };
    }
}
