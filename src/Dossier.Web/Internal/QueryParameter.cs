using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Internal;

/// <summary>Checks a free-text query parameter (<c>q</c>, <c>speaker</c>) before it is used.</summary>
internal static class QueryParameter
{
    /// <returns>A 400 problem when the value is too long or holds control characters; else null.</returns>
    public static IResult? Check(string name, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            return Problems.BadRequest($"'{name}' is longer than {maxLength} characters.");
        }
        return value.Any(char.IsControl) ? Problems.BadRequest($"'{name}' holds control characters.") : null;
    }
}
