using System.Text;
using System.Text.Json;
using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Relevance on every dev set, alone (no clustering or extraction): per set tp, fp, fn, precision and recall, and each
/// error with its headline, so a change to the default topics can be judged by how many items it changes in every set.
/// Runs only with WATCHER_RELEVANCE_PROBE=1 and writes to WATCHER_RELEVANCE_OUT (default: the temp folder); with
/// WATCHER_RELEVANCE_QUERIES naming a JSON file of topic → query it measures those queries instead of the default ones
/// (to try a rule without a build), and it writes the default queries there when the file does not exist. The unseen
/// sets are never read.
/// </summary>
public class RelevanceProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_RELEVANCE_PROBE") != "1") return;
        var queries = DefaultTopics.Queries;
        if (Environment.GetEnvironmentVariable("WATCHER_RELEVANCE_QUERIES") is { Length: > 0 } file)
        {
            if (File.Exists(file)) queries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
            else File.WriteAllText(file, JsonSerializer.Serialize(queries, new JsonSerializerOptions { WriteIndented = true }));
        }
        var matcher = new QueryTopicMatcher(queries);
        var sb = new StringBuilder();
        var errors = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets)
        {
            var items = LabelledSet.Load(path);
            var score = QualityTests.Relevance(items, matcher);
            sb.Append($"{name,-11} P {score.Precision:F3} R {score.Recall:F3} tp {score.Tp} fp {score.Fp} fn {score.Fn}");
            foreach (var topic in new[] { DefaultTopics.Tariffs, DefaultTopics.Summits })
            {
                var one = QualityTests.Relevance(items, matcher, topic);
                sb.Append($" | {topic} P {one.Precision:F3} R {one.Recall:F3}");
            }
            sb.AppendLine();
            var titles = items.ToDictionary(i => i.Id, i => i.Title);
            foreach (var e in score.Errors)
                errors.AppendLine($"{name} {e} | {titles[e[(e.LastIndexOf(' ') + 1)..]]}");
        }
        var output = Environment.GetEnvironmentVariable("WATCHER_RELEVANCE_OUT") ?? Path.Combine(Path.GetTempPath(), "relevance-probe.txt");
        File.WriteAllText(output, sb.ToString() + "\n" + errors);
    }
}
