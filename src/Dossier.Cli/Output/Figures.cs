using System.Globalization;

namespace Dossier.Cli.Output;

/// <summary>How the eval commands print a score: a share as a percentage with one decimal, "61.3".</summary>
internal static class Figures
{
    public static string Percent(double share) => (100 * share).ToString("F1", CultureInfo.InvariantCulture);
}
