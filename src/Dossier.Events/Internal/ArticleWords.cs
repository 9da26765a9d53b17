using System.Collections.Immutable;

namespace Dossier.Events.Internal;

/// <summary>
/// A document seen word by word for the event stage: each token's lower-case text and its hash,
/// and the sentences as token ranges. Built once per document.
/// </summary>
internal sealed class ArticleWords
{
    public ArticleWords(Document document)
    {
        Document = document;
        var tokens = document.Tokens;
        Lower = new string[tokens.Length];
        Hashes = new ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            Lower[i] = document.Text.Substring(tokens[i].Span.Start, tokens[i].Span.Length).ToLowerInvariant();
            Hashes[i] = HashKeys.Chars(Lower[i]);
        }
        var sentences = ImmutableArray.CreateBuilder<(int First, int End)>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            sentences.Add((document.TokenIndexAt(sentence.Span.Start), document.TokenIndexAt(sentence.Span.End)));
        }
        Sentences = sentences.ToImmutable();
    }

    public Document Document { get; }

    public string[] Lower { get; }

    /// <summary>FNV-1a of each token's lower-case text.</summary>
    public ulong[] Hashes { get; }

    /// <summary>Token ranges <c>[First, End)</c> of the sentences, in text order.</summary>
    public ImmutableArray<(int First, int End)> Sentences { get; }

    /// <summary>Whether the token can name an event: a word with a letter in it.</summary>
    public bool IsCandidate(int token) => Document.Tokens[token].Kind == TokenKind.Word && HasLetter(Lower[token]);

    /// <remarks>A loop over the span: LINQ's <c>Any</c> over a string boxes an enumerator for every word.</remarks>
    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }
}
