using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using Watcher.Azure.Telemetry;
using Watcher.Cli.LocalHost;
using Watcher.Core.Sources;
using Watcher.Core.Telemetry;

namespace Watcher.Azure.Tests.State;

/// <summary>The "Watcher" meter, read with a MeterListener while real cycles run against Azurite and a local feed.</summary>
[Collection(SerialAzuriteCollection.Name)]
public sealed class MetricsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _outbox = Directory.CreateTempSubdirectory("watcher-metrics-").FullName;
    private volatile string _feed = PipelineCycleTests.Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."));
    private LocalHttpServer _server = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync(_feed));
        _host = await TestHosts.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Watcher:Outbox:Directory"] = _outbox,
            ["Watcher:Webhooks:Outbox"] = "true",
        }, seedDemo: true);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_outbox, recursive: true);
    }

    [Fact]
    public async Task A_cycle_reports_items_changes_alerts_deliveries_and_its_duration()
    {
        var sums = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == WatcherMetrics.MeterName) l.EnableMeasurementEvents(instrument); },
        };
        void Add(Instrument i, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var key = i.Name + string.Concat(tags.ToArray().OrderBy(t => t.Key).Select(t => $"|{t.Key}={t.Value}"));
            sums.AddOrUpdate(key, i is Histogram<double> ? 1 : value, (_, v) => v + (i is Histogram<double> ? 1 : value));
        }
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        listener.Start();

        var runner = _host.Services.GetRequiredService<LocalCycleRunner>();
        IReadOnlyList<SourceDefinition> sources = [new() { Id = "wire", Url = new Uri(_server.BaseUrl, "rss.xml").AbsoluteUri }];
        await runner.RunAsync(sources); // baseline
        _feed = PipelineCycleTests.Rss(("g-1", "Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax."),
                                       ("g-2", "China imposes 76% levy on Canadian canola seed", "Beijing retaliated."));
        await runner.RunAsync(sources);
        listener.Dispose();

        Assert.Equal(2, sums["watcher.sources.polled|fetch=fetched"]);
        Assert.Equal(3, sums["watcher.items.fetched"]); // 1 item, then 2
        Assert.Equal(2, sums["watcher.items.changed|change=new"]);
        Assert.Equal(1, sums["watcher.alerts"]);
        // Email and Teams go to their outbox sinks; the webhook channel posts to the demo endpoint's URL, which no
        // server answers here: a failed attempt, counted as a delivery failure too.
        var dump = string.Join("; ", sums.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}"));
        Assert.True(sums.GetValueOrDefault("watcher.deliveries|channel=email|outcome=delivered") == 1, dump);
        Assert.True(sums.GetValueOrDefault("watcher.deliveries|channel=teams|outcome=delivered") == 1, dump);
        var webhook = sums.Where(kv => kv.Key.StartsWith("watcher.deliveries|channel=webhook|", StringComparison.Ordinal)).ToList();
        Assert.Equal(1, webhook.Sum(kv => kv.Value));
        Assert.Equal(webhook.Any(kv => kv.Key.EndsWith("outcome=failed", StringComparison.Ordinal)) ? 1 : 0,
            sums.GetValueOrDefault("watcher.delivery.failures|channel=webhook|outcome=failed"));
        Assert.Equal(2, sums["watcher.cycle.duration"]); // histogram: one record per cycle
        Assert.Equal(2, sums["watcher.source.poll.duration|fetch=fetched"]);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("true", null, true)]
    [InlineData(null, "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:9/", true)]
    public void Exporters_are_registered_only_when_configured(string? console, string? appInsights, bool exported)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Telemetry:Console"] = console,
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = appInsights,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddWatcherTelemetry(config).BuildServiceProvider();
        Assert.Equal(exported, services.GetService<MeterProvider>() is not null);
    }
}
