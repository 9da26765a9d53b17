using System.Net;

namespace Dossier.Web;

/// <summary>Where the server listens, and how much it accepts from one request.</summary>
public sealed record ServerOptions
{
    /// <summary>Loopback: the dossier is reachable from this machine only.</summary>
    public const string DefaultHost = "127.0.0.1";

    public const int DefaultPort = 5080;

    /// <summary>An IP address to listen on, or <c>localhost</c>.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>The TCP port; 0 lets the system pick a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Largest request body accepted, in bytes: one posted article with its metadata.</summary>
    public int MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>Longest <c>q</c> or <c>speaker</c> query parameter, in characters.</summary>
    public int MaxQueryLength { get; init; } = 200;

    /// <summary>Most search hits in one response; the response still gives the total.</summary>
    public int MaxSearchHits { get; init; } = 200;

    /// <summary>True for <c>localhost</c> and loopback addresses (127.0.0.0/8, ::1).</summary>
    public bool IsLoopback =>
        Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>True when <see cref="Host"/> is an IP address or <c>localhost</c>: host names are not resolved.</summary>
    public bool HasValidHost =>
        Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(Host, out _);
}
