namespace Dossier.Time.Internal;

/// <summary>Cuts a sentence's text into <see cref="Piece"/>s and looks each word up in the <see cref="Lexicon"/>.</summary>
internal static class Lexer
{
    /// <summary>Numbers longer than this many digits are kept as pieces but never read as times.</summary>
    private const int MaxDigits = 8;

    /// <returns>The number of pieces written to <paramref name="pieces"/>, which grows as needed.</returns>
    public static int Lex(string text, TextSpan sentence, ref Piece[] pieces)
    {
        var count = 0;
        var i = sentence.Start;
        var end = sentence.End;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            if (count == pieces.Length)
            {
                Array.Resize(ref pieces, pieces.Length * 2);
            }
            ref var piece = ref pieces[count++];
            piece = default;
            piece.Start = i;
            piece.SpaceBefore = space;
            space = false;
            if (char.IsAsciiDigit(c))
            {
                i = LexNumber(text, i, end, ref piece);
            }
            else if (char.IsLetter(c))
            {
                i = LexWord(text, i, end, ref piece);
            }
            else
            {
                piece.Kind = PieceKind.Punct;
                i++;
                piece.End = i;
            }
        }
        return count;
    }

    private static int LexNumber(string text, int i, int end, ref Piece piece)
    {
        piece.Kind = PieceKind.Number;
        var value = 0;
        var digits = 0;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            if (digits < MaxDigits)
            {
                value = value * 10 + (text[i] - '0');
            }
            digits++;
            i++;
        }
        piece.Value = digits <= MaxDigits ? value : -1;
        piece.Digits = (byte)Math.Min(digits, 255);
        var suffixStart = i;
        while (i < end && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        piece.Suffix = SuffixOf(text.AsSpan(suffixStart, i - suffixStart));
        if (piece.Suffix is NumberSuffix.Am or NumberSuffix.Pm && i < end && text[i] == '.')
        {
            i++;
        }
        piece.End = i;
        return i;
    }

    private static NumberSuffix SuffixOf(ReadOnlySpan<char> suffix)
    {
        if (suffix.IsEmpty)
        {
            return NumberSuffix.None;
        }
        if (suffix.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            return NumberSuffix.Plural;
        }
        if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            return NumberSuffix.Ordinal;
        }
        if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            return NumberSuffix.Am;
        }
        return suffix.Equals("pm", StringComparison.OrdinalIgnoreCase) || suffix.Equals("p", StringComparison.OrdinalIgnoreCase)
            ? NumberSuffix.Pm
            : NumberSuffix.Other;
    }

    private static int LexWord(string text, int i, int end, ref Piece piece)
    {
        piece.Kind = PieceKind.Word;
        var start = i;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }
        // Dotted abbreviations of single letters: "a.m.", "p.m.", "U.S."
        while (i - start <= 3 && i + 1 < end && text[i] == '.' && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2])))
        {
            i += 2;
        }
        piece.End = i;
        if (Lexicon.Lookup.TryGetValue(text.AsSpan(start, i - start), out var entry))
        {
            piece.Lex = entry.Lex;
            piece.Value = entry.Value;
            piece.Plural = entry.Plural;
            if (entry.Abbreviation && i < end && text[i] == '.')
            {
                piece.End = ++i;
            }
        }
        return i;
    }
}
