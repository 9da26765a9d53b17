using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Tests;

/// <summary>Every request is hostile: markup in article text, bodies too large or malformed, foreign host names.</summary>
public sealed class HostileInputTests
{
    private const string Script = "<script>alert('x')</script>";

    [Fact]
    public async Task Stores_a_posted_article_and_gives_back_its_markup_only_as_escaped_json_strings()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        var text = $"Yoon said \"{Script} is not welcome\" on Wednesday. <img src=x onerror=alert(1)> & Kishida agreed.";

        using var posted = await app.Client.PostAsJsonAsync("/api/documents", new { text, date = "2023-03-16", title = "<b>Summit</b>" });
        using var read = await app.Client.GetAsync("/api/documents/1");
        var raw = await read.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("/api/documents/1", posted.Headers.Location?.OriginalString);
        var created = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, created.GetProperty("id").GetInt64());
        Assert.False(created.GetProperty("duplicate").GetBoolean());
        Assert.Equal("application/json", read.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(">", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        var document = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(text, document.GetProperty("text").GetString());
        Assert.Equal("<b>Summit</b>", document.GetProperty("source").GetProperty("title").GetString());
        Assert.Equal("2023-03-16", document.GetProperty("date").GetString());
        Assert.Contains(document.GetProperty("time_expressions").EnumerateArray(), t => t.GetProperty("value").GetString() == "2023-03-15");
    }

    [Fact]
    public async Task Answers_the_same_text_posted_again_with_200_and_the_stored_id()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        var article = new { text = "Kishida met Yoon in Tokyo on Thursday.", date = "2023-03-16" };

        using var first = await app.Client.PostAsJsonAsync("/api/documents", article);
        using var second = await app.Client.PostAsJsonAsync("/api/documents", article);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, again.GetProperty("id").GetInt64());
        Assert.True(again.GetProperty("duplicate").GetBoolean());
    }

    [Theory]
    [InlineData("{\"text\": broken", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"title\": \"no text\"}", "has no \"text\"")]
    [InlineData("{\"text\": \"   \"}", "has no \"text\"")]
    [InlineData("{\"text\": \"Yoon left.\", \"date\": \"<script>\"}", "not a date")]
    [InlineData("{\"text\": \"Yoon \\ud800 left.\"}", "lone surrogate")]
    public async Task Answers_a_malformed_article_with_400_saying_why(string body, string reason)
    {
        await using var app = await TestWebApp.StartAsync(samples: false);

        using var response = await app.Client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Contains(reason, await Problem.AssertAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(await app.Store.ListDocumentsAsync());
    }

    [Fact]
    public async Task Answers_a_body_past_the_limit_with_413_and_stores_nothing()
    {
        await using var app = await TestWebApp.StartAsync(samples: false, new ServerOptions { MaxBodyBytes = 1000 });
        var body = JsonSerializer.Serialize(new { text = new string('a', 2000) });

        using var declared = await app.Client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));
        using var chunked = await app.Client.PostAsync("/api/documents", new ChunkedJson(body));

        await Problem.AssertAsync(declared, HttpStatusCode.RequestEntityTooLarge);
        await Problem.AssertAsync(chunked, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await app.Store.ListDocumentsAsync());
    }

    [Fact]
    public async Task Answers_a_body_that_is_not_json_with_415()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);

        using var form = await app.Client.PostAsync("/api/documents", new FormUrlEncodedContent([new("text", "Yoon left.")]));

        await Problem.AssertAsync(form, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Answers_a_body_that_is_not_utf8_with_400()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        var content = new ByteArrayContent([.. "{\"text\": \""u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        using var response = await app.Client.PostAsync("/api/documents", content);

        Assert.Contains("UTF-8", await Problem.AssertAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_request_naming_another_host_so_dns_rebinding_cannot_reach_the_api()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Host = "attacker.example";

        using var response = await app.Client.SendAsync(request);

        Assert.Contains("localhost or 127.0.0.1", await Problem.AssertAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("[::1]:5080")]
    public async Task Serves_requests_that_name_this_machine(string host)
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Host = host;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.2:5080", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("rebind.example:5080", HttpStatusCode.BadRequest)]
    public async Task Serves_requests_addressed_to_the_loopback_address_it_was_given(string host, HttpStatusCode status)
    {
        await using var app = await TestWebApp.StartAsync(samples: false, new ServerOptions { Host = "127.0.0.2" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Host = host;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/documents")]
    [InlineData("/api/documents/x")]
    public async Task Sends_a_content_security_policy_and_nosniff_on_every_response(string path)
    {
        await using var app = await TestWebApp.StartAsync(samples: false);

        using var response = await app.Client.GetAsync(path);

        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Sends_the_security_headers_on_a_500_answer_too()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        // A store that fails under the server: its documents table is gone.
        await using (var connection = new SqliteConnection($"Data Source={app.Database}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE documents";
            await drop.ExecuteNonQueryAsync();
        }

        using var response = await app.Client.GetAsync("/api/documents");

        await Problem.AssertAsync(response, HttpStatusCode.InternalServerError);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("SqliteException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_script_builds_the_dom_from_text_nodes_only()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "src/Dossier.Web/wwwroot/app.js"));

        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('on" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
        Assert.Contains("textContent", script, StringComparison.Ordinal);
    }

    /// <summary>A JSON body with no Content-Length, sent in pieces, as a client streaming a large upload would.</summary>
    private sealed class ChunkedJson : HttpContent
    {
        private readonly string _json;

        public ChunkedJson(string json)
        {
            _json = json;
            Headers.ContentType = new("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(_json);
            for (var at = 0; at < bytes.Length; at += 256)
            {
                await stream.WriteAsync(bytes.AsMemory(at, Math.Min(256, bytes.Length - at)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
