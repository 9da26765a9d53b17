using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>
/// Scores predicted tags against gold tags the way conlleval does: an entity counts as correct
/// only when its first token, last token and type all match. Tags may be IOB1 or IOB2
/// (<c>B-</c> at every start or only between adjacent entities of one type); both decode the same.
/// </summary>
public sealed class EntityScorer
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private int _tokens;
    private int _correctTokens;

    /// <exception cref="ArgumentException">The two sequences differ in length.</exception>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Gold has {gold.Count} tags but the prediction has {predicted.Count}.", nameof(predicted));
        }
        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        // Token accuracy compares the decoded entities, so IOB1 gold and IOB2 predictions agree where they mean the same.
        var goldTokens = TokenLabels(goldChunks, gold.Count);
        var predictedTokens = TokenLabels(predictedChunks, gold.Count);
        _tokens += gold.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            if (goldTokens[i] == predictedTokens[i])
            {
                _correctTokens++;
            }
        }
        foreach (var chunk in goldChunks)
        {
            Count(chunk.Type)[0]++;
        }
        foreach (var chunk in predictedChunks)
        {
            Count(chunk.Type)[1]++;
            if (goldChunks.Contains(chunk))
            {
                Count(chunk.Type)[2]++;
            }
        }
    }

    public EntityScores Scores
    {
        get
        {
            var perType = _counts.ToImmutableSortedDictionary(
                pair => pair.Key, pair => new TypeScore(pair.Value[0], pair.Value[1], pair.Value[2]), StringComparer.Ordinal);
            var overall = new TypeScore(
                perType.Values.Sum(s => s.Gold), perType.Values.Sum(s => s.Predicted), perType.Values.Sum(s => s.Correct));
            return new EntityScores(_tokens, _correctTokens, overall, perType);
        }
    }

    /// <summary>The entities a tag sequence encodes, as token ranges <c>[Start, End)</c>.</summary>
    public static HashSet<TagChunk> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<TagChunk>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (prefix, tagType) = i < tags.Count ? Split(tags[i]) : ('O', null);
            var begins = prefix is 'B' or 'S' || (prefix is 'I' or 'E' && tagType != type);
            if (type is not null && (prefix == 'O' || begins))
            {
                chunks.Add(new TagChunk(start, i, type));
                type = null;
            }
            if (prefix != 'O' && (begins || type is null))
            {
                start = i;
                type = tagType;
            }
            if (prefix is 'E' or 'S' && type is not null)
            {
                chunks.Add(new TagChunk(start, i + 1, type));
                type = null;
            }
        }
        return chunks;
    }

    /// <summary>Each token's tag in IOB2 terms: its entity type and whether it begins the entity.</summary>
    private static (string? Type, bool First)[] TokenLabels(HashSet<TagChunk> chunks, int count)
    {
        var labels = new (string?, bool)[count];
        foreach (var chunk in chunks)
        {
            for (var i = chunk.Start; i < chunk.End; i++)
            {
                labels[i] = (chunk.Type, i == chunk.Start);
            }
        }
        return labels;
    }

    private static (char Prefix, string? Type) Split(string tag)
    {
        if (tag.Length < 2 || tag[1] != '-')
        {
            return ('O', null);
        }
        return (tag[0], tag[2..]);
    }

    private int[] Count(string type)
    {
        if (!_counts.TryGetValue(type, out var counts))
        {
            counts = new int[3];
            _counts[type] = counts;
        }
        return counts;
    }
}
