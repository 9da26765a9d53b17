namespace Dossier.Time.Internal;

/// <summary>The unit a date point is stated in, coarsest first.</summary>
internal enum Grain : byte
{
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Weekend,
    Day,
    PartOfDay,
    Minute,
}
