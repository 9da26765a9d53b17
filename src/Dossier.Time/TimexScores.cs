namespace Dossier.Time;

/// <summary>
/// TempEval-3 Task A counts and scores for time expressions. Extents match strictly (same span)
/// or relaxed (the spans overlap); type and value are judged on the relaxed matches, and their F1
/// is TempEval-3's: relaxed extent F1 times the share of matched expressions with that attribute right.
/// </summary>
/// <param name="Gold">Gold expressions.</param>
/// <param name="Predicted">Expressions the system found.</param>
/// <param name="StrictGoldFound">Gold expressions with a predicted one of exactly the same span.</param>
/// <param name="StrictPredictedRight">Predicted expressions with a gold one of exactly the same span.</param>
/// <param name="RelaxedGoldFound">Gold expressions that overlap a predicted one.</param>
/// <param name="RelaxedPredictedRight">Predicted expressions that overlap a gold one.</param>
/// <param name="Matched">Gold and predicted expressions paired one-to-one by overlap.</param>
/// <param name="TypeRight">Pairs whose types agree.</param>
/// <param name="ValueRight">Pairs whose TIMEX3 values agree.</param>
public sealed record TimexScores(
    int Gold,
    int Predicted,
    int StrictGoldFound,
    int StrictPredictedRight,
    int RelaxedGoldFound,
    int RelaxedPredictedRight,
    int Matched,
    int TypeRight,
    int ValueRight)
{
    public static TimexScores Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double StrictPrecision => Ratio(StrictPredictedRight, Predicted);

    public double StrictRecall => Ratio(StrictGoldFound, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedPredictedRight, Predicted);

    public double RelaxedRecall => Ratio(RelaxedGoldFound, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeRight, Matched);

    public double ValueAccuracy => Ratio(ValueRight, Matched);

    public double TypeF1 => RelaxedF1 * TypeAccuracy;

    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public static TimexScores operator +(TimexScores left, TimexScores right) => new(
        left.Gold + right.Gold,
        left.Predicted + right.Predicted,
        left.StrictGoldFound + right.StrictGoldFound,
        left.StrictPredictedRight + right.StrictPredictedRight,
        left.RelaxedGoldFound + right.RelaxedGoldFound,
        left.RelaxedPredictedRight + right.RelaxedPredictedRight,
        left.Matched + right.Matched,
        left.TypeRight + right.TypeRight,
        left.ValueRight + right.ValueRight);

    public TimexScores Add(TimexScores other) => this + other;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
