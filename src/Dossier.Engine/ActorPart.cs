namespace Dossier.Engine;

/// <summary>How an actor is in an entry of its timeline.</summary>
public enum ActorPart
{
    /// <summary>It takes part in one of the entry's events.</summary>
    Participant,

    /// <summary>It speaks the quote of the entry's sentence and takes part in none of its events.</summary>
    Speaker,
}
