namespace Dossier.Entities.Internal;

/// <summary>The name lists a gazetteer holds; each gives the tokens it covers a feature.</summary>
internal enum GazetteerList
{
    TrainingPerson,
    TrainingOrganization,
    TrainingLocation,
    TrainingMisc,
    Country,
    City,
    Nationality,
    Region,
    OrganizationWord,
    PersonTitle,
    Surname,
    Organization,
    LocationWord,
}
