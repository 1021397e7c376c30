using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Clustering's error pairs on every dev set, one line each ("merged …" / "split …"), for a pair-by-pair diff of two branches,
/// and, for the sets named in WATCHER_ACTION_SETS, each error pair whose headlines carry a word of an action (raise, cut, lift,
/// restore, return, reverse, threaten, propose …) with what <see cref="HeadlineAction"/> reads on each side. Runs only with
/// WATCHER_ACTION_PROBE=1 and writes WATCHER_ACTION_PROBE_OUT (default: the temp folder's action-probe.txt). The unseen sets
/// are never read.
/// </summary>
public partial class ActionPairProbe
{
    private static string? Country(LabelledItem item) => QualityTests.WithoutSourceCountry ? null : item.SourceCountry;

    private static object? Read(StoryFingerprint f, string property) =>
        typeof(StoryFingerprint).GetProperty(property, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(f);

    [GeneratedRegex(@"\b(rais|hike|increas|doubl|tripl|impos|slap|reimpos|reinstat|restor|return|revers|revert|roll(s|ed|ing)? back|rollback|undo|lift|remov|scrap|drop|suspend|paus|exempt|waiv|cut|lower|reduc|slash|halv|eas|withdraw|abolish|repeal|threat|propos|consider|mull|weigh|pass|take effect|takes effect|kick|approv|adopt)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ActionWord();

    [Fact]
    public async Task Pairs()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_ACTION_PROBE") != "1") return;
        var detail = (Environment.GetEnvironmentVariable("WATCHER_ACTION_SETS") ?? "").Split(',');
        var output = Environment.GetEnvironmentVariable("WATCHER_ACTION_PROBE_OUT") ?? Path.Combine(Path.GetTempPath(), "action-probe.txt");
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets)
        {
            var items = LabelledSet.Load(path);
            var score = await QualityTests.Clustering(items);
            sb.AppendLine($"# {name}: P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000} tp {score.Tp} fp {score.Fp} fn {score.Fn}");
            foreach (var e in score.Errors) sb.AppendLine($"{name} {e}");
            if (!detail.Contains(name)) continue;
            var byId = items.ToDictionary(i => i.Id);
            foreach (var e in score.Errors)
            {
                var ids = e[(e.IndexOf(':') + 2)..].Split(e.StartsWith("merged") ? " + " : " / ");
                var (x, y) = (byId[ids[0]], byId[ids[1]]);
                if (!ActionWord().IsMatch(x.Title) && !ActionWord().IsMatch(y.Title)) continue;
                var (a, b) = (StoryFingerprint.Of(x.Title, x.Text, x.Link, Country(x)), StoryFingerprint.Of(y.Title, y.Text, y.Link, Country(y)));
                sb.AppendLine($"ACTION {name} {(e.StartsWith("merged") ? "FALSE" : "SPLIT")} score {StoryMatcher.Score(a, b):0.00}/{StoryMatcher.Score(b, a):0.00} other {a.HeadlinesNameOtherOccasion(b)}");
                foreach (var (i, f) in new[] { (x, a), (y, b) })
                    sb.AppendLine($"   {i.Id} [{i.Cluster}] trade {Read(f, "TitleTrade")} law {Read(f, "TitleLaw")} ahead {f.HeadlineAnnouncesAhead} trade? {f.IsTradeHeadline} | {i.Title}");
            }
        }
        await File.WriteAllTextAsync(output, sb.ToString());
    }
}
