using Dossier.Evaluation;

namespace Dossier.Events;

/// <summary>How predicted events compare with TimeML's gold ones.</summary>
/// <param name="Triggers">Trigger precision, recall and F1: a trigger counts when its span equals a gold EVENT's exactly.</param>
/// <param name="Links">Gold TLINKs between an EVENT and a DATE or TIME TIMEX3 of the same sentence.</param>
/// <param name="LinksFound">Of those, the ones whose event was found.</param>
/// <param name="LinksRight">Of those, the ones whose found event is anchored to a time expression overlapping the gold TIMEX3.</param>
public sealed record EventScores(Prf Triggers, int Links, int LinksFound, int LinksRight)
{
    public static readonly EventScores Zero = new(default, 0, 0, 0);

    /// <summary>Share of the links whose event was found that point to the right time; 0 when none was found.</summary>
    public double LinkAccuracy => LinksFound == 0 ? 0 : (double)LinksRight / LinksFound;

    public static EventScores operator +(EventScores left, EventScores right) =>
        new(left.Triggers + right.Triggers, left.Links + right.Links, left.LinksFound + right.LinksFound, left.LinksRight + right.LinksRight);
}
