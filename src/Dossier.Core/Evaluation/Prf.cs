namespace Dossier.Evaluation;

/// <summary>Counts for precision, recall and F1; the ratios are 0 when their denominator is 0.</summary>
public readonly record struct Prf(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf left, Prf right) =>
        new(left.Correct + right.Correct, left.Predicted + right.Predicted, left.Gold + right.Gold);
}
