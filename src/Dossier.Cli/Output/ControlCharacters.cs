using System.Buffers;

namespace Dossier.Cli.Output;

/// <summary>
/// Characters a terminal acts on instead of showing: C0 controls but tab and line feed, DEL and C1.
/// ESC starts a sequence that can recolour, retitle or clear the screen, CR returns over the line
/// already written, BEL rings. In article text each is shown as its symbol from the Control
/// Pictures block (ESC as ␛, CR as ␍), or as � for C1, so the text is still seen whole.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Active = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    /// <summary>The text with every active character replaced by its symbol; the same string when it has none.</summary>
    public static string Visible(string text)
    {
        var first = text.AsSpan().IndexOfAny(Active);
        if (first < 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++)
            {
                if (Active.Contains(chars[i]))
                {
                    chars[i] = Symbol(chars[i]);
                }
            }
        });
    }

    /// <summary>U+2400 + c for C0 (␀…␟), ␡ for DEL, the replacement character for C1, which has no symbols.</summary>
    private static char Symbol(char c) => c switch
    {
        < ' ' => (char)('\u2400' + c),
        '\u007F' => '\u2421',
        _ => '\uFFFD',
    };
}
