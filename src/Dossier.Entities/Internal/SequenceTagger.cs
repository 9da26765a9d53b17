using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Dossier.Entities.Internal;

/// <summary>The trained linear model: feature weights per BILOU tag, tag transitions, and the features' lexicons.</summary>
internal sealed class SequenceTagger
{
    private const int T = TagSet.Count;

    /// <summary>Far above any sum of learned weights, so a forced name always wins.</summary>
    private const float ForcedBonus = 1000f;

    public SequenceTagger(FeatureExtractor extractor, FeatureTable table, float[] weights, float[] transitions, Calibration calibration)
    {
        Calibration = calibration;
        Extractor = extractor;
        Table = table;
        Weights = weights;
        Transitions = transitions;
    }

    public FeatureExtractor Extractor { get; }

    public FeatureTable Table { get; }

    /// <summary>Row <c>r</c> (feature <c>r</c>) holds one weight per tag at <c>[r * T, r * T + T)</c>.</summary>
    public float[] Weights { get; }

    public float[] Transitions { get; }

    /// <summary>Maps decoding margins to mention confidences.</summary>
    public Calibration Calibration { get; }

    public SequenceTagger With(Calibration calibration) => new(Extractor, Table, Weights, Transitions, calibration);

    public ulong[] Keys => Table.Keys;

    /// <param name="margins">Empty, or one decoding margin per token (see <see cref="Viterbi.Decode"/>).</param>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> tags, Span<float> margins)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var emissions = ArrayPool<float>.Shared.Rent(n * T);
        try
        {
            var organizations = new List<(int Start, int End)>();
            var context = Extractor.Prepare(text, tokens, infos.AsSpan(0, n), organizations);
            Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeatures];
            for (var i = 0; i < n; i++)
            {
                var count = Extractor.Extract(text, tokens, infos.AsSpan(0, n), context, i, keys);
                var scores = emissions.AsSpan(i * T, T);
                scores.Clear();
                for (var k = 0; k < count; k++)
                {
                    var row = Table.Find(keys[k]);
                    if (row >= 0)
                    {
                        AddRow(scores, Weights.AsSpan(row * T, T));
                    }
                }
            }
            Viterbi.Decode(emissions.AsSpan(0, n * T), n, Transitions, tags, margins);
            if (ForceOrganizations(organizations, emissions, tags))
            {
                Viterbi.Decode(emissions.AsSpan(0, n * T), n, Transitions, tags, margins);
            }
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<float>.Shared.Return(emissions);
        }
    }

    /// <summary>
    /// A capitalised name on the compiled organisation list ("Group of Seven", "Prime Minister's
    /// Office", "G-7") is that organisation even when the training text never showed it. Where the
    /// model did not already put the name inside one organisation (it may have found a longer one,
    /// "U.N. Security Council"), the name's tags get a bonus no learned score can beat.
    /// </summary>
    /// <returns>True when some name was forced and the sentence must be decoded again.</returns>
    private static bool ForceOrganizations(List<(int Start, int End)> organizations, float[] emissions, Span<int> tags)
    {
        var type = TagSet.TypeOf("ORG");
        var forced = false;
        foreach (var (start, end) in organizations)
        {
            if (InsideOne(tags, start, end, type))
            {
                continue;
            }
            Force(emissions, start, end, type);
            forced = true;
        }
        return forced;
    }

    private static bool InsideOne(ReadOnlySpan<int> tags, int start, int end, int type)
    {
        for (var i = start; i < end; i++)
        {
            if (tags[i] == TagSet.Outside || TagSet.TypeOf(tags[i]) != type)
            {
                return false;
            }
            if (i > start && TagSet.PositionOf(tags[i]) is TagSet.Begin or TagSet.Unit)
            {
                return false;
            }
        }
        return true;
    }

    private static void Force(float[] emissions, int start, int end, int type)
    {
        if (end - start == 1)
        {
            emissions[(start * T) + TagSet.Tag(type, TagSet.Unit)] += ForcedBonus;
            return;
        }
        emissions[(start * T) + TagSet.Tag(type, TagSet.Begin)] += ForcedBonus;
        for (var i = start + 1; i < end - 1; i++)
        {
            emissions[(i * T) + TagSet.Tag(type, TagSet.Inside)] += ForcedBonus;
        }
        emissions[((end - 1) * T) + TagSet.Tag(type, TagSet.Last)] += ForcedBonus;
    }

    public static void AddRow(Span<float> scores, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<float>.Count;
            var target = MemoryMarshal.Cast<float, Vector<float>>(scores);
            var source = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (var v = 0; v < target.Length; v++)
            {
                target[v] += source[v];
            }
            i = target.Length * width;
        }
        for (; i < scores.Length; i++)
        {
            scores[i] += row[i];
        }
    }
}
