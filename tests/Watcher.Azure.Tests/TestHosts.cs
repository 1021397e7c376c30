using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.Commands;
using Watcher.Cli.LocalHost;

namespace Watcher.Azure.Tests;

/// <summary>
/// The local host's services on Azurite, built as the tests need them: storage created, loopback sources allowed (the
/// tests' feed servers are on 127.0.0.1), and the test's own settings and registrations on top.
/// </summary>
public static class TestHosts
{
    /// <param name="settings">Configuration over the defaults (the storage connection and private addresses).</param>
    /// <param name="services">Registrations after the host's own, so they win (a fake clock, a watched Table client).</param>
    /// <param name="seedDemo">Also save the demo's subscribers and webhook, so alerts have somewhere to go.</param>
    public static async Task<IHost> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, bool seedDemo = false, LogLevel logLevel = LogLevel.Warning)
    {
        var builder = Host.CreateApplicationBuilder();
        var all = new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        builder.Configuration.AddWatcherConfiguration(all);
        builder.AddWatcherServices(logLevel);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        if (seedDemo) await DemoCommand.SeedAsync(host.Services, CancellationToken.None);
        return host;
    }

    /// <summary>
    /// The local host `watcher serve` runs (<see cref="ServeCommand.Build"/>) on a loopback port of its own choosing, without
    /// timers, on Azurite with its storage created, not yet started (a test may save rows first); once started it answers at
    /// <c>Urls.First()</c>. Unlike <see cref="StartAsync"/> it does not allow private addresses by default: it is the served host
    /// as `watcher serve` runs it, with production's default (private and loopback sources refused), so a test whose feed or
    /// webhook server is on 127.0.0.1 says so in its settings (<c>Watcher:Net:AllowPrivateAddresses</c>), and the route tests
    /// that fetch nothing run with the refusal on.
    /// </summary>
    /// <param name="settings">Configuration over the storage connection (an API key, a sources file, private addresses).</param>
    public static async Task<WebApplication> ServeAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var app = ServeCommand.Build(all, "http://127.0.0.1:0", timers: false);
        await app.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        return app;
    }
}
