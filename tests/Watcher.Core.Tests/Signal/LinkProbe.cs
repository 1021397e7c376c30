using System.Text;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// For every dev set (holdout 16 included; the unseen sets never), clusters in file order as QualityTests does and writes
/// the figures, the predicted same-story pairs, and for each item that joined a story the single pair decision that put it
/// there (the best-scoring candidate item, its score and the pair's predicates), and the mean candidates per lookup (what a new
/// index key costs). Runs only with WATCHER_LINK_PROBE=1, writes to WATCHER_LINK_PROBE_OUT (default: the temp folder).
/// </summary>
public class LinkProbe
{
    private static string? Country(LabelledItem item) => QualityTests.WithoutSourceCountry ? null : item.SourceCountry;

    [Fact]
    public async Task Links()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_LINK_PROBE") != "1") return;
        var dir = Environment.GetEnvironmentVariable("WATCHER_LINK_PROBE_OUT") ?? Path.GetTempPath();
        var sets = LabelledSet.DevSets;
        var figures = new StringBuilder();
        var pairs = new StringBuilder();
        var links = new StringBuilder();
        foreach (var (name, path) in sets)
        {
            var items = LabelledSet.Load(path);
            var index = new InMemoryStoryIndex();
            var matcher = new StoryMatcher(index);
            var idOf = new Dictionary<StoryFingerprint, string>(ReferenceEqualityComparer.Instance);
            var predicted = new Dictionary<string, string>();
            var members = new Dictionary<string, List<StoryFingerprint>>();
            var cluster = items.ToDictionary(i => i.Id, i => i.Cluster);
            var seen = new Dictionary<string, IReadOnlyList<StoryCandidate>>();
            links.AppendLine($"## {name}");
            foreach (var item in items)
            {
                var f = StoryFingerprint.Of(item.Title, item.Text, item.Link, Country(item));
                idOf[f] = item.Id;
                var candidates = await index.CandidatesAsync(f);
                seen[item.Id] = candidates;
                var story = matcher.FindAmong(f, candidates) ?? "story-" + item.Id;
                // measuring other membership rules: "first" indexes no copies (a story is found by its first item only);
                // "all" lets an item join only a story every known member of which it matches
                var mode = Environment.GetEnvironmentVariable("WATCHER_LINK_MODE");
                if (mode == "all" && members.TryGetValue(story, out var known) && known.Any(m => StoryMatcher.Score(f, m) < StoryMatcher.DefaultThreshold))
                    story = "story-" + item.Id;
                (members.TryGetValue(story, out var list) ? list : members[story] = []).Add(f);
                predicted[item.Id] = story;
                if (story == "story-" + item.Id) await matcher.AddAsync(story, f);
                else
                {
                    if (Environment.GetEnvironmentVariable("WATCHER_LINK_MODE") != "first") await matcher.AddCopyAsync(story, f);
                    var best = candidates.Where(c => c.StoryId == story).Select(c => (c, s: StoryMatcher.Score(f, c.Fingerprint))).MaxBy(t => t.s);
                    var other = idOf[best.c.Fingerprint];
                    var ok = cluster[other] == item.Cluster ? "ok" : "FALSE";
                    links.AppendLine($"{ok} {item.Id} -> {other} ({story}) score {best.s:0.00}/{StoryMatcher.Score(best.c.Fingerprint, f):0.00} sim {f.Similarity(best.c.Fingerprint):0.00} title {f.TitleSimilarity(best.c.Fingerprint):0.00}");
                    if (ok == "FALSE")
                    {
                        var o = best.c.Fingerprint;
                        links.AppendLine($"   A {item.Title}\n   B {items.First(i => i.Id == other).Title}");
                        links.AppendLine($"   A facts: {string.Join(" | ", f.Facts)}; homes {string.Join(",", f.HomeCountries)}; rates {string.Join(",", f.Rates)}; figures {string.Join(",", f.Figures)}; digest {f.IsDigestHeadline}");
                        links.AppendLine($"   B facts: {string.Join(" | ", o.Facts)}; homes {string.Join(",", o.HomeCountries)}; rates {string.Join(",", o.Rates)}; figures {string.Join(",", o.Figures)}; digest {o.IsDigestHeadline}");
                        links.AppendLine($"   shared figures {f.SharedFigures(o)} rates {f.SharedRates(o)} hlFigIn {f.HeadlineFigureIn(o)}/{o.HeadlineFigureIn(f)} topicWord {f.HeadlinesShareATopicWord(o)} wordOfTopic {f.HeadlinesShareAWordOfTheirTopic(o)} namesMeasureOf {f.HeadlineNamesMeasureOf(o)}/{o.HeadlineNamesMeasureOf(f)} otherGoods {f.HeadlinesNameOtherGoods(o)} onlyOther {f.HeadlinesNameOnlyOtherTopics(o)} sameForum {f.HeadlinesNameSameForum(o)} containment {f.Containment(o):0.00}/{o.Containment(f):0.00} words {f.WordCount}/{o.WordCount}");
                    }
                }
            }
            var fps = items.Select(i => (i, f: StoryFingerprint.Of(i.Title, i.Text, i.Link, Country(i)))).ToList();
            for (var i = 0; i < fps.Count; i++)
                for (var j = i + 1; j < fps.Count; j++)
                {
                    var (x, y) = (fps[i].f, fps[j].f);
                    if (x.Figures.Count >= 2 && y.Figures.Count >= 2 && x.SharedFigures(y) == 0 && Math.Max(StoryMatcher.Score(x, y), StoryMatcher.Score(y, x)) >= 0.3)
                        links.AppendLine($"FIGDISJOINT {(fps[i].i.Cluster == fps[j].i.Cluster ? "same" : "diff")} {fps[i].i.Id} {fps[j].i.Id} score {StoryMatcher.Score(x, y):0.00} sim {x.Similarity(y):0.00}");
                }
            if (Environment.GetEnvironmentVariable("WATCHER_LINK_SPLITS")?.Split(',').Contains(name) == true)
                foreach (var g in fps.GroupBy(x => x.i.Cluster).Where(g => g.Select(x => predicted[x.i.Id]).Distinct().Count() > 1))
                {
                    links.AppendLine($"SPLIT {g.Key}");
                    foreach (var (i, f) in g)
                        links.AppendLine($"   {i.Id} [{i.Source} {i.SourceCountry}] -> {predicted[i.Id]} | {i.Title} | facts {string.Join(" ", f.Facts)} homes {string.Join(",", f.HomeCountries)} occ {string.Join(",", f.Occasion)} words {f.WordCount} | {(i.Text.Length > 160 ? i.Text[..160] : i.Text).Replace('\n', ' ')}");
                    var list = g.ToList();
                    for (var x = 0; x < list.Count; x++)
                        for (var y = x + 1; y < list.Count; y++)
                            if (predicted[list[x].i.Id] != predicted[list[y].i.Id])
                            {
                                {
                                    // the kind: why the later item did not join the earlier one's story
                                    var later = list[y].i.Id;
                                    var earlierStory = predicted[list[x].i.Id];
                                    var cands = seen[later].Where(c => c.StoryId == earlierStory).ToList();
                                    var best = cands.Count == 0 ? -1 : cands.Max(c => StoryMatcher.Score(list[y].f, c.Fingerprint));
                                    var kind = predicted[later] != "story-" + later ? "d:joined-other"
                                        : cands.Count == 0 ? "a:no-candidate"
                                        : best >= StoryMatcher.DefaultThreshold ? "?:scored-above" : best == 0 ? "c:guard(0)" : "b:below";
                                    links.AppendLine($"     KIND {name} {list[x].i.Id} / {later}: {kind} best {best:0.00} ncands {seen[later].Count}");
                                }
                                var (fa, fb) = (list[x].f, list[y].f);
                                links.AppendLine($"     {list[x].i.Id} / {list[y].i.Id}: score {StoryMatcher.Score(fa, fb):0.00}/{StoryMatcher.Score(fb, fa):0.00} sim {fa.Similarity(fb):0.00} title {fa.TitleSimilarity(fb):0.00} otherOcc {fa.HeadlinesNameOtherOccasion(fb)} homesDiffer {fa.HomesDiffer(fb)} compat {fa.EntitiesCompatible(fb)} otherParties {fa.HeadlinesNameOtherParties(fb)} topic {fa.HeadlinesShareATopicWord(fb)} cont {fa.Containment(fb):0.00} shFig {fa.SharedFigures(fb)} shRates {fa.SharedRates(fb)} digest {fa.IsDigestHeadline}/{fb.IsDigestHeadline}");
                            }
                }
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < items.Count; i++)
                for (var j = i + 1; j < items.Count; j++)
                {
                    var want = items[i].Cluster == items[j].Cluster;
                    var got = predicted[items[i].Id] == predicted[items[j].Id];
                    if (want && got) tp++;
                    else if (got) fp++;
                    else if (want) fn++;
                    if (got) pairs.AppendLine($"{name} {items[i].Id} {items[j].Id} {(want ? "tp" : "fp")}");
                    else if (want) pairs.AppendLine($"{name} {items[i].Id} {items[j].Id} fn");
                }
            double p = tp + fp == 0 ? 1 : (double)tp / (tp + fp), r = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            figures.AppendLine($"{name}: P {p:0.000} R {r:0.000} F1 {(p + r == 0 ? 0 : 2 * p * r / (p + r)):0.000} tp {tp} fp {fp} fn {fn} candidates/lookup {seen.Values.Average(c => c.Count):0.00}");
        }
        var tag = (QualityTests.WithoutSourceCountry ? "-nosc" : "") + (Environment.GetEnvironmentVariable("WATCHER_LINK_MODE") is { Length: > 0 } m ? "-" + m : "");
        await File.WriteAllTextAsync(Path.Combine(dir, $"link-figures{tag}.txt"), figures.ToString());
        await File.WriteAllTextAsync(Path.Combine(dir, $"link-pairs{tag}.txt"), pairs.ToString());
        await File.WriteAllTextAsync(Path.Combine(dir, $"links{tag}.md"), links.ToString());
    }
}
