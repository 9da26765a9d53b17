namespace Dossier.Entities.Internal;

/// <summary>
/// Turns a mention's decoding margin (weight units, see <see cref="Viterbi.Decode"/>) into the
/// probability that the mention is right: <c>1 / (1 + e^-(Slope × margin + Intercept))</c>,
/// a logistic regression fitted on the development set after training (Platt scaling).
/// </summary>
internal readonly record struct Calibration(double Slope, double Intercept)
{
    /// <summary>Margins beyond this add nothing: a forced name's bonus would otherwise swamp the fit.</summary>
    private const double MaxMargin = 50;

    public static Calibration Identity { get; } = new(1, 0);

    public double Confidence(float margin) => 1.0 / (1.0 + Math.Exp(-((Slope * Math.Min(margin, MaxMargin)) + Intercept)));

    /// <summary>Fits slope and intercept by Newton's method on (margin, whether the mention was right) pairs.</summary>
    public static Calibration Fit(IReadOnlyList<(float Margin, bool Correct)> samples)
    {
        if (samples.Count == 0 || samples.All(s => s.Correct) || !samples.Any(s => s.Correct))
        {
            return Identity;
        }
        // Margins are scaled to about 1 and the fit starts from p = 0.5, where Newton's method
        // (iteratively reweighted least squares) converges for logistic regression.
        var scale = Math.Max(samples.Average(s => Math.Abs(Math.Min(s.Margin, MaxMargin))), 1e-6);
        double a = 0, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            foreach (var (margin, correct) in samples)
            {
                var x = Math.Min(margin, MaxMargin) / scale;
                var p = 1.0 / (1.0 + Math.Exp(-((a * x) + b)));
                var error = p - (correct ? 1 : 0);
                var weight = Math.Max(p * (1 - p), 1e-9);
                ga += error * x;
                gb += error;
                haa += weight * x * x;
                hab += weight * x;
                hbb += weight;
            }
            // A small ridge keeps the Hessian invertible when the classes separate cleanly.
            haa += 1e-6;
            hbb += 1e-6;
            var determinant = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / determinant;
            var db = ((haa * gb) - (hab * ga)) / determinant;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-9)
            {
                break;
            }
        }
        return new Calibration(a / scale, b);
    }
}
