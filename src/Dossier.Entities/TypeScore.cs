namespace Dossier.Entities;

/// <summary>Entity-level counts for one type (or all types) and the scores they give, in percent as conlleval prints them.</summary>
public sealed record TypeScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
