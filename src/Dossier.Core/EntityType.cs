namespace Dossier;

public enum EntityType : byte
{
    Person,
    Organization,

    /// <summary>Countries, cities, regions and other places.</summary>
    Location,

    /// <summary>Nationalities, events and other names.</summary>
    Misc,
}
