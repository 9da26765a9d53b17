namespace Dossier;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text: the same
/// convention as <see cref="string.AsSpan(int, int)"/> and spaCy's <c>end_char</c>. Every
/// annotation layer, the store, the JSON API and the web page use it unchanged.
/// </summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"A span needs 0 <= start <= end, got [{start},{end}).");
        }
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => Start == End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Contains(int offset) => Start <= offset && offset < End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    public string Of(string text) => text[Start..End];

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start},{End})";

    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
