namespace Dossier.Engine;

/// <summary>How one gold story came out.</summary>
/// <param name="Stories">How many stories its articles were put in.</param>
/// <param name="Largest">Its articles in the story that holds most of them.</param>
/// <param name="Intruders">Articles of other gold stories in that largest story.</param>
/// <param name="Precision">B-cubed precision over its articles only.</param>
/// <param name="Recall">B-cubed recall over its articles only.</param>
public sealed record GoldStoryScore(string Gold, int Articles, int Stories, int Largest, int Intruders, double Precision, double Recall)
{
    public double F1 => StoryScores.Harmonic(Precision, Recall);
}
