namespace Dossier.Quotes.Internal;

/// <summary>
/// The first tokens of the attributions' sources, for "which source starts last before this token":
/// a Fenwick tree of the greatest source start in each prefix of the tokens, so each addition and
/// each question costs the logarithm of the article's length.
/// </summary>
internal sealed class SourceStarts
{
    /// <summary>1-based: <c>tree[i]</c> is the greatest source start among the tokens its range covers, or -1.</summary>
    private readonly int[] tree;

    /// <summary>For each token, the earliest attribution (index in the found list) whose source starts there, or -1.</summary>
    private readonly int[] first;

    private int count;

    public SourceStarts(int tokens)
    {
        tree = new int[tokens + 1];
        first = new int[tokens];
        Array.Fill(tree, -1);
        Array.Fill(first, -1);
    }

    /// <summary>Records the attribution at the next index of the found list.</summary>
    public void Add(FoundQuote quote)
    {
        var index = count++;
        if (!quote.HasSource)
        {
            return;
        }
        var token = quote.SourceTokens.First;
        if (first[token] >= 0)
        {
            return;
        }
        first[token] = index;
        for (var i = token + 1; i < tree.Length; i += i & -i)
        {
            tree[i] = Math.Max(tree[i], token);
        }
    }

    /// <summary>The greatest source start before <paramref name="end"/> (a token index), or -1.</summary>
    public int LastBefore(int end)
    {
        var best = -1;
        for (var i = end; i > 0; i -= i & -i)
        {
            best = Math.Max(best, tree[i]);
        }
        return best;
    }

    /// <summary>The earliest attribution whose source starts at <paramref name="token"/>.</summary>
    public int HolderAt(int token) => first[token];
}
