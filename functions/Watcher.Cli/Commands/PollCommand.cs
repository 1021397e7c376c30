using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;

namespace Watcher.Cli.Commands;

/// <summary>`watcher poll --once`: every configured source now, due or not; alerts delivered before exit.</summary>
public static class PollCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<int> RunAsync(CommandLine cmd, CancellationToken ct)
    {
        if (!cmd.Flag("once")) throw new UsageException("poll needs --once (the long-running form is `watcher serve`)");
        var json = cmd.Flag("json");
        cmd.EnsureAllUsed();
        var log = json ? Console.Error : Console.Out;
        var overrides = new Dictionary<string, string?>(cmd.ConfigOverrides, StringComparer.OrdinalIgnoreCase);
        await using var azurite = await LocalStorage.EnsureAsync(overrides, Console.Error, ct);

        using var host = WatcherHost.BuildConsoleHost(overrides);
        await host.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync(ct);
        await SubscriptionsFile.SeedAsync(host.Services, host.Services.GetRequiredService<IConfiguration>(), ct);
        var catalog = host.Services.GetRequiredService<SourceCatalog>();
        var result = await host.Services.GetRequiredService<LocalCycleRunner>().RunAsync(catalog.Sources, ct);
        // A first cycle's rows may still be written behind its report (PollOptions.WriteBaselineBehind): written before the process ends.
        await host.Services.GetRequiredService<PollCycle>().WrittenAsync();
        var r = result.Report;

        log.WriteLine($"{r.Sources} sources: {r.Fetched} fetched, {r.NotModified} not modified, {r.Failed} failed · {r.New} new, {r.Updated} updated, {r.Duplicates} duplicates · {r.Alerts} alerts");
        foreach (var item in r.Items) log.WriteLine($"  {item.Change.ToString().ToLowerInvariant(),-9} {item.Source,-16} {item.Title}");
        if (json) Console.Out.WriteLine(JsonSerializer.Serialize(r, Json));
        return ExitCodes.Ok;
    }
}
