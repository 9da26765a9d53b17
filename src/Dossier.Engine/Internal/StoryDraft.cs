namespace Dossier.Engine.Internal;

/// <summary>A story as the clusterer grows it: the centroids of its articles' words and entities, and its dates.</summary>
internal sealed class StoryDraft(long id)
{
    public long Id { get; } = id;

    public Centroid Terms { get; } = new();

    public Centroid Entities { get; } = new();

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    public void Add(Dictionary<string, double> terms, Dictionary<string, double> entities, DateOnly? published)
    {
        Terms.Add(terms);
        Entities.Add(entities);
        Widen(published);
    }

    /// <summary>Takes in the articles of <paramref name="other"/>, which is merged into this story.</summary>
    public void Absorb(StoryDraft other)
    {
        Terms.Add(other.Terms.Weights);
        Entities.Add(other.Entities.Weights);
        Widen(other.First);
        Widen(other.Last);
    }

    private void Widen(DateOnly? published)
    {
        if (published is { } date)
        {
            First = First is { } first && first < date ? first : date;
            Last = Last is { } last && last > date ? last : date;
        }
    }

    /// <summary>Days from <paramref name="date"/> to the nearest day of the story's date range; 0 inside it, null when either is undated.</summary>
    public int? DaysFrom(DateOnly? date) =>
        date is not { } day || First is not { } first || Last is not { } last ? null
        : day < first ? first.DayNumber - day.DayNumber
        : day > last ? day.DayNumber - last.DayNumber
        : 0;

    /// <summary>Days between the two stories' date ranges; 0 when they overlap, null when either is undated.</summary>
    public int? DaysFrom(StoryDraft other) =>
        First is not { } first || Last is not { } last || other.First is not { } otherFirst || other.Last is not { } otherLast ? null
        : Math.Max(0, Math.Max(first.DayNumber - otherLast.DayNumber, otherFirst.DayNumber - last.DayNumber));
}
