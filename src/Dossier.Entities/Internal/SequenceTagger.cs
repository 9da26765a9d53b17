using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Dossier.Entities.Internal;

/// <summary>The trained linear model: feature weights per BILOU tag, tag transitions, and the features' lexicons.</summary>
internal sealed class SequenceTagger
{
    private const int T = TagSet.Count;

    public SequenceTagger(FeatureExtractor extractor, FeatureTable table, float[] weights, float[] transitions)
    {
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
            var context = Extractor.Prepare(text, tokens, infos.AsSpan(0, n));
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
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<float>.Shared.Return(emissions);
        }
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
