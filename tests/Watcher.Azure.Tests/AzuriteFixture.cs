using Azure.Data.Tables;
using Watcher.Cli.LocalHost;

namespace Watcher.Azure.Tests;

/// <summary>
/// One private Azurite per test run, in memory, on free ports, started from the repository's node_modules
/// (`npm ci`). Tests get fresh tables by using a unique table-name prefix or a fresh account scope.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running");

    public TableServiceClient Tables => new(ConnectionString);

    public static string RepoRoot { get; } = FindRepoRoot();

    public async Task InitializeAsync() => _azurite = await Azurite.StartEphemeralAsync(RepoRoot, TextWriter.Null);

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// <summary>Deletes every Watcher table so a test starts from empty storage.</summary>
    public async Task ResetAsync()
    {
        var service = Tables;
        foreach (var name in Tables.Query().Select(t => t.Name).ToList()) await service.DeleteTableAsync(name);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Watcher.sln not found");
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}

/// <summary>
/// For tests that observe process-wide state (the "Watcher" Meter): runs alone, never beside another test class,
/// with its own Azurite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite-serial";
}
