namespace Dossier.Engine;

/// <summary>How <see cref="StoryClusterer"/> decides that an article continues a story.</summary>
/// <param name="Threshold">The least score, in [0, 1], for an article to join a story; below it the article starts a new one.</param>
/// <param name="EntityWeight">The share of the score that comes from the entities the article and the story name; the rest is content words.</param>
/// <param name="TimeScaleDays">Days after which a story's pull halves: the score is divided by 1 + days / scale, days counted from the story's nearest date.</param>
/// <param name="TermsPerArticle">The article's highest-weighted content words that are compared; the rest is left out.</param>
/// <param name="UndatedDays">The days counted when the article or the story has no date: an unknown distance in time is not taken as none.</param>
/// <param name="MergeThreshold">The least score, in [0, 1], at which a story a batch started or grew merges with another story, stored or new, once the batch is placed; 1 never merges.</param>
public sealed record StoryOptions(
    double Threshold = 0.15,
    double EntityWeight = 0.2,
    double TimeScaleDays = 365,
    int TermsPerArticle = 60,
    double UndatedDays = 30,
    double MergeThreshold = 0.4)
{
    public static StoryOptions Default { get; } = new();
}
