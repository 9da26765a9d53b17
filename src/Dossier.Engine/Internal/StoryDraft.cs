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
        if (published is { } date)
        {
            First = First is { } first && first < date ? first : date;
            Last = Last is { } last && last > date ? last : date;
        }
    }

    /// <summary>Days from <paramref name="date"/> to the nearest day of the story's date range; 0 inside it, or when either is undated.</summary>
    public int DaysFrom(DateOnly? date) =>
        date is not { } day || First is not { } first || Last is not { } last ? 0
        : day < first ? first.DayNumber - day.DayNumber
        : day > last ? day.DayNumber - last.DayNumber
        : 0;
}
