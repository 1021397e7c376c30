using System.Text.Json;

namespace Watcher.Core.Tests.Signal;

public sealed record LabelledMeasure(string Imposer, string Target, double Rate, string Product);

/// <summary>One hand-labelled item: which default topics it belongs to, which story it reports, which measures it states.</summary>
public sealed record LabelledItem(string Id, string Cluster, string Source, string Title, string Text, IReadOnlyList<string> Topics,
    IReadOnlyList<LabelledMeasure> Measures, string? Link);

public static class LabelledSet
{
    public static string PathOnDisk => Path.Combine(Paths.RepoRoot, "tests", "Watcher.Core.Tests", "Signal", "data", "labelled.jsonl");

    public static IReadOnlyList<LabelledItem> Load() =>
        File.ReadLines(PathOnDisk).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<LabelledItem>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
}
