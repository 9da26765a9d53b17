using System.Runtime.InteropServices;

namespace Dossier.Entities.Internal;

/// <summary>
/// Sentences turned into feature rows once, so training epochs only add weights and decode.
/// Token <c>t</c> has rows <c>Rows[TokenOffsets[t]..TokenOffsets[t + 1]]</c>; sentence <c>s</c>
/// spans tokens <c>SentenceStarts[s]..SentenceStarts[s + 1]</c>.
/// </summary>
internal sealed class EncodedCorpus
{
    private const int T = TagSet.Count;

    private EncodedCorpus(int[] rows, int[] tokenOffsets, int[] sentenceStarts, int[] gold)
    {
        Rows = rows;
        TokenOffsets = tokenOffsets;
        SentenceStarts = sentenceStarts;
        Gold = gold;
    }

    public int[] Rows { get; }

    public int[] TokenOffsets { get; }

    public int[] SentenceStarts { get; }

    /// <summary>Gold BILOU tag per token.</summary>
    public int[] Gold { get; }

    public int SentenceCount => SentenceStarts.Length - 1;

    public int MaxSentenceLength => Enumerable.Range(0, SentenceCount).Select(s => SentenceStarts[s + 1] - SentenceStarts[s]).DefaultIfEmpty(0).Max();

    /// <summary>Feature keys per token, in corpus order, for the sentences given.</summary>
    public static (List<ulong> Keys, int[] TokenOffsets, int[] SentenceStarts, int[] Gold) Extract(
        IReadOnlyList<ConllSentence> sentences, Func<ConllSentence, FeatureExtractor> extractorFor)
    {
        var keys = new List<ulong>();
        var tokenOffsets = new List<int> { 0 };
        var sentenceStarts = new List<int> { 0 };
        var gold = new List<int>();
        Span<ulong> buffer = stackalloc ulong[FeatureExtractor.MaxFeatures];
        foreach (var sentence in sentences)
        {
            var text = sentence.Text;
            var spans = Spans(sentence);
            var infos = new TokenInfo[spans.Length];
            var extractor = extractorFor(sentence);
            var context = extractor.Prepare(text, spans, infos);
            for (var i = 0; i < spans.Length; i++)
            {
                var count = extractor.Extract(text, spans, infos, context, i, buffer);
                keys.AddRange(buffer[..count]);
                tokenOffsets.Add(keys.Count);
            }
            gold.AddRange(TagSet.FromIob(sentence.Tags));
            sentenceStarts.Add(gold.Count);
        }
        return (keys, [.. tokenOffsets], [.. sentenceStarts], [.. gold]);
    }

    /// <summary>Maps extracted keys to rows, dropping keys the index does not know.</summary>
    public static EncodedCorpus Encode(
        (List<ulong> Keys, int[] TokenOffsets, int[] SentenceStarts, int[] Gold) extracted, Dictionary<ulong, int> index)
    {
        var keys = CollectionsMarshal.AsSpan(extracted.Keys);
        var rows = new List<int>(keys.Length);
        var offsets = new int[extracted.TokenOffsets.Length];
        for (var t = 0; t + 1 < extracted.TokenOffsets.Length; t++)
        {
            for (var k = extracted.TokenOffsets[t]; k < extracted.TokenOffsets[t + 1]; k++)
            {
                if (index.TryGetValue(keys[k], out var row))
                {
                    rows.Add(row);
                }
            }
            offsets[t + 1] = rows.Count;
        }
        return new EncodedCorpus([.. rows], offsets, extracted.SentenceStarts, extracted.Gold);
    }

    /// <summary>The spans of the tokens in <see cref="ConllSentence.Text"/> (tokens joined by single spaces).</summary>
    public static TextSpan[] Spans(ConllSentence sentence)
    {
        var spans = new TextSpan[sentence.Tokens.Length];
        var offset = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            var length = sentence.Tokens[i].Text.Length;
            spans[i] = TextSpan.FromLength(offset, length);
            offset += length + 1;
        }
        return spans;
    }

    /// <summary>Decodes sentence <paramref name="s"/> with the given weights.</summary>
    public void Decode(int s, float[] weights, float[] transitions, Span<int> path, float[] emissions)
    {
        var first = SentenceStarts[s];
        var n = SentenceStarts[s + 1] - first;
        var scores = emissions.AsSpan(0, n * T);
        scores.Clear();
        for (var i = 0; i < n; i++)
        {
            var target = scores.Slice(i * T, T);
            for (var k = TokenOffsets[first + i]; k < TokenOffsets[first + i + 1]; k++)
            {
                SequenceTagger.AddRow(target, weights.AsSpan(Rows[k] * T, T));
            }
        }
        Viterbi.Decode(scores, n, transitions, path, []);
    }
}
