using System.Collections.Immutable;
using Dossier.Nlp.Internal;

namespace Dossier.Nlp;

/// <summary>
/// Finds paragraphs (text between blank lines) and the sentences inside them. A sentence ends
/// at ".", "!", "?" or "…" with any closing quotes and brackets after it, when what follows
/// starts a sentence: a capital, a digit or an opening quote. A paragraph always ends a
/// sentence, so headlines and subheads stand alone. Titles ("Gen.", "Feb.") never end one;
/// "U.S." and initials do only before a typical sentence opener.
/// </summary>
public sealed class SentenceSplitter : IPipelineStage
{
    public Layer Needs => Layer.Tokens;

    public Layer Produces => Layer.Sentences | Layer.Paragraphs;

    public Document Annotate(Document document)
    {
        var paragraphs = FindParagraphs(document.Text);
        return document with
        {
            Paragraphs = paragraphs,
            Sentences = Split(document.Text, document.Tokens.AsSpan(), paragraphs.AsSpan()),
        };
    }

    /// <summary>Blocks separated by a line break followed by white space that holds another line break.</summary>
    public static ImmutableArray<Paragraph> FindParagraphs(ReadOnlySpan<char> text)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i == text.Length)
            {
                break;
            }
            var start = i;
            var end = i;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n' && IsBlankLineAfter(text, i))
                {
                    break;
                }
                i++;
                if (!char.IsWhiteSpace(c))
                {
                    end = i;
                }
            }
            paragraphs.Add(new Paragraph(new TextSpan(start, end)));
        }
        return paragraphs.DrainToImmutable();
    }

    private static bool IsBlankLineAfter(ReadOnlySpan<char> text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n')
            {
                return true;
            }
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    public static ImmutableArray<Sentence> Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Paragraph> paragraphs)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>(tokens.Length / 20 + 1);
        var t = 0;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p].Span;
            while (t < tokens.Length && tokens[t].Span.Start < paragraph.Start)
            {
                t++;
            }
            var first = t;
            while (t < tokens.Length && tokens[t].Span.End <= paragraph.End)
            {
                t++;
            }
            SplitParagraph(text, tokens[first..t], p, sentences);
        }
        return sentences.DrainToImmutable();
    }

    private static void SplitParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int paragraph, ImmutableArray<Sentence>.Builder sentences)
    {
        var start = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            var ending = EndingAt(text, tokens[k]);
            if (ending == Ending.None)
            {
                continue;
            }
            var last = k;
            while (last + 1 < tokens.Length && IsCloser(text, tokens[last], tokens[last + 1]))
            {
                last++;
            }
            if (last + 1 < tokens.Length && StartsSentence(text, tokens[last + 1], ending))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[start].Span.Start, tokens[last].Span.End), paragraph));
                start = last + 1;
            }
            k = last;
        }
        if (start < tokens.Length)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[start].Span.Start, tokens[^1].Span.End), paragraph));
        }
    }

    private enum Ending
    {
        None,

        /// <summary>".", "!", "?", "…" and runs of them.</summary>
        Punctuation,

        /// <summary>A token that keeps its period and may end a sentence: "U.S.", "Inc.", an initial.</summary>
        Abbreviation,
    }

    private static Ending EndingAt(ReadOnlySpan<char> text, Token token)
    {
        var word = token.Span.Slice(text);
        var last = word[^1];
        if (token.Kind == TokenKind.Punctuation)
        {
            return last is '.' or '!' or '?' or '\u2026' ? Ending.Punctuation : Ending.None;
        }
        if (token.Kind == TokenKind.Word && last == '.' && word.Length > 1 && !Abbreviations.IsNeverFinal(word))
        {
            return Ending.Abbreviation;
        }
        return Ending.None;
    }

    /// <summary>Closing quotes and brackets stay with the sentence they close; a straight quote only when it touches it.</summary>
    private static bool IsCloser(ReadOnlySpan<char> text, Token previous, Token token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1)
        {
            return false;
        }
        var c = text[token.Span.Start];
        if (c is '"' or '\'')
        {
            return token.Span.Start == previous.Span.End;
        }
        return c is '\u201D' or '\u2019' or ')' or ']' or '\u00BB';
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, Token next, Ending ending)
    {
        var word = next.Span.Slice(text);
        var c = word[0];
        if (Chars.IsOpeningQuoteOrBracket(c))
        {
            return true;
        }
        return ending == Ending.Punctuation
            ? char.IsUpper(c) || char.IsDigit(c)
            : SentenceStarters.Contains(word);
    }
}
