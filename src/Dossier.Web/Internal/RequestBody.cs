using System.Text;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Internal;

/// <summary>Reads a request body as UTF-8 text without ever holding more than the limit.</summary>
internal static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text; or null with a problem (413 too large, 400 not UTF-8).</returns>
    public static async Task<(string? Text, IResult? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var tooLarge = Problems.Of(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes; send one article at a time.");
        if (request.ContentLength > maxBytes)
        {
            return (null, tooLarge);
        }
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, tooLarge);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge);
        }
        try
        {
            return (StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problems.BadRequest("The body is not valid UTF-8 text."));
        }
    }
}
