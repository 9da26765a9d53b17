namespace Dossier;

/// <summary>How an actor takes part in an event.</summary>
public enum ParticipantRole
{
    /// <summary>The one acting, before the trigger: who met, who fired, which court ruled.</summary>
    Agent = 0,

    /// <summary>Anyone else the clause names after the trigger: whom they met, with whom they agreed.</summary>
    Other = 1,
}
