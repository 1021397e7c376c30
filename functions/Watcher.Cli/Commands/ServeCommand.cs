using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;
using Watcher.Core.Pipeline;

namespace Watcher.Cli.Commands;

/// <summary>`watcher serve`: the long-running local host (timers and routes of the Function app).</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CommandLine cmd, CancellationToken ct)
    {
        var urls = cmd.Option("urls") ?? "http://127.0.0.1:7071";
        cmd.EnsureAllUsed();
        var overrides = new Dictionary<string, string?>(cmd.ConfigOverrides, StringComparer.OrdinalIgnoreCase);
        await using var azurite = await LocalStorage.EnsureAsync(overrides, Console.Error, ct);
        await using var app = Build(overrides, urls, warmup: true);
        await app.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync(ct);
        await SubscriptionsFile.SeedAsync(app.Services, app.Configuration, ct);
        await app.RunAsync(ct);
        return ExitCodes.Ok;
    }

    /// <summary>The local host as a WebApplication (tests start it on a free port).</summary>
    /// <param name="warmup">Run the signal path's warm-up at start (<see cref="Watcher.Core.Pipeline.SignalWarmup"/>): `watcher serve`
    /// does; tests that start the host for its routes do not need it.</param>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, string urls, bool timers = true, bool warmup = false)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddWatcherConfiguration(overrides);
        builder.AddWatcherServices(LogLevel.Information);
        builder.WebHost.UseUrls(urls);
        if (timers) builder.Services.AddHostedService<PollTimer>();
        if (timers) builder.Services.AddHostedService<DigestTimer>();
        if (timers) builder.Services.AddHostedService<RetentionTimer>();
        if (warmup) builder.Services.AddSignalWarmup();
        var app = builder.Build();
        app.MapWatcherRoutes();
        return app;
    }
}
