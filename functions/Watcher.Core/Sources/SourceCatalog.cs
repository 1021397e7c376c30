using System.Reflection;
using Microsoft.Extensions.Options;
using Watcher.Core.Matching;

namespace Watcher.Core.Sources;

public sealed class SourcesOptions
{
    public const string Section = "Watcher:Sources";
    /// <summary>Path of a sources.json; null means the bundled one.</summary>
    public string? File { get; set; }
}

/// <summary>The configured sources and topic queries (sources.json merged over the default topics).</summary>
public sealed class SourceCatalog
{
    public SourceCatalog(IOptions<SourcesOptions> options) : this(Load(options.Value.File)) { }

    public SourceCatalog(SourcesFile file)
    {
        Sources = file.Sources;
        var topics = new Dictionary<string, string>(DefaultTopics.Queries, StringComparer.Ordinal);
        foreach (var (name, query) in file.Topics) topics[name] = query;
        Topics = topics;
    }

    public IReadOnlyList<SourceDefinition> Sources { get; }
    public IReadOnlyDictionary<string, string> Topics { get; }

    public static SourcesFile Load(string? path)
    {
        if (!string.IsNullOrEmpty(path)) return SourcesFile.Load(path);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Watcher.Core.Sources.sources.json")
            ?? throw new InvalidOperationException("bundled sources.json is missing");
        return SourcesFile.Parse(stream, "bundled sources.json");
    }
}
