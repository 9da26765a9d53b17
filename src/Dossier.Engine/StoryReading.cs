namespace Dossier.Engine;

/// <summary>The stories of the stored articles, as <see cref="Stories.ReadAsync"/> read them.</summary>
/// <param name="Stories">Stories with the most articles first, then the most recent.</param>
/// <param name="Unplaced">
/// Articles that had no stored story and were placed for this read only; 0 once every article is
/// placed. Their placement is stored by the next ingest (<see cref="Stories.PlaceAsync"/>) and may
/// then differ, since articles that arrived meanwhile weigh in.
/// </param>
public sealed record StoryReading(IReadOnlyList<Story> Stories, int Unplaced);
