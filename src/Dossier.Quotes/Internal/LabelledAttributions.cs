namespace Dossier.Quotes.Internal;

/// <summary>
/// Groups a sentence's role tags into attributions: each cue run takes the source run nearest to it
/// and every content run nearer to it than to another cue (content is widened to whole quotes, which
/// may run past the sentence). A cue left without content whose next words open another attribution
/// ("Trump said Clinton claimed …") takes that attribution, from its source to its content's end, as its content.
/// </summary>
internal sealed class LabelledAttributions(ArticleView view, ContentSpans contents)
{
    public List<FoundQuote> Read(int first, int end, RoleTag[] tags)
    {
        var runs = Runs(first, tags);
        var cues = runs.FindAll(r => r.Role == 3);
        var found = new List<FoundQuote>();
        if (cues.Count == 0)
        {
            return found;
        }
        var owned = new List<(int From, int To)>[cues.Count];
        for (var c = 0; c < cues.Count; c++)
        {
            owned[c] = [];
        }
        foreach (var run in runs.Where(r => r.Role == 1))
        {
            owned[Nearest(cues, run)].Add((run.From, run.To));
        }
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            if (owned[c].Count == 0 && c + 1 < cues.Count && owned[c + 1].Count > 0 && OpensNext(runs, cue))
            {
                // The nested attribution, from the first run after this cue to the end of the next cue's content.
                var from = runs[runs.IndexOf(cue) + 1].From;
                owned[c].Add((from, owned[c + 1].Max(r => r.To)));
            }
            var spans = new List<TextSpan>();
            foreach (var (from, to) in owned[c])
            {
                contents.AddContent(spans, from, to, extendBack: to <= cue.From);
            }
            if (spans.Count == 0)
            {
                continue;
            }
            spans.Sort();
            var content = ContentSpans.Merge(spans);
            var sources = runs.FindAll(r => r.Role == 2);
            var source = sources.Count == 0 ? (-1, -1) : sources[Nearest(sources, cue)] is var nearest ? (nearest.From, nearest.To) : default;
            found.Add(new FoundQuote(content, view.Span(cue.From, cue.To), source, contents.KindOf(content), By: FoundBy.Labeller));
        }
        return found;
    }

    /// <summary>Whether the run right after the cue is the source or cue of another attribution.</summary>
    private static bool OpensNext(List<(int Role, int From, int To)> runs, (int Role, int From, int To) cue)
    {
        var next = runs.IndexOf(cue) + 1;
        return next < runs.Count && runs[next].Role is 2 or 3 && runs[next].From - cue.To <= 1;
    }

    /// <summary>The runs of one role each ("begin" then "inside" tags) in token offsets; roles: 1 content, 2 source, 3 cue.</summary>
    private static List<(int Role, int From, int To)> Runs(int first, RoleTag[] tags)
    {
        var runs = new List<(int, int, int)>();
        for (var t = 0; t < tags.Length;)
        {
            var role = Role(tags[t]);
            var to = t + 1;
            while (to < tags.Length && Role(tags[to]) == role && tags[to] is RoleTag.SourceInside or RoleTag.CueInside or RoleTag.ContentInside)
            {
                to++;
            }
            if (role > 0)
            {
                runs.Add((role, first + t, first + to));
            }
            t = to;
        }
        return runs;
    }

    private static int Role(RoleTag tag) => tag switch
    {
        RoleTag.CueBegin or RoleTag.CueInside => 3,
        RoleTag.SourceBegin or RoleTag.SourceInside => 2,
        RoleTag.ContentBegin or RoleTag.ContentInside => 1,
        _ => 0,
    };

    /// <summary>The index of the candidate nearest to the run in tokens; on a tie, the one before it.</summary>
    private static int Nearest(List<(int Role, int From, int To)> candidates, (int Role, int From, int To) run)
    {
        var (best, distance) = (0, int.MaxValue);
        for (var c = 0; c < candidates.Count; c++)
        {
            var gap = run.To <= candidates[c].From ? candidates[c].From - run.To + 1 : run.From - candidates[c].To;
            if (gap < distance)
            {
                (best, distance) = (c, gap);
            }
        }
        return best;
    }
}
