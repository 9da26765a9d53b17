namespace Dossier.Engine.Internal;

/// <summary>
/// The second step of placing a batch of articles. One pass in arrival order splits a long story when
/// its first articles share too little to find each other; the later ones then gather around each
/// early fragment. So once the batch is placed, every story the batch touched (started, or grew) is
/// merged, closest pair first, with any other story while their centroids score above a threshold
/// (centroid linkage). Stored stories merge too, when a later article bridges them. The lower id
/// survives; the caller moves the other story's articles and keeps its id as an alias.
/// </summary>
internal static class StoryMerges
{
    /// <param name="stories">Every story, with the batch's articles in it.</param>
    /// <param name="touched">The ids of the stories that the batch started or added articles to. Two stories it left as they were are not compared again: they were compared when last touched.</param>
    /// <param name="score">How alike two stories are, in [0, 1].</param>
    /// <param name="threshold">Two stories merge only when they score above it.</param>
    /// <returns>The id of each story merged away to the id of the story that now holds its articles.</returns>
    public static Dictionary<long, long> Of(IEnumerable<StoryDraft> stories, IReadOnlySet<long> touched, Func<StoryDraft, StoryDraft, double> score, double threshold)
    {
        var live = stories.ToDictionary(s => s.Id);
        var versions = live.Keys.ToDictionary(id => id, _ => 0);
        // Highest score first; equal scores go to the lower ids, so the result never depends on order.
        var queue = new PriorityQueue<Pair, (double, long, long)>();

        void Consider(StoryDraft a, StoryDraft b)
        {
            var (first, second) = a.Id < b.Id ? (a, b) : (b, a);
            var pairScore = score(first, second);
            if (pairScore > threshold)
            {
                queue.Enqueue(new Pair(first.Id, second.Id, versions[first.Id], versions[second.Id]), (-pairScore, first.Id, second.Id));
            }
        }

        foreach (var changed in live.Values.Where(s => touched.Contains(s.Id)))
        {
            foreach (var other in live.Values.Where(o => !touched.Contains(o.Id) || o.Id > changed.Id))
            {
                Consider(changed, other);
            }
        }
        var into = new Dictionary<long, long>();
        while (queue.TryDequeue(out var pair, out _))
        {
            // A pair is stale once either story has merged since it was scored.
            if (!live.ContainsKey(pair.First) || !live.ContainsKey(pair.Second) || versions[pair.First] != pair.FirstVersion || versions[pair.Second] != pair.SecondVersion)
            {
                continue;
            }
            var (kept, gone) = (live[pair.First], live[pair.Second]);
            kept.Absorb(gone);
            live.Remove(gone.Id);
            into[gone.Id] = kept.Id;
            versions[kept.Id]++;
            foreach (var other in live.Values.Where(o => o != kept))
            {
                Consider(kept, other);
            }
        }
        return into.Keys.ToDictionary(id => id, id => Final(into, id));
    }

    private static long Final(Dictionary<long, long> into, long id)
    {
        while (into.TryGetValue(id, out var next))
        {
            id = next;
        }
        return id;
    }

    private readonly record struct Pair(long First, long Second, int FirstVersion, int SecondVersion);
}
