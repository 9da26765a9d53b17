namespace Dossier.Store;

/// <summary>What one placement stores (<see cref="IDossierStore.PlaceStoriesAsync"/>).</summary>
/// <param name="Members">The documents placed now: document id to story id.</param>
/// <param name="Merges">
/// Stored stories merged into another: story id to the id of the story that now holds its articles.
/// Their articles move there, and each id merged away becomes an alias of it.
/// </param>
/// <param name="Features">The story features the placement made (of documents that had none stored, or of another version); they replace those stored.</param>
public sealed record StoryPlacement(
    IReadOnlyCollection<KeyValuePair<long, long>> Members,
    IReadOnlyCollection<KeyValuePair<long, long>> Merges,
    IReadOnlyCollection<StoryFeatures> Features)
{
    public StoryPlacement(IReadOnlyCollection<KeyValuePair<long, long>> members, IReadOnlyCollection<KeyValuePair<long, long>> merges)
        : this(members, merges, [])
    {
    }

    public static StoryPlacement None { get; } = new([], []);
}
