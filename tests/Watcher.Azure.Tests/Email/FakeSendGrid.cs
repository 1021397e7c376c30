using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Watcher.Azure.Tests.Email;

/// <summary>
/// A local SendGrid v3 Mail Send endpoint (Kestrel on 127.0.0.1), reached through the client's Host option. It checks
/// every request against the documented shape (path, bearer key, personalizations, from, subject, content order,
/// categories, custom_args, headers and their limits), answers 400 naming the field when something is wrong, and
/// otherwise answers what the test scripted: 202 by default, or 400, 401, 429 with X-RateLimit-Reset, 500.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    public const string ApiKey = "SG.test-key-that-must-never-be-logged";
    private readonly LocalHttpServer _server;
    private readonly ConcurrentQueue<(int Status, string Body, IReadOnlyDictionary<string, string> Headers)> _script = new();

    private FakeSendGrid(LocalHttpServer server) => _server = server;

    public string Host => _server.BaseUrl.AbsoluteUri.TrimEnd('/');
    public ConcurrentQueue<JsonObject> Accepted { get; } = new();
    public ConcurrentQueue<string> Violations { get; } = new();
    public int Requests => _server.Requests;

    /// <summary>When set, every request gets this answer (a long outage), after the shape check.</summary>
    public (int Status, string Body)? Always { get; set; }

    public void Then(int status, string body = "", IReadOnlyDictionary<string, string>? headers = null) =>
        _script.Enqueue((status, body, headers ?? new Dictionary<string, string>()));

    public static async Task<FakeSendGrid> StartAsync()
    {
        FakeSendGrid? fake = null;
        var server = await LocalHttpServer.StartAsync(ctx => fake!.HandleAsync(ctx));
        fake = new FakeSendGrid(server);
        return fake;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var text = await reader.ReadToEndAsync();
        var problems = Check(ctx.Request, text, out var body);
        if (problems.Count > 0)
        {
            foreach (var p in problems) Violations.Enqueue(p.Message);
            await Answer(ctx, 400, JsonSerializer.Serialize(new { errors = problems.Select(p => new { field = p.Field, message = p.Message }) }), new Dictionary<string, string>());
            return;
        }
        if (Always is { } always)
        {
            await Answer(ctx, always.Status, always.Body, new Dictionary<string, string>());
            return;
        }
        var (status, answer, headers) = _script.TryDequeue(out var next) ? next : (202, string.Empty, new Dictionary<string, string>());
        if (status is >= 200 and < 300) Accepted.Enqueue(body!);
        await Answer(ctx, status, answer, headers);
    }

    private static async Task Answer(HttpContext ctx, int status, string body, IReadOnlyDictionary<string, string> headers)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers["X-RateLimit-Limit"] = "600";
        ctx.Response.Headers["X-RateLimit-Remaining"] = status == 429 ? "0" : "599";
        foreach (var (k, v) in headers) ctx.Response.Headers[k] = v;
        if (body.Length > 0)
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(body);
        }
    }

    private static readonly HashSet<string> TopLevel = ["personalizations", "from", "reply_to", "reply_to_list", "subject", "content", "attachments", "template_id",
        "headers", "categories", "custom_args", "send_at", "batch_id", "asm", "ip_pool_name", "mail_settings", "tracking_settings"];

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
        { "x-sg-id", "x-sg-eid", "received", "dkim-signature", "Content-Type", "Content-Transfer-Encoding", "To", "From", "Subject", "Reply-To", "CC", "BCC" };

    private static List<(string? Field, string Message)> Check(HttpRequest request, string text, out JsonObject? body)
    {
        var p = new List<(string?, string)>();
        body = null;
        if (request.Method != "POST" || request.Path != "/v3/mail/send") p.Add((null, $"unexpected {request.Method} {request.Path}"));
        if (request.Headers.Authorization.ToString() != "Bearer " + ApiKey) p.Add((null, "authorization is not the bearer API key"));
        try { body = JsonNode.Parse(text) as JsonObject; } catch (JsonException) { }
        if (body is null) { p.Add((null, "body is not a JSON object")); return p; }
        foreach (var key in body.Select(kv => kv.Key).Where(k => !TopLevel.Contains(k))) p.Add((key, $"unknown field '{key}'"));

        if (body["personalizations"] is not JsonArray pers || pers.Count is 0 or > 1000) p.Add(("personalizations", "1 to 1000 personalizations are required"));
        else
        {
            var recipients = 0;
            for (var i = 0; i < pers.Count; i++)
            {
                if (pers[i]?["to"] is not JsonArray to || to.Count == 0) { p.Add(($"personalizations.{i}.to", "to is required")); continue; }
                recipients += to.Count + ((pers[i]?["cc"] as JsonArray)?.Count ?? 0) + ((pers[i]?["bcc"] as JsonArray)?.Count ?? 0);
                for (var j = 0; j < to.Count; j++)
                    if (to[j]?["email"]?.GetValue<string>() is not { } email || !email.Contains('@'))
                        p.Add(($"personalizations.{i}.to.{j}.email", "Does not contain a valid address."));
                if (body["subject"] is null && pers[i]?["subject"] is null) p.Add(("subject", "a subject is required"));
                if (pers[i]?["headers"] is JsonObject ph)
                    foreach (var h in ph.Where(h => ReservedHeaders.Contains(h.Key))) p.Add(($"personalizations.{i}.headers.{h.Key}", "This header is reserved."));
            }
            if (recipients > 1000) p.Add(("personalizations", "at most 1000 recipients"));
        }
        if (body["from"]?["email"]?.GetValue<string>() is not { } from || !from.Contains('@')) p.Add(("from.email", "The from email does not contain a valid address."));
        if (body["content"] is not JsonArray content || content.Count == 0) p.Add(("content", "content is required"));
        else
        {
            var types = content.Select(c => c?["type"]?.GetValue<string>()).ToList();
            if (types.Contains("text/plain") && types.IndexOf("text/plain") != 0) p.Add(("content.0.type", "text/plain must come first"));
            if (content.Any(c => string.IsNullOrEmpty(c?["value"]?.GetValue<string>()))) p.Add(("content.value", "content values must not be empty"));
        }
        if (body["categories"] is JsonArray cats && (cats.Count > 10 || cats.Any(c => c!.GetValue<string>().Length > 255)))
            p.Add(("categories", "at most 10 categories of at most 255 characters"));
        if (body["custom_args"] is JsonObject args)
        {
            if (args.Any(a => a.Value?.GetValueKind() != JsonValueKind.String)) p.Add(("custom_args", "custom_args values must be strings"));
            if (args.ToJsonString().Length >= 10_000) p.Add(("custom_args", "custom_args must be under 10,000 bytes"));
        }
        if (body["headers"] is JsonObject headers)
            foreach (var h in headers.Where(h => ReservedHeaders.Contains(h.Key))) p.Add(($"headers.{h.Key}", "This header is reserved."));
        return p;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
