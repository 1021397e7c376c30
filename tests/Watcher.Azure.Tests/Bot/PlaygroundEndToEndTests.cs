using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.Bot;

/// <summary>
/// End to end with the Microsoft 365 Agents Playground (npm, a local Teams-like client): it sends real message
/// activities to `watcher serve` (no AppId: unauthenticated local mode) and receives the bot's replies through
/// its own Connector, which it streams to its web client over a WebSocket that this test reads.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PlaygroundEndToEndTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebApplication _host = null!;
    private Process? _playground;
    private readonly int _playgroundPort = FreePort();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string _outbox = Directory.CreateTempSubdirectory("watcher-pg-").FullName;
    private readonly StringBuilder _playgroundLog = new();

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _host = await TestHosts.ServeAsync(azurite, new Dictionary<string, string?> { ["Watcher:Outbox:Directory"] = _outbox });
        var now = DateTimeOffset.UtcNow;
        var items = new TableItemStore(azurite.Tables);
        await items.SaveStoryAsync(new StoryRecord { StoryId = "s-canola", Title = "China raises levy on Canadian canola seed to 100%", Link = "https://example.org/canola-levy", Sources = ["northwire", "maple-broadcast"], Topics = ["tariffs"], FirstSeen = now.AddHours(-2), LastUpdated = now.AddHours(-1), Revision = 1 });
        await items.SaveStoryAsync(new StoryRecord { StoryId = "s-apec", Title = "Carney and Xi meet on the sidelines of APEC", Link = "https://example.org/apec", Sources = ["northwire"], Topics = ["summits"], FirstSeen = now.AddHours(-1), LastUpdated = now.AddMinutes(-30), Revision = 1 });
        await _host.StartAsync();

        var cli = Path.Combine(AzuriteFixture.RepoRoot, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run `npm ci` in {AzuriteFixture.RepoRoot} (package.json pins @microsoft/m365agentsplayground 0.2.28)");
        var start = new ProcessStartInfo("node", [cli, "--disable-telemetry", "-e", _host.Urls.First() + "/api/messages", "-c", "msteams", "-p", _playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = _outbox, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        _playground = Process.Start(start)!;
        _playground.OutputDataReceived += (_, e) => { lock (_playgroundLog) _playgroundLog.AppendLine(e.Data); };
        _playground.ErrorDataReceived += (_, e) => { lock (_playgroundLog) _playgroundLog.AppendLine(e.Data); };
        _playground.BeginOutputReadLine();
        _playground.BeginErrorReadLine();
    }

    public async Task DisposeAsync()
    {
        if (_playground is { HasExited: false }) _playground.Kill(entireProcessTree: true);
        _playground?.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_outbox, recursive: true);
    }

    private string Playground => $"http://127.0.0.1:{_playgroundPort}";

    [Fact]
    public async Task Help_and_latest_tariffs_from_the_playground_get_the_bots_replies()
    {
        var config = await WaitForConfigAsync();
        var conversationId = config["config"]!["personalChat"]!["id"]!.GetValue<string>();
        var replies = new ConcurrentQueue<string>();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{_playgroundPort}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var reader = ReadAsync(socket, replies, stop.Token);

        foreach (var text in new[] { "help", "latest tariffs" })
        {
            var response = await _http.PostAsJsonAsync($"{Playground}/_conversation/v1/conversations/{conversationId}/messages",
                new { from = new { id = "user-id-0" }, text, textFormat = "plain" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var help = await WaitForAsync(replies, m => m.Contains("subscribe <topic or words>", StringComparison.Ordinal));
        var latest = await WaitForAsync(replies, m => m.Contains("Latest on", StringComparison.Ordinal));
        stop.Cancel();
        await reader;

        Assert.Contains("`latest [topic or words]`", help);
        Assert.Contains("[China raises levy on Canadian canola seed to 100%](https://example.org/canola-levy)", latest);
        Assert.Contains("northwire, maple-broadcast", latest);
        Assert.DoesNotContain("APEC", latest); // a summits story is not a tariffs answer
        Assert.Contains(conversationId, help);  // the reply went into the conversation the message came from
        Assert.NotNull(await new TableConversationStore(azurite.Tables).GetAsync(conversationId));
    }

    private async Task<JsonObject> WaitForConfigAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return (await _http.GetFromJsonAsync<JsonObject>($"{Playground}/_internal/v1/config"))!;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && _playground is { HasExited: false })
            {
                await Task.Delay(250);
            }
            catch (Exception ex)
            {
                lock (_playgroundLog) throw new InvalidOperationException($"the Agents Playground did not start: {ex.Message}\n{_playgroundLog}", ex);
            }
        }
    }

    private static async Task ReadAsync(ClientWebSocket socket, ConcurrentQueue<string> into, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                into.Enqueue(Encoding.UTF8.GetString(message.ToArray()));
                message.SetLength(0);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<string> WaitForAsync(ConcurrentQueue<string> replies, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var hit = replies.Select(Unescape).FirstOrDefault(match);
            if (hit is not null) return hit;
            await Task.Delay(100);
        }
        lock (_playgroundLog) throw new TimeoutException($"no matching reply; got: {string.Join("\n", replies)}\nplayground log:\n{_playgroundLog}");
    }

    /// <summary>The stream frames are JSON; compare on the decoded text.</summary>
    private static string Unescape(string frame)
    {
        try
        {
            var node = JsonNode.Parse(frame);
            return (node?["message"]?["text"]?.GetValue<string>() ?? string.Empty) + "\n" + (node?["actionConversationId"]?.GetValue<string>() ?? string.Empty) + "\n" + frame;
        }
        catch (System.Text.Json.JsonException)
        {
            return frame;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
