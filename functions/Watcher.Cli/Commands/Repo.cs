namespace Watcher.Cli.Commands;

/// <summary>Where the repository is: WATCHER_REPO (set by the ./watcher launcher), else the folder holding Watcher.sln above here.</summary>
internal static class Repo
{
    public static string Root
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("WATCHER_REPO");
            if (!string.IsNullOrEmpty(env)) return env;
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) return dir.FullName;
            }
            return Directory.GetCurrentDirectory();
        }
    }
}
