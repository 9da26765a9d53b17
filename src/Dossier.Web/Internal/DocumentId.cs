using System.Globalization;

namespace Dossier.Web.Internal;

/// <summary>The <c>{id}</c> of a document route: the digits of a whole number from 1, nothing else.</summary>
internal static class DocumentId
{
    public const string Rule = "A document id is a whole number from 1, as GET /api/documents lists them.";

    public static bool TryParse(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
