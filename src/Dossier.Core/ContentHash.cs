using System.Security.Cryptography;
using System.Text;

namespace Dossier;

public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: two documents with the same text are the same content.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
