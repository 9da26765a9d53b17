using System.Text.Json;
using Dossier.Engine;
using Dossier.Ingest;
using Dossier.Json;
using Dossier.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Internal;

/// <summary><c>/api/documents</c>: list, read one with its layers, add one.</summary>
internal static class DocumentEndpoints
{
    /// <summary>The location a posted article is stored under when it gives no <c>url</c>.</summary>
    public const string PostedLocation = "api";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/documents", ListAsync);
        api.MapGet("/documents/{id}", GetAsync);
        api.MapPost("/documents", PostAsync);
    }

    private static async Task<IResult> ListAsync(IDossierStore store, CancellationToken cancellationToken) =>
        JsonAnswer.Array(await store.ListDocumentsAsync(cancellationToken), DocumentJson.Write);

    private static async Task<IResult> GetAsync(string id, IDossierStore store, CancellationToken cancellationToken)
    {
        if (!DocumentId.TryParse(id, out var value))
        {
            return Problems.BadRequest(DocumentId.Rule);
        }
        if (await store.GetDocumentAsync(value, cancellationToken) is not { } stored)
        {
            return Problems.NotFound($"There is no document {value}; GET /api/documents lists them.");
        }
        // Each quote carries the name /api/quotes lists its speaker under, which the linker gives from
        // every article's mentions; so the others are read with their mentions alone, not every layer.
        var mentions = await StoreReads.AllAsync(store, Layer.Entities, cancellationToken);
        var documents = mentions.ConvertAll(d => d.Id == value ? stored : d);
        var names = SpeakerQuotes.Of(new LinkedArticles(documents)).All.Where(q => q.DocumentId == value).Select(q => q.Speaker).ToList();
        return JsonAnswer.Ok(writer => DocumentJson.Write(writer, stored.Document, stored.Id, names));
    }

    /// <summary>
    /// Adds one article, posted as one JSON-lines record: <c>text</c>, and optionally <c>date</c>,
    /// <c>title</c>, <c>url</c>, <c>source</c>. 201 with the new id; 200 when the same text is
    /// already stored, with its id.
    /// </summary>
    private static async Task<IResult> PostAsync(HttpRequest request, Ingestor ingestor, ServerOptions options, CancellationToken cancellationToken)
    {
        // Requiring JSON also keeps other sites' forms out: a cross-site JSON post needs a CORS preflight this server never grants.
        if (!request.HasJsonContentType())
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, """Send the article as application/json: {"text": "...", "date": "YYYY-MM-DD", "title": "..."}.""");
        }
        var (body, problem) = await RequestBody.ReadAsync(request, options.MaxBodyBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var item = new ArticleReader().ReadJson(PostedLocation, body!);
        if (!item.Succeeded)
        {
            return Problems.BadRequest($"The article {item.Error}.");
        }
        var report = await ingestor.IngestAsync(item, cancellationToken);
        if (report.Failures.Count > 0)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, $"The article could not be annotated: {report.Failures[0].Reason}");
        }
        var added = report.Added.Count > 0;
        var stored = added ? report.Added[0] : report.Duplicates[0];
        void Write(Utf8JsonWriter writer) => ApiJson.WriteStored(writer, stored, duplicate: !added);
        return added ? JsonAnswer.Created($"/api/documents/{stored.Id}", Write) : JsonAnswer.Ok(Write);
    }
}
