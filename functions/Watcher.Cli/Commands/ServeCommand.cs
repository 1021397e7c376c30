using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;

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
        await using var app = Build(overrides, urls);
        await app.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync(ct);
        await SubscriptionsFile.SeedAsync(app.Services, app.Configuration, ct);
        await app.RunAsync(ct);
        return ExitCodes.Ok;
    }

    /// <summary>The local host as a WebApplication (tests start it on a free port).</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, string urls, bool timers = true)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddWatcherConfiguration(overrides);
        builder.AddWatcherServices(LogLevel.Information);
        builder.WebHost.UseUrls(urls);
        if (timers) builder.Services.AddHostedService<PollTimer>();
        if (timers) builder.Services.AddHostedService<DigestTimer>();
        if (timers) builder.Services.AddHostedService<RetentionTimer>();
        var app = builder.Build();
        app.MapWatcherRoutes();
        return app;
    }
}
