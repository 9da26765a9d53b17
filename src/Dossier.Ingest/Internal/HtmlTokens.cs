namespace Dossier.Ingest.Internal;

/// <summary>Where a tag or comment ends, read as the HTML tokenizer reads it.</summary>
internal static class HtmlTokens
{
    private enum State { BeforeName, Name, AfterName, BeforeValue, Quoted, Unquoted, AfterQuoted, SelfClosing }

    /// <summary>
    /// The index just past the tag's closing <c>&gt;</c>, and whether the tag ends in a self-closing
    /// <c>/&gt;</c>; the text's length when the text ends inside the tag. Follows the tokenizer's
    /// attribute states: a quote opens a value only right after <c>=</c>, and <c>a=b/&gt;</c> is an
    /// unquoted value <c>b/</c>, not a self-closed tag.
    /// </summary>
    public static (int End, bool SelfClosed) EndOfTag(string html, int from)
    {
        var state = State.BeforeName;
        var quote = '\0';
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            var space = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (state == State.Quoted)
            {
                state = c == quote ? State.AfterQuoted : State.Quoted;
                continue;
            }
            if (c == '>')
            {
                return (k + 1, state == State.SelfClosing);
            }
            state = state switch
            {
                State.BeforeName or State.AfterQuoted or State.SelfClosing => space ? State.BeforeName : c == '/' ? State.SelfClosing : State.Name,
                State.Name => space ? State.AfterName : c == '/' ? State.SelfClosing : c == '=' ? State.BeforeValue : State.Name,
                State.AfterName => space ? State.AfterName : c == '/' ? State.SelfClosing : c == '=' ? State.BeforeValue : State.Name,
                State.BeforeValue => space ? State.BeforeValue : c is '"' or '\'' ? State.Quoted : State.Unquoted,
                _ => space ? State.BeforeName : State.Unquoted,
            };
            quote = state == State.Quoted ? c : quote;
        }
        return (html.Length, false);
    }

    /// <summary>
    /// The index just past a comment that opens with <c>&lt;!--</c> at <paramref name="start"/>: it ends at the
    /// first <c>--&gt;</c> whose dashes may overlap the opening ones (<c>&lt;!--&gt;</c>, <c>&lt;!---&gt;</c>), or
    /// at <c>--!&gt;</c> after them; the text's length when it never ends.
    /// </summary>
    public static int EndOfComment(string html, int start)
    {
        var from = start + 2;
        while (true)
        {
            var dashes = html.IndexOf("--", from, StringComparison.Ordinal);
            if (dashes < 0)
            {
                return html.Length;
            }
            if (At(html, dashes + 2, '>'))
            {
                return dashes + 3;
            }
            if (dashes >= start + 4 && At(html, dashes + 2, '!') && At(html, dashes + 3, '>'))
            {
                return dashes + 4;
            }
            from = dashes + 1;
        }
    }

    private static bool At(string html, int index, char c) => index < html.Length && html[index] == c;
}
