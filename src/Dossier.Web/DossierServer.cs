using System.Net;
using Dossier.Engine;
using Dossier.Store;
using Dossier.Web.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dossier.Web;

/// <summary>
/// The HTTP front end: a JSON API under <c>/api</c> and the web page at <c>/</c>, over one store
/// and one pipeline shared by every request. It listens on loopback unless told otherwise,
/// answers every error as problem details, and sends headers that keep the page to its own
/// scripts and styles.
/// </summary>
public static class DossierServer
{
    /// <summary>Builds the server; the caller starts it (<c>StartAsync</c>) and disposes it.</summary>
    /// <param name="configure">Runs last on the builder: tests swap in an in-memory server here.</param>
    public static WebApplication Create(ServerOptions options, IDossierStore store, Pipeline pipeline, Action<WebApplicationBuilder>? configure = null)
    {
        if (!options.HasValidHost)
        {
            throw new ArgumentException($"'{options.Host}' is not an IP address or localhost.", nameof(options));
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DossierServer).Assembly.GetName().Name,
            // Not the working folder: nothing there (appsettings.json) reconfigures the server.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failure to start (port in use) reaches the caller as an exception; the host need not log it as well.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => Listen(kestrel, options));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new Ingestor(pipeline, store));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(new RequestGuard(options).InvokeAsync);
        var api = app.MapGroup("/api");
        DocumentEndpoints.Map(api);
        BriefEndpoints.Map(api);
        StoryEndpoints.Map(api);
        StaticAssets.Map(app);
        return app;
    }

    private static void Listen(KestrelServerOptions kestrel, ServerOptions options)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        if (options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(options.Port);
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        }
    }
}
