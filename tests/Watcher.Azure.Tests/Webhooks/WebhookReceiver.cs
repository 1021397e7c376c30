using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Watcher.Azure.Tests.Webhooks;

/// <summary>One request a receiver got: headers, raw body, the sender's clock when it arrived, and what it answered.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset SenderNow, int Answered)
{
    public string Id => Headers["webhook-id"];
    public string Type => JsonNode.Parse(Body)!["type"]!.GetValue<string>();
    public bool IsPing => Type == "io.watcher.ping";
}

/// <summary>
/// A webhook receiver on 127.0.0.1 (Kestrel) that records every request and answers what <c>Respond</c> says
/// (given the request number among non-ping deliveries). <see cref="VerifyAsync"/> checks requests with the
/// `standardwebhooks` and `cloudevents` npm libraries.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly Func<DateTimeOffset> _clock;
    private LocalHttpServer _server = null!;
    private int _deliveries;

    private WebhookReceiver(Func<DateTimeOffset> clock) => _clock = clock;

    /// <summary>Answers a delivery (1-based count of non-ping requests); pings always get 204 unless <see cref="FailPings"/>.</summary>
    public Func<int, HttpContext, Task<int>> Respond { get; set; } = (_, _) => Task.FromResult(204);
    public bool FailPings { get; set; }

    public Uri Url => new(_server.BaseUrl, "hooks/watcher?token=t0k3n");
    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();
    public IReadOnlyList<ReceivedWebhook> Deliveries => _received.Where(r => !r.IsPing).ToList();

    public static async Task<WebhookReceiver> StartAsync(Func<DateTimeOffset> clock)
    {
        var receiver = new WebhookReceiver(clock);
        receiver._server = await LocalHttpServer.StartAsync(receiver.HandleAsync);
        return receiver;
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var senderNow = _clock();
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = ctx.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var isPing = body.Contains("\"io.watcher.ping\"", StringComparison.Ordinal);
        int status;
        if (isPing) status = FailPings ? 500 : 204;
        else
        {
            try { status = await Respond(Interlocked.Increment(ref _deliveries), ctx); }
            catch (OperationCanceledException) { status = 499; }
        }
        _received.Enqueue(new ReceivedWebhook(headers, body, senderNow, status));
        if (!ctx.RequestAborted.IsCancellationRequested) ctx.Response.StatusCode = status;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>Runs tests/node/verify-webhooks.js over the requests, each against <paramref name="secret"/>; one "ok …" or "error: …" per request.</summary>
    public static async Task<IReadOnlyList<string>> VerifyAsync(IEnumerable<ReceivedWebhook> requests, string secret)
    {
        var root = AzuriteFixture.RepoRoot;
        var script = Path.Combine(root, "tests", "node", "verify-webhooks.js");
        if (!Directory.Exists(Path.Combine(root, "node_modules", "standardwebhooks")) || !Directory.Exists(Path.Combine(root, "node_modules", "cloudevents")))
            throw new InvalidOperationException($"node_modules/standardwebhooks or node_modules/cloudevents is missing: run `npm ci` in {root} before these tests");
        var input = new JsonArray(requests.Select(r => (JsonNode)new JsonObject
        {
            ["secret"] = secret,
            ["headers"] = new JsonObject(r.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)JsonValue.Create(h.Value)))),
            ["body"] = r.Body,
            ["now"] = r.SenderNow.ToUnixTimeSeconds(),
        }).ToArray());
        var psi = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root,
        };
        using var node = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");
        await node.StandardInput.WriteAsync(input.ToJsonString());
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0) throw new InvalidOperationException($"verify-webhooks.js exited {node.ExitCode}: {await stderr}");
        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
