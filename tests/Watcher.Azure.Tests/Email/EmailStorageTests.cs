using System.Net;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Tables;
using Watcher.Cli.Commands;
using Watcher.Cli.LocalHost;
using Watcher.Core.Channels.Email;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.Email;

/// <summary>E-mail through the local host's own registrations: Table Storage on Azurite, the fake SendGrid, the routes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EmailStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.Zero));
    private FakeSendGrid _sendGrid = null!;
    private IHost _host = null!;

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private Dictionary<string, string?> Settings => new()
    {
        ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
        ["Watcher:SendGrid:ApiKey"] = FakeSendGrid.ApiKey,
        ["Watcher:SendGrid:Host"] = _sendGrid.Host,
        ["Watcher:SendGrid:From"] = "alerts@watcher.example",
        ["Watcher:SendGrid:Retries"] = "0", // in-call retries would wait on the fake clock; the ledger retries instead
        ["Watcher:Email:BaseUrl"] = "https://watcher.example.org",
        ["Watcher:Email:SigningKey"] = "a-signing-key-for-the-tests-only",
        ["Watcher:Api:Key"] = "function-key",
    };

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _sendGrid = await FakeSendGrid.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddWatcherConfiguration(Settings);
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddWatcherServices(LogLevel.Warning);
        _host = builder.Build();
        await Get<TableStorageInitializer>().EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _sendGrid.DisposeAsync();
    }

    [Fact]
    public async Task Subscriptions_keep_their_cadence_settings_and_old_rows_read_as_instant()
    {
        var store = Get<ISubscriptionStore>();
        var full = new Subscription
        {
            Id = "sub-ana", Channel = "email", Target = "ana@example.com", DisplayName = "Ana", Topics = ["tariffs"], Query = "canola OR \"electric vehicles\"",
            Cadence = Cadences.Weekly, InstantKinds = ["tariff.changed", "event.announced"], TimeZone = "America/Toronto", SendHour = 7, SendDay = DayOfWeek.Friday,
            QuietFrom = 22, QuietTo = 7, BurstLimit = 5, BurstMinutes = 15,
        };
        await store.UpsertAsync(full);
        // A row written before these settings existed.
        await azurite.Tables.GetTableClient(TableNames.Subscriptions).UpsertEntityAsync(new TableEntity("email", "sub-old")
            { ["Id"] = "sub-old", ["Channel"] = "email", ["Target"] = "old@example.com", ["Topics"] = "[]", ["Enabled"] = true });

        var stored = await store.ListAsync();
        var ana = stored.Single(s => s.Id == "sub-ana");
        Assert.Equal(full with { InstantKinds = null, Topics = [] }, ana with { InstantKinds = null, Topics = [] });
        Assert.Equal(full.InstantKinds, ana.InstantKinds);
        Assert.Equal(full.Topics, ana.Topics);
        var old = stored.Single(s => s.Id == "sub-old");
        Assert.Equal((Cadences.Instant, (string?)null, (int?)null), (Cadences.Of(old), old.TimeZone, old.BurstLimit));
    }

    [Fact]
    public async Task Nothing_is_lost_while_SendGrid_is_down_for_hours_and_it_is_sent_once_when_back()
    {
        await Get<ISubscriptionStore>().UpsertAsync(EmailTestData.Instant());
        var dispatcher = Get<DeliveryDispatcher>();
        _sendGrid.Always = (500, """{"errors":[{"field":null,"message":"service unavailable"}]}""");
        var id = Assert.Single(await dispatcher.RecordAsync([EmailTestData.Alert("s-evs", "Canada imposes 100% tariff on Chinese EVs")]));
        Assert.Equal(DeliveryOutcome.Failed, (await dispatcher.DeliverAsync(id)).Outcome);

        for (var hour = 0; hour < 8; hour++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            await dispatcher.SweepAsync();
        }
        var row = (await Get<IDeliveryLedger>().GetAsync(id))!;
        Assert.Equal(DeliveryStatus.Failed, row.Status);
        Assert.Contains("SendGrid answered 500: service unavailable", row.LastError);
        Assert.InRange(row.Attempts, 4, 9);
        Assert.Empty(_sendGrid.Accepted);

        _sendGrid.Always = null;
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Contains(await dispatcher.SweepAsync(), r => r.Outcome == DeliveryOutcome.Delivered);
        Assert.Empty(await dispatcher.SweepAsync());
        Assert.Single(_sendGrid.Accepted);
        Assert.Equal(DeliveryStatus.Delivered, (await Get<IDeliveryLedger>().GetAsync(id))!.Status);
    }

    [Fact]
    public async Task A_daily_digest_is_previewed_then_sent_once_though_the_timer_fires_twice()
    {
        var sub = EmailTestData.Instant() with { Cadence = Cadences.Daily, TimeZone = "Europe/Berlin", SendHour = 8 }; // 07:00 UTC in November
        await Get<ISubscriptionStore>().UpsertAsync(sub);
        var dispatcher = Get<DeliveryDispatcher>();
        foreach (var id in await dispatcher.RecordAsync([
                     EmailTestData.Alert("s-evs", "Canada imposes 100% tariff on Chinese EVs"),
                     EmailTestData.Alert("s-apec", "Carney and Xi meet at APEC summit", "summits"),
                     EmailTestData.Alert("s-g7", "G7 ministers meet in Ottawa", "summits")]))
            Assert.Equal(DeliveryOutcome.Delivered, (await dispatcher.DeliverAsync(id)).Outcome); // delivered into the digest queue
        Assert.Empty(_sendGrid.Accepted);

        var preview = await DigestCommand.PreviewAsync(_host.Services, sub, CancellationToken.None);
        Assert.NotNull(preview);
        Assert.Contains("Carney and Xi meet at APEC summit", preview.Html);
        Assert.Contains("(preview)", preview.Subject);
        Assert.Empty(_sendGrid.Accepted); // a preview sends nothing

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 7, 0, 20, TimeSpan.Zero));
        var runner = Get<DigestRunner>();
        var first = await runner.RunAsync();
        var second = await runner.RunAsync();
        Assert.Equal((1, 1), (first.DigestsRecorded, first.Delivered));
        Assert.Equal((0, 0), (second.DigestsRecorded, second.Delivered));
        var digest = Assert.Single(_sendGrid.Accepted);
        Assert.Empty(_sendGrid.Violations);
        Assert.Equal(["watcher", "digest", "daily"], digest["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.EndsWith(" + 2 more · Daily digest, Sat 28 Nov", digest["subject"]!.GetValue<string>());
        Assert.Null(await DigestCommand.PreviewAsync(_host.Services, sub, CancellationToken.None)); // nothing waits any more
    }

    [Fact]
    public async Task One_click_unsubscribe_needs_no_function_key_but_a_valid_token()
    {
        await Get<ISubscriptionStore>().UpsertAsync(EmailTestData.Instant());
        var overrides = Settings;
        await using var app = ServeCommand.Build(overrides, "http://127.0.0.1:0", timers: false);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var token = app.Services.GetRequiredService<EmailLinks>().Token(EmailTestData.Instant());
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });

        var forged = await http.PostAsync("/api/unsubscribe?token=" + Uri.EscapeDataString(token[..^2] + "AA"), form);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True((await app.Services.GetRequiredService<ISubscriptionStore>().ListAsync()).Single().Enabled); // nothing changed

        var page = await http.GetStringAsync("/api/preferences?token=" + Uri.EscapeDataString(token));
        Assert.Contains("<form method=\"post\" action=\"unsubscribe?token=", page);
        Assert.True((await app.Services.GetRequiredService<ISubscriptionStore>().ListAsync()).Single().Enabled); // GET changes nothing

        var ok = await http.PostAsync("/api/unsubscribe?token=" + Uri.EscapeDataString(token), form);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.False((await app.Services.GetRequiredService<ISubscriptionStore>().ListAsync()).Single().Enabled);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/items")).StatusCode); // keyed routes stay keyed
        await app.StopAsync();
    }
}
