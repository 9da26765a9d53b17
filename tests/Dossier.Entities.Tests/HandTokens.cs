namespace Dossier.Entities.Tests;

/// <summary>Builds a recognizer's input by hand: tokens split at spaces, one sentence per line.</summary>
internal static class HandTokens
{
    public static Document Of(string text)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var offset = lineStart;
            foreach (var word in line.Split(' '))
            {
                if (word.Length > 0)
                {
                    tokens.Add(new Token(TextSpan.FromLength(offset, word.Length), char.IsLetter(word[0]) ? TokenKind.Word : TokenKind.Punctuation));
                }
                offset += word.Length + 1;
            }
            sentences.Add(new Sentence(TextSpan.FromLength(lineStart, line.Length), 0));
            lineStart += line.Length + 1;
        }
        return new Document(text, new DocumentSource("test"), null)
        {
            Tokens = [.. tokens],
            Sentences = [.. sentences],
            Layers = Layer.Tokens | Layer.Sentences,
        };
    }
}
