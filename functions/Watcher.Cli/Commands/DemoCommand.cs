using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Cli.Demo;
using Watcher.Cli.LocalHost;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Delivery;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Cli.Commands;

/// <summary>
/// `watcher demo`: Azurite + a local feed server replaying the bundled sample news in rounds, through the real
/// pipeline and Table Storage, delivering to the outbox sinks (or to real channels where configured).
/// </summary>
public static class DemoCommand
{
    public const int FeedServerPort = 7391;

    public static readonly IReadOnlyList<Subscription> DemoSubscriptions =
    [
        new() { Id = "demo-email", Channel = ChannelNames.Email, Target = "trade-desk@example.com", DisplayName = "Trade desk" },
        new() { Id = "demo-teams", Channel = ChannelNames.Teams, Target = "a:1demo-personal-chat", DisplayName = "Trade desk (Teams)" },
        new() { Id = "demo-webhook", Channel = ChannelNames.Webhook, Target = "wh-demo", DisplayName = "Trade desk webhook" },
    ];

    public static async Task<int> RunAsync(CommandLine cmd, CancellationToken ct)
    {
        var json = cmd.Flag("json");
        var fresh = cmd.Flag("fresh");
        var outDir = Path.GetFullPath(cmd.Option("out") ?? Path.Combine(Repo.Root, ".watcher", "outbox"));
        var maxRounds = cmd.Option("rounds") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
        cmd.EnsureAllUsed();
        var progress = json ? Console.Error : Console.Out;

        var overrides = new Dictionary<string, string?>(cmd.ConfigOverrides, StringComparer.OrdinalIgnoreCase)
        {
            ["Watcher:Outbox:Directory"] = outDir,
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
            ["Watcher:Webhooks:Outbox"] = "true",
        };
        await using var azurite = await LocalStorage.EnsureAsync(overrides, progress, ct);

        var newsroom = new DemoNewsroom();
        await using var feeds = await StartFeedServerAsync(newsroom);
        progress.WriteLine($"Feed server: {feeds.BaseUrl} serving {newsroom.Sources.Count} sources in {newsroom.Rounds.Count} rounds");

        using var host = WatcherHost.BuildConsoleHost(overrides);
        var services = host.Services;

        if (fresh)
        {
            var tables = services.GetRequiredService<TableServiceClient>();
            foreach (var name in TableNames.All) await tables.DeleteTableAsync(name, ct);
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
            progress.WriteLine("Fresh start: storage tables and outbox cleared");
        }
        await CreateTablesAsync(services.GetRequiredService<TableStorageInitializer>(), ct);
        await SeedAsync(services, ct);

        var sources = newsroom.Sources.Select(s => new SourceDefinition
        {
            Id = s.Id, Name = s.Name, Kind = SourceKinds.Feed, Url = new Uri(feeds.BaseUrl, s.Path).AbsoluteUri, Topics = s.Topics,
        }).ToList();

        var runner = services.GetRequiredService<LocalCycleRunner>();
        var totals = new Totals();
        var rounds = Math.Min(maxRounds, newsroom.Rounds.Count);
        for (var round = 0; round < rounds; round++)
        {
            feeds.Round = round;
            var result = await runner.RunAsync(sources, ct);
            totals.Add(result);
            progress.WriteLine($"Round {round + 1}/{rounds}: {newsroom.Rounds[round]}");
            progress.WriteLine($"  fetched {result.Report.Fetched}, not modified {result.Report.NotModified}, failed {result.Report.Failed} · " +
                               $"new {result.Report.New}, updated {result.Report.Updated}, duplicates {result.Report.Duplicates} · " +
                               $"alerts: {string.Join(", ", ChannelNames.All.Select(c => $"{c} {result.Delivered.GetValueOrDefault(c)}"))}");
            foreach (var item in result.Report.Items)
                progress.WriteLine($"    {item.Change.ToString().ToLowerInvariant(),-9} {item.Source,-16} {item.Title}");
        }
        // A first cycle's rows may still be written behind its report (PollOptions.WriteBaselineBehind): written before the demo ends.
        await services.GetRequiredService<PollCycle>().WrittenAsync();

        progress.WriteLine();
        progress.WriteLine($"Done: {rounds} rounds, {totals.Items} items read, {totals.New} new, {totals.Updated} updated, {totals.Duplicates} duplicates.");
        progress.WriteLine($"Alerts delivered: {string.Join(", ", ChannelNames.All.Select(c => $"{c} {totals.Alerts.GetValueOrDefault(c)}"))}" +
                           (totals.DeliveryFailures > 0 ? $" ({totals.DeliveryFailures} failed deliveries, kept pending in the ledger)" : string.Empty));
        progress.WriteLine($"Outbox: {outDir} (email/*.eml, teams/*.json, webhooks/*.json)");
        if (totals.Alerts.Values.Sum() == 0)
            progress.WriteLine("No new alerts: this storage had already seen every story (run with --fresh to start over).");

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                rounds,
                items = totals.Items,
                @new = totals.New,
                updated = totals.Updated,
                duplicates = totals.Duplicates,
                alerts = ChannelNames.All.ToDictionary(c => c, c => totals.Alerts.GetValueOrDefault(c)),
            }));
        }
        return ExitCodes.Ok;
    }

    private static async Task<DemoFeedServer> StartFeedServerAsync(DemoNewsroom newsroom)
    {
        try
        {
            return await DemoFeedServer.StartAsync(newsroom, FeedServerPort);
        }
        catch (IOException)
        {
            return await DemoFeedServer.StartAsync(newsroom, Azurite.FreePort());
        }
    }

    private static async Task CreateTablesAsync(TableStorageInitializer init, CancellationToken ct)
    {
        // A table deleted a moment ago (--fresh) cannot be re-created for a short while; wait it out.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await init.EnsureCreatedAsync(ct);
                return;
            }
            catch (global::Azure.RequestFailedException ex) when (ex.Status == 409 && attempt < 20)
            {
                await Task.Delay(500, ct);
            }
        }
    }

    /// <summary>The demo's subscribers: one per channel, all topics. The webhook endpoint keeps its secret across runs.</summary>
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var subscriptions = services.GetRequiredService<ISubscriptionStore>();
        foreach (var s in DemoSubscriptions) await subscriptions.UpsertAsync(s, ct);
        var endpoints = services.GetRequiredService<IWebhookEndpointStore>();
        if (await endpoints.GetAsync("wh-demo", ct) is null)
        {
            await endpoints.SaveAsync(new WebhookEndpoint
            {
                Id = "wh-demo", Url = "http://127.0.0.1:9/watcher-demo-receiver", Secrets = [WebhookSigner.NewSecret()],
                Created = TimeProvider.System.GetUtcNow(),
            }, ct);
        }
    }

    private sealed class Totals
    {
        public int Items, New, Updated, Duplicates, DeliveryFailures;
        public Dictionary<string, int> Alerts { get; } = new(StringComparer.Ordinal);

        public void Add(LocalCycleResult r)
        {
            Items += r.Report.ItemsRead;
            New += r.Report.New;
            Updated += r.Report.Updated;
            Duplicates += r.Report.Duplicates;
            DeliveryFailures += r.DeliveryFailures;
            foreach (var (channel, n) in r.Delivered) Alerts[channel] = Alerts.GetValueOrDefault(channel) + n;
        }
    }
}
