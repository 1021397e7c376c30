namespace Watcher.Core.Tests;

/// <summary>Where the repository and the shared corpora are, found from the test assembly's folder.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/corpora beside the project folder (read in place, never copied in).</summary>
    public static string Corpora => InShared("corpora");

    public static string SeedArticle => InShared("domain", "seed-article.txt");

    /// <summary>A path under ../shared; a clone that is not beside shared/ gets a message saying so, not a bare missing path.</summary>
    private static string InShared(params string[] parts)
    {
        var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        if (!Directory.Exists(shared))
            throw new DirectoryNotFoundException($"The corpora and the seed article are read from {shared}, the folder beside this repository: clone Watcher beside shared/ to run these tests.");
        return Path.Combine([shared, .. parts]);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Watcher.sln not found above " + AppContext.BaseDirectory);
    }
}
