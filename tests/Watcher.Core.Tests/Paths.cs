namespace Watcher.Core.Tests;

/// <summary>Where the repository and the shared corpora are, found from the test assembly's folder.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/corpora beside the project folder (read in place, never copied in).</summary>
    public static string Corpora => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpora"));

    public static string SeedArticle => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "domain", "seed-article.txt"));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Watcher.sln not found above " + AppContext.BaseDirectory);
    }
}
