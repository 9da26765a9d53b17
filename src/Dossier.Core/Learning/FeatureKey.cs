namespace Dossier.Learning;

/// <summary>
/// The key of one feature of a trained model: its template number mixed with its value, both
/// 64-bit (see <see cref="HashKeys"/>). Shipped models store these keys, so changing it invalidates them.
/// </summary>
public static class FeatureKey
{
    /// <summary>The value standing for "no word here" (before the sentence start, after its end).</summary>
    public const ulong None = 0x5EED;

    public static ulong Of(ulong template, ulong value) => HashKeys.Mix(template * 0x9E3779B97F4A7C15, value);
}
