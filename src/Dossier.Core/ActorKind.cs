namespace Dossier;

public enum ActorKind : byte
{
    Person,

    /// <summary>Companies, agencies, parties, offices, news outlets.</summary>
    Organization,

    /// <summary>A state or its government, also when named by its capital (<c>Seoul says</c>).</summary>
    Government,

    /// <summary>A source the text does not name (<c>a senior official</c>, <c>sources</c>); never merged with a named actor.</summary>
    Anonymous,
}
