namespace Dossier.Time.Internal;

/// <summary>The units durations and offsets are counted in.</summary>
internal enum TimeUnit : byte
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
