using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Dossier.Internal;

/// <summary>
/// A pipeline's version: a hash of its stage types, in order, and of the module version id of every
/// Dossier assembly they are built from (their own and the Dossier assemblies those reference).
/// Builds are deterministic (the SDK's default), so a module version id is a hash of the compiled
/// code with its embedded models and lexicons: any change that may change the output changes the
/// version, and nothing has to be remembered to bump. It errs the safe way: a change that cannot
/// alter the output (a comment, a trainer) or another build configuration also gives a new version.
/// </summary>
internal static class StageFingerprint
{
    /// <summary>Hex digits kept of the SHA-256: 64 bits, plenty to tell builds apart.</summary>
    private const int Length = 16;

    private const string OwnPrefix = "Dossier.";

    public static string Of(IEnumerable<Type> stageTypes)
    {
        var text = new StringBuilder();
        var assemblies = new SortedDictionary<string, Assembly>(StringComparer.Ordinal);
        foreach (var type in stageTypes)
        {
            text.Append(type.FullName).Append('\n');
            Gather(type.Assembly, assemblies);
        }
        foreach (var (name, assembly) in assemblies)
        {
            text.Append(name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..Length];
    }

    private static void Gather(Assembly assembly, SortedDictionary<string, Assembly> assemblies)
    {
        if (!assemblies.TryAdd(assembly.GetName().Name!, assembly))
        {
            return;
        }
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (reference.Name?.StartsWith(OwnPrefix, StringComparison.Ordinal) == true)
            {
                Gather(Assembly.Load(reference), assemblies);
            }
        }
    }
}
