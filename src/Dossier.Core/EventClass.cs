namespace Dossier;

/// <summary>
/// A small set of event kinds a news timeline needs, read from the trigger word (see
/// <c>Dossier.Events</c>' class lexicon for the words of each).
/// </summary>
public enum EventClass
{
    /// <summary>Any event the classes below do not name: "rose", "dispute", "crush", "expected".</summary>
    Other = 0,

    /// <summary>People coming together: "met", "meeting", "summit", "talks", "visit".</summary>
    Meeting = 1,

    /// <summary>Something said or reported: "said", "announced", "denied", "pledged".</summary>
    Statement = 2,

    /// <summary>Force, or a weapon used or tested: "fired", "attack", "missile launches", "invasion".</summary>
    MilitaryAction = 3,

    /// <summary>A court or judge deciding: "ruling", "ruled", "verdict", "sentenced".</summary>
    LegalRuling = 4,

    /// <summary>An agreement made or signed: "treaty", "deal", "accord", "signed".</summary>
    Agreement = 5,

    /// <summary>A vote: "election", "elected", "referendum".</summary>
    Election = 6,
}
