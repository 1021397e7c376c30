using System.Text;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (cluster31): how far candidate recall mechanisms reach, pair by pair, before any is written into the scorer. For
/// every pair of items of the sets named in WATCHER_RECALL_PROBE_SETS (the unseen sets never) that the scorer puts under the
/// threshold both ways, whether each mechanism would join it, and whether the two are one story. Runs only with
/// WATCHER_RECALL_PROBE=1, writes recall-mechanisms.txt to WATCHER_RECALL_PROBE_OUT (default: the temp folder).
/// </summary>
public class RecallMechanismProbe
{
    private static string? Country(LabelledItem item) => QualityTests.WithoutSourceCountry ? null : item.SourceCountry;

    private static readonly (string Name, Func<StoryFingerprint, StoryFingerprint, double, bool> Joins)[] Mechanisms =
    [
        ("headline-contained-0.9", (a, b, s) => Short(a, b) && a.Containment(b) >= 0.9),
        ("headline-contained-0.9+rate", (a, b, s) => Short(a, b) && a.Containment(b) >= 0.9 && (a.SharedRates(b) > 0 || a.HeadlineFigureIn(b) || b.HeadlineFigureIn(a))),
        ("headline-rate-in-other+home", (a, b, s) => Short(a, b) && a.Containment(b) >= 0.5 && (HeadlineOf(a, b).HeadlineFigureIn(OtherOf(a, b))) && OneHome(a, b)),
        ("headline-names-lede-goods", (a, b, s) => Short(a, b) && NamesGoods(HeadlineOf(a, b), OtherOf(a, b)) && a.Containment(b) >= 0.4),
        ("headline-names-lede-goods+rate", (a, b, s) => Short(a, b) && NamesGoods(HeadlineOf(a, b), OtherOf(a, b)) && (a.SharedRates(b) > 0 || HeadlineOf(a, b).HeadlineFigureIn(OtherOf(a, b)))),
        ("home+rate+trade", (a, b, s) => OneHome(a, b) && a.SharedRates(b) > 0 && a.IsTradeHeadline && b.IsTradeHeadline && a.Similarity(b) >= 0.1),
        ("home+topicword+sim0.15", (a, b, s) => OneHome(a, b) && a.HeadlinesShareAWordOfTheirTopic(b) && a.Similarity(b) >= 0.15),
        ("home+topicword+sim0.12", (a, b, s) => OneHome(a, b) && a.HeadlinesShareAWordOfTheirTopic(b) && a.Similarity(b) >= 0.12),
        ("home+topicword+sim0.10", (a, b, s) => OneHome(a, b) && a.HeadlinesShareAWordOfTheirTopic(b) && a.Similarity(b) >= 0.10),
        ("home+topicword+sim0.12+short", (a, b, s) => OneHome(a, b) && a.HeadlinesShareAWordOfTheirTopic(b) && (a.Similarity(b) >= 0.12 || (Short(a, b) && a.Containment(b) >= 0.6))),
        ("topicword+sim0.2", (a, b, s) => a.HeadlinesShareAWordOfTheirTopic(b) && a.Similarity(b) >= 0.2),
    ];

    private static bool Short(StoryFingerprint a, StoryFingerprint b) => Math.Min(a.WordCount, b.WordCount) is >= 4 and <= StoryMatcher.ShortWords;
    private static StoryFingerprint HeadlineOf(StoryFingerprint a, StoryFingerprint b) => a.WordCount <= b.WordCount ? a : b;
    private static StoryFingerprint OtherOf(StoryFingerprint a, StoryFingerprint b) => a.WordCount <= b.WordCount ? b : a;
    private static bool OneHome(StoryFingerprint a, StoryFingerprint b) => a.HomeCountries.Count > 0 && b.HomeCountries.Count > 0 && a.HomeCountries.Intersect(b.HomeCountries).Any();

    private static bool NamesGoods(StoryFingerprint headline, StoryFingerprint other)
    {
        foreach (var fact in other.ParsedFacts)
            if (fact.IsMeasure)
                foreach (var product in fact.Products)
                    foreach (var word in product.Split(' ', ',', '-'))
                        if (word.Length > 3 && word != "good" && word != "product" && headline.TitleWords.Any(w => w == word || w == word + "s" || word == w + "s")) return true;
        return false;
    }

    [Fact]
    public void Reach()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_RECALL_PROBE") != "1") return;
        var only = (Environment.GetEnvironmentVariable("WATCHER_RECALL_PROBE_SETS") ?? "holdout-12").Split(',');
        var dir = Environment.GetEnvironmentVariable("WATCHER_RECALL_PROBE_OUT") ?? Path.GetTempPath();
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets.Where(s => only.Contains(s.Name)))
        {
            var items = LabelledSet.Load(path);
            var fps = items.Select(i => (i, f: StoryFingerprint.Of(i.Title, i.Text, i.Link, Country(i)))).ToList();
            var counts = Mechanisms.ToDictionary(m => m.Name, _ => (Same: 0, Other: 0));
            for (var x = 0; x < fps.Count; x++)
                for (var y = x + 1; y < fps.Count; y++)
                {
                    var (a, b) = (fps[y].f, fps[x].f);
                    var s = Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));
                    if (s >= StoryMatcher.DefaultThreshold || s <= 0) continue;
                    var same = fps[x].i.Cluster == fps[y].i.Cluster;
                    foreach (var (m, joins) in Mechanisms)
                        if (joins(a, b, s))
                        {
                            var c = counts[m];
                            counts[m] = same ? (c.Same + 1, c.Other) : (c.Same, c.Other + 1);
                            sb.AppendLine($"{name} {m} {(same ? "same" : "OTHER")} {fps[x].i.Id} / {fps[y].i.Id} score {s:0.00} cont {a.Containment(b):0.00} | {fps[x].i.Title} | {fps[y].i.Title}");
                        }
                }
            foreach (var (m, c) in counts) sb.AppendLine($"TOTAL {name} {m} same {c.Same} other {c.Other}");
        }
        File.WriteAllText(Path.Combine(dir, $"recall-mechanisms{(QualityTests.WithoutSourceCountry ? "-nosc" : "")}.txt"), sb.ToString());
    }
}
