using System.Text;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (cluster32): one home's two items whose headlines share a word, weighted by how rare the word is among that home's
/// items the index holds, measured pair by pair before any of it is written into the scorer. The weight is the size of the
/// index's (home, headline word) bucket (the "w-" key of <see cref="StoryFingerprint.Keys"/>) when the later item is looked up:
/// the items before it in the set's order that carry the key, and itself. For every pair of the sets named in
/// WATCHER_RARITY_SETS that the scorer puts under the threshold both ways and above 0, whether each variant would join it and
/// whether the two are one story. Runs only with WATCHER_RARITY_PROBE=1; writes rarity.txt (rarity-nosc.txt without the
/// outlet's country) to WATCHER_RARITY_OUT (default: the temp folder). Never name an unseen set.
/// </summary>
public class RarityProbe
{
    private static string? Country(LabelledItem item) => QualityTests.WithoutSourceCountry ? null : item.SourceCountry;

    /// <summary>(name, most items in the rarest shared bucket, least text similarity).</summary>
    private static readonly (string Name, int MaxBucket, double MinSimilarity)[] Variants =
    [
        ("any-bucket+sim0.15 (cluster31)", int.MaxValue, 0.15),
        ("bucket<=2+sim0.15", 2, 0.15),
        ("bucket<=2+sim0.10", 2, 0.10),
        ("bucket<=2+sim0.05", 2, 0.05),
        ("bucket<=3+sim0.15", 3, 0.15),
        ("bucket<=3+sim0.10", 3, 0.10),
        ("bucket<=4+sim0.15", 4, 0.15),
        ("bucket<=4+sim0.10", 4, 0.10),
    ];

    [Fact]
    public void Reach()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_RARITY_PROBE") != "1") return;
        var only = (Environment.GetEnvironmentVariable("WATCHER_RARITY_SETS") ?? "holdout-12").Split(',');
        Assert.DoesNotContain(only, s => s is "holdout-26" or "holdout-27");
        var dir = Environment.GetEnvironmentVariable("WATCHER_RARITY_OUT") ?? Path.GetTempPath();
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets.Where(s => only.Contains(s.Name)))
        {
            var items = LabelledSet.Load(path);
            var fps = items.Select(i => (i, f: StoryFingerprint.Of(i.Title, i.Text, i.Link, Country(i)))).ToList();
            var homeKeys = fps.Select(p => p.f.Keys().Where(k => k.StartsWith("w-", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal)).ToList();
            var counts = Variants.ToDictionary(m => m.Name, _ => (Same: 0, Other: 0));
            for (var x = 0; x < fps.Count; x++)
                for (var y = x + 1; y < fps.Count; y++)
                {
                    var (a, b) = (fps[y].f, fps[x].f);
                    var s = Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));
                    if (s >= StoryMatcher.DefaultThreshold || s <= 0) continue;
                    var shared = homeKeys[x].Where(homeKeys[y].Contains).ToList();
                    if (shared.Count == 0 || !a.HeadlinesShareAWordOfTheirTopic(b)) continue;
                    // the bucket's size when the later item is looked up (it is added after): the earlier items carrying the key, and itself
                    var bucket = shared.Min(k => 1 + Enumerable.Range(0, y).Count(z => homeKeys[z].Contains(k)));
                    var sim = a.Similarity(b);
                    var same = fps[x].i.Cluster == fps[y].i.Cluster;
                    var joined = new List<string>();
                    foreach (var (m, max, floor) in Variants)
                        if (bucket <= max && sim >= floor)
                        {
                            var c = counts[m];
                            counts[m] = same ? (c.Same + 1, c.Other) : (c.Same, c.Other + 1);
                            joined.Add(m);
                        }
                    if (joined.Count > 0)
                        sb.AppendLine($"{name} {(same ? "same" : "OTHER")} bucket {bucket} sim {sim:0.00} score {s:0.00} {fps[x].i.Id} / {fps[y].i.Id} | {fps[x].i.Title} | {fps[y].i.Title} | {string.Join(", ", joined)}");
                }
            foreach (var (m, c) in counts) sb.AppendLine($"TOTAL {name} {m} same {c.Same} other {c.Other}");
        }
        File.WriteAllText(Path.Combine(dir, $"rarity{(QualityTests.WithoutSourceCountry ? "-nosc" : "")}.txt"), sb.ToString());
    }
}
