using System.Text;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Clustering figures on every dev set and, for each error pair of the sets named in WATCHER_CLUSTER_PROBE_SETS, both
/// items' headlines, ledes, facts and the pair's score both ways, for reading why a pair joined or split. Runs only with
/// WATCHER_CLUSTER_PROBE=1 and writes to WATCHER_CLUSTER_PROBE_OUT (default: the temp folder). The unseen sets are never read.
/// </summary>
public class ClusterProbe
{
    private static readonly (string Name, string Path)[] DevSets = LabelledSet.DevSets;

    private static string Predicates(StoryFingerprint a, StoryFingerprint b) =>
        $"otherOccasion {a.HeadlinesNameOtherOccasion(b)} rateNotIn {a.HeadlineRateNotIn(b)} otherParties {a.HeadlinesNameOtherParties(b)} onlyOtherTopics {a.HeadlinesNameOnlyOtherTopics(b)} "
        + $"otherProducts {a.HeadlinesNameOtherProducts(b)} otherGoods {a.HeadlinesNameOtherGoods(b)} compatible {a.EntitiesCompatible(b)} namesMeasureOf {a.HeadlineNamesMeasureOf(b)} namesMeetingOf {a.HeadlineNamesMeetingOf(b)} "
        + $"topicWord {a.HeadlinesShareATopicWord(b)} wordOfTopic {a.HeadlinesShareAWordOfTheirTopic(b)} related {a.HeadlinesRelated(b)} sameParties {a.HeadlinesNameSameParties(b)} sameForum {a.HeadlinesNameSameForum(b)} oneMeetingsParties {a.HeadlinesNameOneMeetingsParties(b)} "
        + $"containment {a.Containment(b):0.00} sharedFigures {a.SharedFigures(b)} sharedRates {a.SharedRates(b)} hlFigureIn {a.HeadlineFigureIn(b)} ownProduct {a.HeadlineNamesOwnProduct(b)} productOf {a.HeadlineNamesProductOf(b)}";

    private static string? Country(LabelledItem item) => QualityTests.WithoutSourceCountry ? null : item.SourceCountry;

    [Fact]
    public async Task Figures()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_CLUSTER_PROBE") != "1") return;
        var detail = (Environment.GetEnvironmentVariable("WATCHER_CLUSTER_PROBE_SETS") ?? "holdout-13").Split(',');
        var sb = new StringBuilder();
        var errors = new StringBuilder();
        foreach (var (name, path) in DevSets)
        {
            var items = LabelledSet.Load(path);
            var score = await QualityTests.Clustering(items);
            sb.AppendLine($"{name}: P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000} tp {score.Tp} fp {score.Fp} fn {score.Fn}");
            if (!detail.Contains(name)) continue;
            var byId = items.ToDictionary(i => i.Id);
            errors.AppendLine($"## {name}");
            var matcher = new StoryMatcher(new InMemoryStoryIndex());
            var wrong = score.Errors.SelectMany(e => e[(e.IndexOf(':') + 2)..].Split(e.StartsWith("merged") ? " + " : " / ")).ToHashSet();
            foreach (var item in items)
            {
                var f = StoryFingerprint.Of(item.Title, item.Text, item.Link, Country(item));
                var story = await matcher.FindAsync(f) ?? "story-" + item.Id;
                if (story == "story-" + item.Id) await matcher.AddAsync(story, f);
                else await matcher.AddCopyAsync(story, f);
                if (wrong.Contains(item.Id)) errors.AppendLine($"  {item.Id} -> {story}");
            }
            foreach (var e in score.Errors)
            {
                var ids = e[(e.IndexOf(':') + 2)..].Split(e.StartsWith("merged") ? " + " : " / ");
                var (x, y) = (byId[ids[0]], byId[ids[1]]);
                var (a, b) = (StoryFingerprint.Of(x.Title, x.Text, x.Link, Country(x)), StoryFingerprint.Of(y.Title, y.Text, y.Link, Country(y)));
                errors.AppendLine($"### {e}  score {StoryMatcher.Score(a, b):0.00}/{StoryMatcher.Score(b, a):0.00} sim {a.Similarity(b):0.00} title {a.TitleSimilarity(b):0.00}");
                errors.AppendLine("  " + Predicates(a, b));
                errors.AppendLine("  " + Predicates(b, a));
                foreach (var (i, f) in new[] { (x, a), (y, b) })
                {
                    var lede = i.Text.Length > 400 ? i.Text[..400] + "…" : i.Text;
                    errors.AppendLine($"- {i.Id} [{i.Source}] **{i.Title}**");
                    errors.AppendLine($"  {lede.Replace('\n', ' ')}");
                    errors.AppendLine($"  title words: {string.Join(" ", f.TitleWords)}; entities: {string.Join(",", f.Entities)}; meeting {f.NamesMeeting} meetingHl {f.IsMeetingHeadline} forum {f.NamesForum} minist {f.IsMinisterialHeadline} trade {f.IsTradeHeadline} measureHl {f.IsMeasureHeadline} offtopic {f.HeadlineOffTopic} live {f.IsLiveHeadline} leaders {f.HeadlineNamesLeaders}");
                    errors.AppendLine($"  facts: {string.Join(" | ", f.Facts)}; homes: {string.Join(",", f.HomeCountries)}; rates: {string.Join(",", f.Rates)}; figures: {string.Join(",", f.Figures)}; words {f.WordCount}");
                }
            }
        }
        var dir = Environment.GetEnvironmentVariable("WATCHER_CLUSTER_PROBE_OUT") ?? Path.GetTempPath();
        await File.WriteAllTextAsync(Path.Combine(dir, "cluster-probe.txt"), sb.ToString());
        await File.WriteAllTextAsync(Path.Combine(dir, "cluster-probe-errors.md"), errors.ToString());
    }
}
