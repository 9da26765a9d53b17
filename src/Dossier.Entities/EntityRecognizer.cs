using System.Buffers;
using System.Collections.Immutable;
using Dossier.Entities.Internal;

namespace Dossier.Entities;

/// <summary>
/// Finds the names of people, organisations, places and other things (nationalities, events,
/// works) in each sentence with a trained sequence model, and sets <see cref="Document.Mentions"/>.
/// Titles before a name (President, Foreign Minister) are not part of the mention.
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

    public Document Annotate(Document document)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var text = document.Text.AsSpan();
        foreach (var sentence in document.Sentences)
        {
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
                AddMentions(spans.AsSpan(0, tokens.Length), tags.AsSpan(0, tokens.Length), margins.AsSpan(0, tokens.Length), mentions);
            }
            finally
            {
                ArrayPool<TextSpan>.Shared.Return(spans);
                ArrayPool<int>.Shared.Return(tags);
                ArrayPool<float>.Shared.Return(margins);
            }
        }
        return document with { Mentions = mentions.ToImmutable() };
    }

    private static void AddMentions(ReadOnlySpan<TextSpan> spans, ReadOnlySpan<int> tags, ReadOnlySpan<float> margins,
        ImmutableArray<EntityMention>.Builder mentions)
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
                var span = new TextSpan(spans[start].Start, spans[i].End);
                mentions.Add(new EntityMention(span, TagSet.EntityTypeOf(tag), Confidence(margin)));
                start = -1;
            }
        }
    }

    /// <summary>
    /// Maps the decoding margin (how much the best tagging beats the best tagging that reads any
    /// of the mention's tokens differently) to (0.5, 1): a logistic in weight units.
    /// </summary>
    private static double Confidence(float margin) => 1.0 / (1.0 + Math.Exp(-margin));
}
