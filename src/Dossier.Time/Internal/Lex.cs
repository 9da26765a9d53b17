namespace Dossier.Time.Internal;

/// <summary>The word classes the time grammar starts from.</summary>
internal enum Lex : byte
{
    None,
    Month,
    Weekday,
    Cardinal,
    Ordinal,

    /// <summary>A unit of time; the entry's value is a <see cref="TimeUnit"/>.</summary>
    Unit,
    Season,

    /// <summary>Morning, afternoon, evening, night; the value indexes <see cref="Point.PartsOfDay"/>.</summary>
    PartOfDay,

    /// <summary>A word with no value of its own that can begin a time expression ("last", "early", "every").</summary>
    Cue,
}
