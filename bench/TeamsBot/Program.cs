// POST /api/messages on the local host (ServeCommand.Build, Azurite tables), end to end per activity:
// JWT validation (RS256, cached JWKS, endorsement, serviceurl), conversation reference write, command, reply
// POSTed to a fake Connector on 127.0.0.1 with a cached outbound token.
// Modes: "auth" (AppId set: the Connector's tokens are validated) and the baseline "open" (no AppId: the local
// development mode, no validation). Each mode: "help" (no story read) and "latest tariffs" (reads stored stories).
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Watcher.Azure.Tables;
using Watcher.Cli.Commands;
using Watcher.Cli.LocalHost;
using Watcher.Core.State;

var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;

var root = new DirectoryInfo(Directory.GetCurrentDirectory());
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Watcher.sln"))) root = root.Parent;
if (root is null) throw new InvalidOperationException("run from inside the repository");

// The identity side: OpenID metadata, JWKS with endorsements, token endpoint; and a Connector that answers 201.
var rsa = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "bench-key" };
long replies = 0;
var fb = WebApplication.CreateSlimBuilder();
fb.Logging.ClearProviders();
fb.WebHost.UseUrls("http://127.0.0.1:0");
var fake = fb.Build();
fake.Run(async ctx =>
{
    var path = ctx.Request.Path.Value ?? string.Empty;
    var self = $"http://127.0.0.1:{ctx.Connection.LocalPort}/";
    if (path.EndsWith("openidconfiguration", StringComparison.Ordinal))
        await ctx.Response.WriteAsJsonAsync(new { issuer = "https://api.botframework.com", jwks_uri = self + "keys" });
    else if (path == "/keys")
    {
        var p = rsa.Rsa.ExportParameters(false);
        await ctx.Response.WriteAsync(new JsonObject { ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["kid"] = rsa.KeyId, ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent), ["endorsements"] = new JsonArray("msteams") }) }.ToJsonString());
    }
    else if (path.EndsWith("/token", StringComparison.Ordinal))
        await ctx.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, access_token = "bench-outbound" });
    else
    {
        Interlocked.Increment(ref replies);
        await ctx.Request.Body.CopyToAsync(Stream.Null);
        ctx.Response.StatusCode = 201;
        await ctx.Response.WriteAsync("{\"id\":\"r\"}");
    }
});
await fake.StartAsync();
var fakeUrl = fake.Urls.First() + "/";

await using var azurite = await Azurite.StartEphemeralAsync(root.FullName, TextWriter.Null);
var results = new List<string>();
foreach (var mode in new[] { "open", "auth" })
{
    var overrides = new Dictionary<string, string?>
    {
        ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
        ["Watcher:Net:AllowPrivateAddresses"] = "true",
        ["Watcher:Outbox:Directory"] = Path.Combine(Path.GetTempPath(), "watcher-bench-teams"),
    };
    if (mode == "auth")
    {
        overrides["Watcher:Bot:AppId"] = "bench-app";
        overrides["Watcher:Bot:AppPassword"] = "not-a-secret";
        overrides["Watcher:Bot:TenantId"] = "bench-tenant";
        overrides["Watcher:Bot:OpenIdMetadataUrl"] = fakeUrl + "v1/.well-known/openidconfiguration";
        overrides["Watcher:Bot:TokenEndpoint"] = fakeUrl + "{tenant}/token";
    }
    await using var host = ServeCommand.Build(overrides, "http://127.0.0.1:0", timers: false);
    host.Services.GetRequiredService<ILoggerFactory>();
    await host.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
    var stories = host.Services.GetRequiredService<IItemStore>();
    for (var i = 0; i < (mode == "open" ? 200 : 0); i++)
        await stories.SaveStoryAsync(new StoryRecord { StoryId = $"s-{i}", Title = i % 3 == 0 ? $"Tariff story {i} on canola" : $"Summit story {i}", Link = $"https://example.org/{i}", Sources = ["wire"], Topics = [i % 3 == 0 ? "tariffs" : "summits"], FirstSeen = DateTimeOffset.UtcNow.AddMinutes(-i), LastUpdated = DateTimeOffset.UtcNow.AddMinutes(-i) });
    await host.StartAsync();
    var endpoint = host.Urls.First() + "/api/messages";
    var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com", Audience = "bench-app", Expires = DateTime.UtcNow.AddHours(1),
        Subject = new ClaimsIdentity([new Claim("serviceurl", fakeUrl)]), SigningCredentials = new SigningCredentials(rsa, SecurityAlgorithms.RsaSha256),
    });
    using var http = new HttpClient();

    foreach (var text in new[] { "help", "latest tariffs" })
    {
        async Task<double> OneAsync(int n)
        {
            var body = new JsonObject
            {
                ["type"] = "message", ["id"] = $"m{n}", ["channelId"] = "msteams", ["serviceUrl"] = fakeUrl, ["text"] = text,
                ["from"] = new JsonObject { ["id"] = $"29:u{n % 50}" }, ["recipient"] = new JsonObject { ["id"] = "28:bench-app" },
                ["conversation"] = new JsonObject { ["id"] = $"a:c{n % 50}", ["conversationType"] = "personal", ["tenantId"] = "t" },
            }.ToJsonString();
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (mode == "auth") request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var sw = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{mode}/{text}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return sw.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 100; i++) await OneAsync(i); // warm-up: JIT, key fetch, token, connections
        var latencies = new double[count];
        var next = -1;
        var before = Interlocked.Read(ref replies);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count) latencies[n] = await OneAsync(n);
        }));
        total.Stop();
        Array.Sort(latencies);
        var sent = Interlocked.Read(ref replies) - before;
        var line = $"| {mode} | `{text}` | {count} | {workers} | {count / total.Elapsed.TotalSeconds:0} | {latencies[count / 2]:0.0} | {latencies[(int)(count * 0.99)]:0.0} | {sent} |";
        results.Add(line);
        Console.WriteLine(line);
    }
    await host.StopAsync();
}
Console.WriteLine("| mode | text | activities | workers | activities/s | p50 ms | p99 ms | replies sent |");
foreach (var r in results) Console.WriteLine(r);
await fake.StopAsync();
