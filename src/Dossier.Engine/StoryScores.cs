namespace Dossier.Engine;

/// <summary>How well stories found match gold stories, over every article.</summary>
/// <param name="Purity">Share of articles that belong to their story's most common gold story.</param>
/// <param name="Precision">B-cubed precision: per article, the share of its story that has its gold story, averaged.</param>
/// <param name="Recall">B-cubed recall: per article, the share of its gold story that is in its story, averaged.</param>
/// <param name="Groups">For each gold story of more than one article, how it was split.</param>
public sealed record StoryScores(int Articles, int Stories, double Purity, double Precision, double Recall, IReadOnlyList<GoldStoryScore> Groups)
{
    public double F1 => Harmonic(Precision, Recall);

    /// <summary>The harmonic mean of precision and recall; 0 when both are.</summary>
    internal static double Harmonic(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
