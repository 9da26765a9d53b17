using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

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
    /// <summary>Sorted by span, so also by first token: each lookup below scans only the candidates in its token range, in this order.</summary>
    private readonly List<Candidate> candidates = [];

    /// <summary>The candidates ending at each token, in the order of <see cref="candidates"/>.</summary>
    private readonly Dictionary<int, List<Candidate>> byEnd = [];

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
        var actorCover = new SpanCover(actorSpans);
        foreach (var mention in document.Mentions)
        {
            if (mention.Type is EntityType.Person or EntityType.Organization or EntityType.Location
                && !actorCover.Overlaps(mention.Span))
            {
                Add(mention.Span, null);
            }
        }
        candidates.Sort((x, y) => x.Span.CompareTo(y.Span));
        foreach (var candidate in candidates)
        {
            if (!byEnd.TryGetValue(candidate.End, out var ending))
            {
                byEnd[candidate.End] = ending = [];
            }
            ending.Add(candidate);
        }
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

        var agent = FirstFrom(leftStart, trigger, c => c.End < trigger && words.Lower[c.End] == "," && !IsPlace(c))
            ?? Adjacent(trigger, first)
            ?? FirstFrom(leftStart, trigger, c => c.End <= trigger && !IsPlace(c))
            ?? (stoppedAt >= 0 && clauses.IsRelative(stoppedAt, first) ? LastFrom(first, stoppedAt - 1, c => c.End <= stoppedAt - 1 && !IsPlace(c)) : null);
        var participants = ImmutableArray.CreateBuilder<EventParticipant>();
        if (agent is not null)
        {
            participants.Add(new EventParticipant(agent.Span, ParticipantRole.Agent, agent.Actor));
        }
        for (var i = StartOf(trigger + 1); i < candidates.Count && candidates[i].First < rightEnd; i++)
        {
            var other = candidates[i];
            if (other.End <= rightEnd && !IsPlace(other)
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
        return before < first ? null : Ending(before + 1).Find(c => !IsPlace(c));
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
            || (before == "," && Ending(candidate.First - 1) is [var place, ..] && IsPlace(place));
    }

    private List<Candidate> Ending(int end) => byEnd.TryGetValue(end, out var ending) ? ending : [];

    /// <summary>The first candidate, in span order, whose first token lies in <c>[from, before)</c> and that matches.</summary>
    private Candidate? FirstFrom(int from, int before, Predicate<Candidate> match)
    {
        for (var i = StartOf(from); i < candidates.Count && candidates[i].First < before; i++)
        {
            if (match(candidates[i]))
            {
                return candidates[i];
            }
        }
        return null;
    }

    /// <summary>The last candidate, in span order, whose first token lies in <c>[from, before)</c> and that matches.</summary>
    private Candidate? LastFrom(int from, int before, Predicate<Candidate> match)
    {
        for (var i = StartOf(before) - 1; i >= 0 && candidates[i].First >= from; i--)
        {
            if (match(candidates[i]))
            {
                return candidates[i];
            }
        }
        return null;
    }

    /// <summary>The index of the first candidate whose first token is at or after <paramref name="token"/>.</summary>
    private int StartOf(int token) => SortedSearch.PartitionPoint<Candidate>(CollectionsMarshal.AsSpan(candidates), c => c.First < token);

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
