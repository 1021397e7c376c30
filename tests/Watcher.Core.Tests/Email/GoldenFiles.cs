namespace Watcher.Core.Tests.Email;

/// <summary>Compares output with tests/Watcher.Core.Tests/Email/golden/NAME exactly; WATCHER_UPDATE_GOLDEN=1 rewrites the files instead.</summary>
public static class GoldenFiles
{
    public static string Directory => Path.Combine(Paths.RepoRoot, "tests", "Watcher.Core.Tests", "Email", "golden");

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        if (Environment.GetEnvironmentVariable("WATCHER_UPDATE_GOLDEN") is "1" or "true")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests once with WATCHER_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
