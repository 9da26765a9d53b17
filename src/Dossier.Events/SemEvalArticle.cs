using System.Collections.Immutable;

namespace Dossier.Events;

/// <summary>One article of a SemEval-2015 Task 4 corpus, as raw text (Track A).</summary>
/// <param name="DocId">The task's document id: "4596".</param>
/// <param name="Document">The text (title, then each numbered sentence as a paragraph) and its creation date; not yet annotated.</param>
/// <param name="Sentences">The span of each of the task's sentences, indexed by its number: 0 is the title.</param>
public sealed record SemEvalArticle(string DocId, Document Document, ImmutableArray<TextSpan> Sentences)
{
    /// <summary>The number of the task's sentence that holds <paramref name="offset"/>, or null when none does.</summary>
    public int? SentenceAt(int offset)
    {
        for (var i = 0; i < Sentences.Length; i++)
        {
            if (Sentences[i].Start <= offset && offset < Sentences[i].End)
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>The task's name of the event at <paramref name="trigger"/>: <c>docid-sent-word</c>, or null outside every sentence.</summary>
    public string? MentionId(TextSpan trigger) =>
        SentenceAt(trigger.Start) is { } sentence ? $"{DocId}-{sentence}-{Document[trigger]}" : null;
}
