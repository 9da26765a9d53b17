namespace Dossier.Time.Internal;

/// <summary>Which way a bare weekday or month points from the anchor date.</summary>
internal enum Tense : byte
{
    /// <summary>No tense cue near the expression: take the nearest occurrence.</summary>
    None,
    Past,
    Future,
}
