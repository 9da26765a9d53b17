using System.Collections.Immutable;
using Dossier.Learning;

namespace Dossier.Quotes.Internal;

/// <summary>One sentence with its gold tags.</summary>
internal sealed record LabellerExample(LabellerFeatures Features, int First, int End, RoleTag[] Gold);

/// <summary>
/// Trains the attribution labeller as a structured averaged perceptron on every sentence of the
/// training articles, those without an attribution too (they teach it where no cue is).
/// </summary>
internal static class AttributionLabellerTrainer
{
    /// <summary>
    /// Each sentence of the article, its tokens tagged by the gold attributions. Where attributions
    /// nest ("Trump said Clinton claimed …") a token can have several roles; the cue wins over the
    /// source and the source over the content, so the inner attribution keeps its roles and the outer
    /// content is cut around them. <paramref name="conflicts"/> counts the tokens with more than one role.
    /// </summary>
    public static IEnumerable<LabellerExample> Examples(ArticleView view, ImmutableArray<Attribution> gold, LabellerFeatures features, Action<int>? conflicts = null)
    {
        foreach (var (first, end, _) in view.Sentences)
        {
            if (end > first)
            {
                yield return new LabellerExample(features, first, end, Tag(view, gold, first, end, conflicts));
            }
        }
    }

    public static RoleTag[] Tag(ArticleView view, ImmutableArray<Attribution> gold, int first, int end, Action<int>? conflicts = null)
    {
        var tags = new RoleTag[end - first];
        var owner = -1;
        var role = 0;
        var clashes = 0;
        for (var k = first; k < end; k++)
        {
            var span = view.Span(k);
            var (best, bestOwner, claims) = (0, -1, 0);
            for (var a = 0; a < gold.Length; a++)
            {
                var attribution = gold[a];
                var r = attribution.Cue is { } cue && cue.Overlaps(span) ? 3
                    : attribution.Source is { } source && source.Overlaps(span) ? 2
                    : attribution.Content.Any(c => c.Overlaps(span)) ? 1
                    : 0;
                if (r > 0)
                {
                    claims++;
                    if (r > best)
                    {
                        (best, bestOwner) = (r, a);
                    }
                }
            }
            clashes += claims > 1 ? 1 : 0;
            var begins = best != role || bestOwner != owner;
            tags[k - first] = best switch
            {
                3 => begins ? RoleTag.CueBegin : RoleTag.CueInside,
                2 => begins ? RoleTag.SourceBegin : RoleTag.SourceInside,
                1 => begins ? RoleTag.ContentBegin : RoleTag.ContentInside,
                _ => RoleTag.Outside,
            };
            (role, owner) = (best, bestOwner);
        }
        conflicts?.Invoke(clashes);
        return tags;
    }

    public static Dictionary<ulong, float> Train(IReadOnlyList<LabellerExample> examples, int epochs, int seed, Action<int, int>? epochDone) =>
        StructuredPerceptron.Train(examples.Count, epochs, seed, (e, weight) =>
        {
            var example = examples[e];
            var decoded = AttributionLabeller.Decode(example.Features, example.First, example.End, weight);
            return decoded.AsSpan().SequenceEqual(example.Gold)
                ? null
                : (AttributionLabeller.Keys(example.Features, example.First, example.Gold), AttributionLabeller.Keys(example.Features, example.First, decoded));
        }, epochDone);
}
