namespace Dossier.Engine;

/// <summary>What gives a timeline entry its date.</summary>
public enum DatedBy
{
    /// <summary>A time expression of its sentence ("on Sunday").</summary>
    Text,

    /// <summary>Its article's publication date: its sentence gives none. Only an actor's timeline holds such entries.</summary>
    Article,
}
