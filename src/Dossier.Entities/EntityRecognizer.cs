using System.Buffers;
using Dossier.Entities.Internal;

namespace Dossier.Entities;

/// <summary>
/// Finds the names of people, organisations, places and other things (nationalities, events,
/// works) in each sentence with a trained sequence model, and sets <see cref="Document.Mentions"/>.
/// Titles before a name (President, Foreign Minister) are not part of the mention. A nationality
/// ("South Koreans") or a hyphenated pair of places ("Korea-Japan ties") is MISC, never a place.
/// </summary>
public sealed class EntityRecognizer : IPipelineStage
{
    private readonly SequenceTagger _tagger;

    public EntityRecognizer(NerModel model)
    {
        _tagger = model.Tagger;
    }

    public Layer Needs => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Entities;

    public Document Annotate(Document document) => Annotate(document, CancellationToken.None);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        var mentions = new List<(EntityMention Mention, int Tokens)>();
        var text = document.Text.AsSpan();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = document.TokensIn(sentence.Span);
            if (tokens.IsEmpty)
            {
                continue;
            }
            var spans = ArrayPool<TextSpan>.Shared.Rent(tokens.Length);
            var tags = ArrayPool<int>.Shared.Rent(tokens.Length);
            var margins = ArrayPool<float>.Shared.Rent(tokens.Length);
            try
            {
                for (var i = 0; i < tokens.Length; i++)
                {
                    spans[i] = tokens[i].Span;
                }
                _tagger.Tag(text, spans.AsSpan(0, tokens.Length), tags.AsSpan(0, tokens.Length), margins.AsSpan(0, tokens.Length));
                AddMentions(text, spans.AsSpan(0, tokens.Length), tags.AsSpan(0, tokens.Length), margins.AsSpan(0, tokens.Length), _tagger.Calibration, mentions);
            }
            finally
            {
                ArrayPool<TextSpan>.Shared.Return(spans);
                ArrayPool<int>.Shared.Return(tags);
                ArrayPool<float>.Shared.Return(margins);
            }
        }
        DocumentConsistency.Apply(document, mentions);
        AdjectivalPlaces.Apply(document.Text, _tagger.Extractor.Gazetteer, mentions);
        return document with { Mentions = [.. mentions.Select(m => m.Mention)] };
    }

    private static void AddMentions(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> spans, ReadOnlySpan<int> tags,
        ReadOnlySpan<float> margins, Calibration calibration, List<(EntityMention, int)> mentions)
    {
        var start = -1;
        var margin = float.PositiveInfinity;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag == TagSet.Outside)
            {
                continue;
            }
            var position = TagSet.PositionOf(tag);
            if (position is TagSet.Begin or TagSet.Unit)
            {
                start = i;
                margin = float.PositiveInfinity;
            }
            margin = Math.Min(margin, margins[i]);
            if (position is TagSet.Last or TagSet.Unit && start >= 0)
            {
                Add(text, spans[start..(i + 1)], TagSet.EntityTypeOf(tag), calibration.Confidence(margin), mentions);
                start = -1;
            }
        }
    }

    /// <summary>
    /// Adds a mention without stray punctuation at its edges (a quotation mark or an unmatched
    /// bracket the tagger took in) and without a possessive <c>'s</c> glued to its last word.
    /// Balanced brackets stay: CoNLL names such as <c>Sporting ( Lisbon )</c> include them.
    /// </summary>
    private static void Add(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, EntityType type, double confidence,
        List<(EntityMention, int)> mentions)
    {
        var first = 0;
        var last = tokens.Length - 1;
        var opened = 0;
        var closed = 0;
        foreach (var token in tokens)
        {
            opened += token.Slice(text) is "(" or "[" ? 1 : 0;
            closed += token.Slice(text) is ")" or "]" ? 1 : 0;
        }
        while (first <= last && IsStray(tokens[first].Slice(text), opened > closed ? "([" : ""))
        {
            first++;
        }
        while (last >= first && IsStray(tokens[last].Slice(text), closed > opened ? ")]" : ""))
        {
            last--;
        }
        if (first > last)
        {
            return;
        }
        var end = tokens[last].Start + Possessive.CoreLength(tokens[last].Slice(text));
        mentions.Add((new EntityMention(new TextSpan(tokens[first].Start, end), type, confidence), last - first + 1));
    }

    /// <summary>A token that cannot edge a name: quotation marks, dashes, sentence punctuation, or an unmatched bracket.</summary>
    private static bool IsStray(ReadOnlySpan<char> token, string unmatchedBrackets)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        if (token.Length == 1 && "([)]".Contains(token[0], StringComparison.Ordinal))
        {
            return unmatchedBrackets.Contains(token[0], StringComparison.Ordinal);
        }
        return true;
    }
}
