namespace Dossier;

/// <summary>How an actor's list of roles grows without saying one role twice.</summary>
public static class ActorRoles
{
    /// <summary>
    /// Adds <paramref name="role"/> unless a role already listed says as much: the same title and
    /// tense, with the same affiliation or one where the new role has none. A role that says more
    /// ("President, South Korean" after "President") takes the place of the ones it covers.
    /// </summary>
    public static void Merge(List<ActorRole> roles, ActorRole role)
    {
        if (roles.Exists(known => Covers(known, role)))
        {
            return;
        }
        roles.RemoveAll(known => Covers(role, known));
        roles.Add(role);
    }

    private static bool Covers(ActorRole wider, ActorRole narrower) =>
        wider.Tense == narrower.Tense
        && wider.Title.Equals(narrower.Title, StringComparison.OrdinalIgnoreCase)
        && (narrower.Affiliation is null || string.Equals(wider.Affiliation, narrower.Affiliation, StringComparison.OrdinalIgnoreCase));
}
