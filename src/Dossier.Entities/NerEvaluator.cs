using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>
/// Scores a recognizer on a CoNLL file. Each sentence's tokens are joined by single spaces into a
/// document with one token per column token and one sentence, the recognizer runs on it, and its
/// mentions are mapped back to the tokens as IOB2 tags (Person = PER, Organization = ORG,
/// Location = LOC, Misc = MISC).
/// </summary>
public sealed class NerEvaluator
{
    private readonly EntityRecognizer _recognizer;

    public NerEvaluator(EntityRecognizer recognizer)
    {
        _recognizer = recognizer;
    }

    public NerEvaluation Evaluate(ConllCorpus corpus)
    {
        var scorer = new EntityScorer();
        var predictions = ImmutableArray.CreateBuilder<ImmutableArray<string>>(corpus.Sentences.Length);
        foreach (var sentence in corpus.Sentences)
        {
            var predicted = Tag(sentence);
            scorer.Add(sentence.Tags, predicted);
            predictions.Add(predicted);
        }
        return new NerEvaluation(scorer.Scores, predictions.MoveToImmutable());
    }

    /// <summary>IOB2 tags for one sentence's tokens.</summary>
    public ImmutableArray<string> Tag(ConllSentence sentence)
    {
        var text = sentence.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>(sentence.Tokens.Length);
        var offset = 0;
        foreach (var token in sentence.Tokens)
        {
            tokens.Add(new Token(TextSpan.FromLength(offset, token.Text.Length), KindOf(token.Text)));
            offset += token.Text.Length + 1;
        }
        var span = new TextSpan(0, text.Length);
        var document = new Document(text, new DocumentSource("conll"), null)
        {
            Tokens = tokens.MoveToImmutable(),
            Sentences = [new Sentence(span, 0)],
            Paragraphs = [new Paragraph(span)],
            Layers = Layer.Tokens | Layer.Sentences | Layer.Paragraphs,
        };
        var annotated = _recognizer.Annotate(document);
        var tags = Enumerable.Repeat("O", sentence.Tokens.Length).ToArray();
        foreach (var mention in annotated.Mentions)
        {
            var first = annotated.TokenIndexAt(mention.Span.Start);
            var end = annotated.TokenIndexAt(mention.Span.End);
            var type = ConllType(mention.Type);
            for (var i = first; i < end && i < tags.Length; i++)
            {
                tags[i] = (i == first ? "B-" : "I-") + type;
            }
        }
        return [.. tags];
    }

    /// <summary>The CoNLL type name of an entity type: Person = PER, Organization = ORG, Location = LOC, Misc = MISC.</summary>
    public static string ConllType(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>
    /// Writes conlleval input: each token line as given plus the predicted tag, each
    /// <c>-DOCSTART-</c> line as given plus <c>O</c>, and a blank line after every sentence.
    /// </summary>
    public static void WritePredictions(ConllCorpus corpus, ImmutableArray<ImmutableArray<string>> predictions, TextWriter writer)
    {
        for (var s = 0; s < corpus.Sentences.Length; s++)
        {
            var sentence = corpus.Sentences[s];
            if (sentence.DocumentStartLine is { } start)
            {
                writer.Write(start);
                writer.WriteLine(" O");
                writer.WriteLine();
            }
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                writer.Write(sentence.Tokens[i].Line);
                writer.Write(' ');
                writer.WriteLine(predictions[s][i]);
            }
            writer.WriteLine();
        }
    }

    private static TokenKind KindOf(string token)
    {
        if (char.IsDigit(token[0]))
        {
            return TokenKind.Number;
        }
        if (char.IsLetter(token[0]))
        {
            return TokenKind.Word;
        }
        return char.IsPunctuation(token[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
