using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dossier.Events.Internal;

/// <summary>
/// Finds who takes part in an event, from the names and actor mentions in its clause. The agent
/// is a name that opens an apposition in the clause before the trigger ("Taro Aso, former prime
/// minister and a veteran lawmaker of the ruling Liberal Democratic Party met"), else the name right before a noun trigger ("the Supreme Court ruling", "North Korea's launches"),
/// else the first name of the clause before the trigger ("Aso, former prime minister, met", "Aso had
/// been expected to discuss"), else for a relative clause the name before it ("North Korea, which
/// fired"). The others are the names after the trigger up to the next clause boundary or event
/// ("met with President Yoon"). A place after "in", "at", … ("in Munich, Germany") is where it happened, not who took part.
/// </summary>
internal sealed class ParticipantFinder
{
    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "into", "inside", "outside", "throughout", "across", "around", "on", "toward", "towards", "off", "over"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Possessives = FrozenSet.ToFrozenSet(["'s", "\u2019s", "'", "\u2019"], StringComparer.Ordinal);

    private readonly ArticleWords words;
    private readonly Clauses clauses;
    private readonly List<Candidate> candidates = [];

    public ParticipantFinder(ArticleWords words, Clauses clauses)
    {
        this.words = words;
        this.clauses = clauses;
        var document = words.Document;
        var actorSpans = new List<TextSpan>();
        for (var a = 0; a < document.Actors.Length; a++)
        {
            foreach (var mention in document.Actors[a].Mentions)
            {
                Add(mention, a);
                actorSpans.Add(mention);
            }
        }
        foreach (var mention in document.Mentions)
        {
            if (mention.Type is EntityType.Person or EntityType.Organization or EntityType.Location
                && !actorSpans.Exists(span => span.Overlaps(mention.Span)))
            {
                Add(mention.Span, null);
            }
        }
        candidates.Sort((x, y) => x.Span.CompareTo(y.Span));
    }

    /// <param name="triggers">Every trigger token of the sentence, in order.</param>
    public ImmutableArray<EventParticipant> Of(int trigger, int first, int end, IReadOnlyList<int> triggers)
    {
        var (leftStart, stoppedAt) = (first, -1);
        for (var k = trigger - 1; k >= first; k--)
        {
            if (clauses.IsBoundary(k))
            {
                (leftStart, stoppedAt) = (k + 1, k);
                break;
            }
        }
        var rightEnd = end;
        for (var k = trigger + 1; k < end; k++)
        {
            if (clauses.IsBoundary(k) || triggers.Contains(k))
            {
                rightEnd = k;
                break;
            }
        }

        var agent = candidates.Find(c => c.First >= leftStart && c.End < trigger && words.Lower[c.End] == "," && !IsPlace(c))
            ?? Adjacent(trigger, first)
            ?? candidates.Find(c => c.First >= leftStart && c.End <= trigger && !IsPlace(c))
            ?? (stoppedAt >= 0 && clauses.IsRelative(stoppedAt, first) ? candidates.FindLast(c => c.First >= first && c.End <= stoppedAt - 1 && !IsPlace(c)) : null);
        var participants = ImmutableArray.CreateBuilder<EventParticipant>();
        if (agent is not null)
        {
            participants.Add(new EventParticipant(agent.Span, ParticipantRole.Agent, agent.Actor));
        }
        foreach (var other in candidates)
        {
            if (other.First > trigger && other.End <= rightEnd && !IsPlace(other)
                && !participants.Any(p => p.Span == other.Span || (p.Actor is { } actor && actor == other.Actor)))
            {
                participants.Add(new EventParticipant(other.Span, ParticipantRole.Other, other.Actor));
            }
        }
        return participants.ToImmutable();
    }

    /// <summary>A name ending right before the trigger, or before a possessive right before it: "Supreme Court ruling", "Yoon's visit".</summary>
    private Candidate? Adjacent(int trigger, int first)
    {
        var before = trigger - 1;
        if (before > first && Possessives.Contains(words.Lower[before]))
        {
            before--;
        }
        return before < first ? null : candidates.Find(c => c.End - 1 == before && !IsPlace(c));
    }

    /// <summary>A name after "in", "at", …, or one that a comma joins to such a place: "in Munich, Germany".</summary>
    private bool IsPlace(Candidate candidate)
    {
        if (candidate.First == 0)
        {
            return false;
        }
        var before = words.Lower[candidate.First - 1];
        return Locatives.Contains(before)
            || (before == "," && candidates.Find(c => c.End == candidate.First - 1) is { } place && IsPlace(place));
    }

    private void Add(TextSpan span, int? actor)
    {
        var document = words.Document;
        var first = document.TokenIndexAt(span.Start);
        var end = document.TokenIndexAt(span.End);
        if (end > first)
        {
            candidates.Add(new Candidate(span, actor, first, end));
        }
    }

    /// <param name="First">The first token of the span.</param>
    /// <param name="End">One past its last token.</param>
    private sealed record Candidate(TextSpan Span, int? Actor, int First, int End);
}
