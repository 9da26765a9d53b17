using System.Collections.Immutable;
using Dossier.Events.Internal;

namespace Dossier.Events;

/// <summary>
/// Finds the events an article tells of: a trained model picks the trigger words (TimeML's events:
/// "met", "summit", "ruling", "fired", "said"), a class lexicon names their kind, and rules tie each
/// to the date or time its sentence gives it and to the actors of its clause. Needs tokens,
/// sentences and time expressions; reads entity mentions and actors when earlier stages produced
/// them, and finds no participants without them.
/// </summary>
public sealed class EventExtractor(EventModel model) : IPipelineStage
{
    /// <summary>An extractor with the shipped trigger model.</summary>
    public EventExtractor()
        : this(EventModel.Default)
    {
    }

    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.TimeExpressions;

    public Layer Produces => Layer.Events;

    public Document Annotate(Document document) => Annotate(document, CancellationToken.None);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        var words = new ArticleWords(document);
        var clauses = new Clauses(words);
        var anchors = new TimeAnchors(words, clauses);
        var participants = new ParticipantFinder(words, clauses);
        var events = ImmutableArray.CreateBuilder<Event>();
        var triggers = new List<int>();
        for (var s = 0; s < words.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, end) = words.Sentences[s];
            triggers.Clear();
            for (var k = first; k < end; k++)
            {
                if (words.IsCandidate(k) && (model.Score(words, k, first, end) > model.Threshold || EventClasses.IsNewsworthy(words, k, first, end)))
                {
                    triggers.Add(k);
                }
            }
            foreach (var trigger in triggers)
            {
                events.Add(new Event(
                    document.Tokens[trigger].Span,
                    EventClasses.Of(words, trigger, first, end),
                    document.Sentences[s].Span,
                    anchors.Of(trigger, first, end),
                    participants.Of(trigger, first, end, triggers)));
            }
        }
        return document with { Events = events.ToImmutable() };
    }
}
