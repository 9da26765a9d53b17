using System.Buffers;

namespace Dossier.Entities.Internal;

/// <summary>
/// Exact first-order decoding over BILOU tags, with the tag transitions BILOU forbids left out.
/// Transition layout: <c>T × T</c> from-to scores, then a start row, then an end row (<c>T = TagSet.Count</c>).
/// </summary>
internal static class Viterbi
{
    private const int T = TagSet.Count;
    public const int TransitionLength = (T + 2) * T;

    private static readonly int[][] AllowedFrom = BuildAllowedFrom();
    private static readonly int[][] AllowedTo = [.. Enumerable.Range(0, T).Select(t => Enumerable.Range(0, T).Where(u => TagSet.CanFollow(t, u)).ToArray())];

    /// <param name="emissions">Row <c>i</c> holds token <c>i</c>'s score for each tag.</param>
    /// <param name="margins">Empty, or per token the best path's score minus the best score of any
    /// path that tags the token differently (a max-marginal margin, in weight units).</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> path, Span<float> margins)
    {
        if (n == 0)
        {
            return;
        }
        var alpha = ArrayPool<float>.Shared.Rent(n * T);
        var back = ArrayPool<int>.Shared.Rent(n * T);
        try
        {
            var startRow = transitions.Slice(T * T, T);
            for (var u = 0; u < T; u++)
            {
                alpha[u] = TagSet.CanStart(u) ? startRow[u] + emissions[u] : float.NegativeInfinity;
            }
            for (var i = 1; i < n; i++)
            {
                var previous = alpha.AsSpan((i - 1) * T, T);
                for (var u = 0; u < T; u++)
                {
                    var best = float.NegativeInfinity;
                    var arg = 0;
                    foreach (var t in AllowedFrom[u])
                    {
                        var score = previous[t] + transitions[(t * T) + u];
                        if (score > best)
                        {
                            best = score;
                            arg = t;
                        }
                    }
                    alpha[(i * T) + u] = best + emissions[(i * T) + u];
                    back[(i * T) + u] = arg;
                }
            }
            var endRow = transitions.Slice((T + 1) * T, T);
            var bestEnd = float.NegativeInfinity;
            var last = 0;
            for (var t = 0; t < T; t++)
            {
                var score = TagSet.CanEnd(t) ? alpha[((n - 1) * T) + t] + endRow[t] : float.NegativeInfinity;
                if (score > bestEnd)
                {
                    bestEnd = score;
                    last = t;
                }
            }
            path[n - 1] = last;
            for (var i = n - 1; i > 0; i--)
            {
                path[i - 1] = back[(i * T) + path[i]];
            }
            if (!margins.IsEmpty)
            {
                Margins(emissions, n, transitions, alpha, path, margins);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(alpha);
            ArrayPool<int>.Shared.Return(back);
        }
    }

    private static void Margins(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions,
        float[] alpha, ReadOnlySpan<int> path, Span<float> margins)
    {
        var beta = ArrayPool<float>.Shared.Rent(n * T);
        try
        {
            var endRow = transitions.Slice((T + 1) * T, T);
            for (var t = 0; t < T; t++)
            {
                beta[((n - 1) * T) + t] = TagSet.CanEnd(t) ? endRow[t] : float.NegativeInfinity;
            }
            for (var i = n - 2; i >= 0; i--)
            {
                for (var t = 0; t < T; t++)
                {
                    var best = float.NegativeInfinity;
                    foreach (var u in AllowedTo[t])
                    {
                        var score = transitions[(t * T) + u] + emissions[((i + 1) * T) + u] + beta[((i + 1) * T) + u];
                        best = Math.Max(best, score);
                    }
                    beta[(i * T) + t] = best;
                }
            }
            for (var i = 0; i < n; i++)
            {
                var chosen = alpha[(i * T) + path[i]] + beta[(i * T) + path[i]];
                var rival = float.NegativeInfinity;
                for (var t = 0; t < T; t++)
                {
                    if (t != path[i])
                    {
                        rival = Math.Max(rival, alpha[(i * T) + t] + beta[(i * T) + t]);
                    }
                }
                margins[i] = chosen - rival;
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(beta);
        }
    }

    private static int[][] BuildAllowedFrom()
    {
        var result = new int[T][];
        for (var u = 0; u < T; u++)
        {
            result[u] = [.. Enumerable.Range(0, T).Where(t => TagSet.CanFollow(t, u))];
        }
        return result;
    }
}
