using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Core.Alerts;
using Watcher.Core.Delivery;
using Watcher.Core.Matching;

namespace Watcher.Azure.Tests.Webhooks;

/// <summary>
/// The management routes through the local host (`watcher serve` on a free port) with plain HTTP calls, against
/// Azurite tables (so the delivery log reads the Table ledger's per-subscription index) and a real receiver.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebhookRoutesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Key = "test-function-key";
    private WebApplication _host = null!;
    private WebhookReceiver _receiver = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _receiver = await WebhookReceiver.StartAsync(() => DateTimeOffset.UtcNow);
        _host = await TestHosts.ServeAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Api:Key"] = Key,
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _host.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_host.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private HttpRequestMessage Keyed(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("x-functions-key", Key);
        return request;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task Routes_need_the_function_key()
    {
        var (status, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/webhooks") { Content = JsonContent.Create(new { url = _receiver.Url }) });
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("function key", body!["error"]!.GetValue<string>());
        Assert.Empty(_receiver.Received);                                             // not even a ping went out

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/webhooks");
        wrong.Headers.Add("x-functions-key", "nope");
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(wrong)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/webhooks?code={Key}"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/deliveries/d-1/replay"))).Status);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/x"}""", "not an absolute http(s) URL")]
    [InlineData("""{"topics":["tariffs"]}""", "url is required")]
    [InlineData("""{"url":"http://127.0.0.1:9/x","topics":["no-such-topic"]}""", "unknown topic(s) no-such-topic")]
    public async Task Bad_registrations_get_400_with_the_reason(string json, string error)
    {
        var request = Keyed(HttpMethod.Post, "/api/webhooks");
        request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var (status, body) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(error, body!["error"]!.GetValue<string>());
        Assert.Empty((await SendAsync(Keyed(HttpMethod.Get, "/api/webhooks"))).Body!["webhooks"]!.AsArray());
    }

    [Fact]
    public async Task Register_list_log_replay_rotate_ping_delete()
    {
        var (status, created) = await SendAsync(Keyed(HttpMethod.Post, "/api/webhooks", new { url = _receiver.Url, topics = new[] { "tariffs" } }));
        Assert.Equal(HttpStatusCode.Created, status);
        var id = created!["id"]!.GetValue<string>();
        var secret = created["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret);

        var (_, list) = await SendAsync(Keyed(HttpMethod.Get, "/api/webhooks"));
        var listed = Assert.Single(list!["webhooks"]!.AsArray())!;
        Assert.Equal((id, true), (listed["id"]!.GetValue<string>(), listed["enabled"]!.GetValue<bool>()));
        Assert.DoesNotContain("whsec_", list.ToJsonString());                          // secrets are shown once, at registration

        // A delivery recorded by the pipeline, sent, then visible in the endpoint's log (Table index) and replayable.
        var dispatcher = _host.Services.GetRequiredService<DeliveryDispatcher>();
        var alert = new Alert { Id = "a-1", Kind = AlertKinds.TariffChanged, Title = "EU raises duties on steel", SourceId = "wire", Detected = DateTimeOffset.UtcNow,
            Matches = [new TopicMatch("tariffs", ["duties"], "raises duties")] };
        var deliveryId = Assert.Single(await dispatcher.RecordAsync([alert]));
        Assert.Equal(DeliveryOutcome.Delivered, (await dispatcher.DeliverAsync(deliveryId)).Outcome);

        var (_, log) = await SendAsync(Keyed(HttpMethod.Get, $"/api/webhooks/{id}/deliveries"));
        var entry = Assert.Single(log!["deliveries"]!.AsArray())!;
        Assert.Equal((deliveryId, "delivered", "io.watcher.tariff.changed"),
            (entry["id"]!.GetValue<string>(), entry["status"]!.GetValue<string>(), entry["type"]!.GetValue<string>()));

        var (replayStatus, replay) = await SendAsync(Keyed(HttpMethod.Post, $"/api/deliveries/{deliveryId}/replay"));
        Assert.Equal((HttpStatusCode.OK, "delivered"), (replayStatus, replay!["outcome"]!.GetValue<string>()));
        Assert.Equal([deliveryId, deliveryId], _receiver.Deliveries.Select(d => d.Id));
        Assert.All(await WebhookReceiver.VerifyAsync(_receiver.Received, secret), r => Assert.StartsWith("ok ", r));

        var (_, rotated) = await SendAsync(Keyed(HttpMethod.Post, $"/api/webhooks/{id}/rotate-secret"));
        var newSecret = rotated!["secret"]!.GetValue<string>();
        Assert.NotEqual(secret, newSecret);
        var (pingStatus, ping) = await SendAsync(Keyed(HttpMethod.Post, $"/api/webhooks/{id}/ping"));
        Assert.Equal((HttpStatusCode.OK, true), (pingStatus, ping!["ok"]!.GetValue<bool>()));
        var lastPing = _receiver.Received.Last(r => r.IsPing);
        Assert.StartsWith("ok io.watcher.ping", Assert.Single(await WebhookReceiver.VerifyAsync([lastPing], newSecret)));
        Assert.StartsWith("ok io.watcher.ping", Assert.Single(await WebhookReceiver.VerifyAsync([lastPing], secret)));   // overlap

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(Keyed(HttpMethod.Delete, $"/api/webhooks/{id}"))).Status);
        Assert.Empty((await SendAsync(Keyed(HttpMethod.Get, "/api/webhooks"))).Body!["webhooks"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(Keyed(HttpMethod.Delete, $"/api/webhooks/{id}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(Keyed(HttpMethod.Get, $"/api/webhooks/{id}/deliveries"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(Keyed(HttpMethod.Post, "/api/deliveries/d-unknown/replay"))).Status);
    }

    [Fact]
    public async Task A_receiver_that_refuses_the_ping_is_not_registered()
    {
        _receiver.FailPings = true;

        var (status, body) = await SendAsync(Keyed(HttpMethod.Post, "/api/webhooks", new { url = _receiver.Url }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("verification ping", body!["error"]!.GetValue<string>());
        Assert.DoesNotContain("t0k3n", body["error"]!.GetValue<string>());
        Assert.Empty((await SendAsync(Keyed(HttpMethod.Get, "/api/webhooks"))).Body!["webhooks"]!.AsArray());
    }
}
