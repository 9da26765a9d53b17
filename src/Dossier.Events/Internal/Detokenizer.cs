using System.Collections.Frozen;
using System.Text;

namespace Dossier.Events.Internal;

/// <summary>
/// Joins space-separated tokens (PTB-style, as the TimeML of SemEval and TempEval ship them) back
/// into running text: no space before closing punctuation and clitics ("Jobs 's" is "Jobs's", "did
/// n't" is "didn't", "Beatles '" is "Beatles'"), none after an opening bracket or "$", and a straight
/// double quote opens and closes in turn.
/// </summary>
internal static class Detokenizer
{
    private static readonly FrozenSet<string> Closing = FrozenSet.ToFrozenSet(
        [",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T", "..."], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Opening = FrozenSet.ToFrozenSet(["(", "[", "{", "$", "#"], StringComparer.Ordinal);

    public static string Join(string tokens) => Append(new StringBuilder(), tokens).ToString();

    public static StringBuilder Append(StringBuilder text, string tokens)
    {
        var glue = true;
        var quoteOpen = false;
        foreach (var token in tokens.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var attach = glue;
            if (token == "\"")
            {
                attach |= quoteOpen;
                quoteOpen = !quoteOpen;
                glue = quoteOpen;
            }
            else
            {
                attach |= Closing.Contains(token);
                glue = Opening.Contains(token);
            }
            if (!attach)
            {
                text.Append(' ');
            }
            text.Append(token);
        }
        return text;
    }
}
