using System.Text.Json;
using Dossier.Json;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Internal;

/// <summary>
/// An answer whose JSON is written field by field, in the API's style (<see cref="ApiJson.Options"/>),
/// straight into the response body: no reflection and no intermediate string.
/// </summary>
internal sealed class JsonAnswer : IResult
{
    private readonly int _status;
    private readonly string? _location;
    private readonly Action<Utf8JsonWriter> _write;

    private JsonAnswer(int status, string? location, Action<Utf8JsonWriter> write)
    {
        _status = status;
        _location = location;
        _write = write;
    }

    public static JsonAnswer Ok(Action<Utf8JsonWriter> write) => new(StatusCodes.Status200OK, null, write);

    /// <summary>201 with a <c>Location</c> header.</summary>
    public static JsonAnswer Created(string location, Action<Utf8JsonWriter> write) => new(StatusCodes.Status201Created, location, write);

    /// <summary>200 with a JSON array, one value per item.</summary>
    public static JsonAnswer Array<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write) => Ok(writer => JsonValues.WriteArray(writer, items, write));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = _status;
        response.ContentType = "application/json; charset=utf-8";
        if (_location is not null)
        {
            response.Headers.Location = _location;
        }
        // The whole answer is buffered in the body's pipe before the flush; it is bounded by the
        // largest stored article (MaxBodyBytes of text and its layers).
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ApiJson.Options))
        {
            _write(writer);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
