namespace Dossier.Time.Internal;

/// <summary>A time expression the grammar matched: pieces [start, <see cref="End"/>) and what they mean.</summary>
internal struct Hit
{
    /// <summary>The piece after the last one covered.</summary>
    public int End;
    public TimexType Type;
    public string Value;
    public TimexMod Mod;
    public TimexAnchor Anchor;

    /// <summary>A dated point that later anaphora ("the following day") may refer back to.</summary>
    public Point? Point;

    /// <summary>For a range ("1910-1945"): the values of its first and last points.</summary>
    public string? RangeBegin;

    /// <summary>False for comparisons ("a year earlier"): they name a point but the narrative does not move there.</summary>
    public bool Comparison;
    public string? RangeEnd;

    public Hit(int end, TimexType type, string value, TimexAnchor anchor, Point? point = null)
    {
        End = end;
        Type = type;
        Value = value;
        Anchor = anchor;
        Point = point;
        Mod = TimexMod.None;
        RangeBegin = null;
        Comparison = false;
        RangeEnd = null;
    }
}
