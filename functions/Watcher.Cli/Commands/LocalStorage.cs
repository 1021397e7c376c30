using Microsoft.Extensions.Configuration;
using Watcher.Cli.LocalHost;

namespace Watcher.Cli.Commands;

/// <summary>
/// The storage a verb uses: the configured connection string, or, when that is the default development storage
/// and nothing listens there, an Azurite started for the verb's lifetime.
/// </summary>
internal static class LocalStorage
{
    public const string Key = "Watcher:Storage:ConnectionString";

    public static async Task<Azurite?> EnsureAsync(Dictionary<string, string?> overrides, TextWriter log, CancellationToken ct)
    {
        var probe = new ConfigurationBuilder();
        probe.AddWatcherConfiguration(overrides);
        var built = probe.Build();
        if (!string.IsNullOrWhiteSpace(built["Watcher:Storage:AccountName"])) return null; // a real account, reached by identity
        var configured = built[Key];
        if (!string.IsNullOrEmpty(configured) && configured != "UseDevelopmentStorage=true") return null;
        var azurite = await Azurite.StartOrReuseAsync(Repo.Root, Path.Combine(Repo.Root, ".watcher", "azurite"), log, ct);
        overrides[Key] = azurite.ConnectionString;
        return azurite;
    }
}
