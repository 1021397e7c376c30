using System.Globalization;
using System.Text;
using Watcher.Core.Facts;
using Watcher.Core.Matching;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Measures relevance, story clustering and tariff-measure extraction on the labelled set, writes docs/quality.md,
/// and holds each figure at (or above) the floor it was measured at.
/// </summary>
public class QualityTests
{
    private static readonly IReadOnlyList<LabelledItem> Items = LabelledSet.Load();

    // Floors: the measured values (rounded down). Raise them when quality improves; never lower them silently.
    private const double RelevancePrecisionFloor = 1.00;
    private const double RelevanceRecallFloor = 0.98;
    private const double ClusteringF1Floor = 0.91;
    private const double ExtractionF1Floor = 0.99;

    [Fact]
    public void The_labelled_set_is_big_and_varied_enough()
    {
        Assert.True(Items.Count >= 80, $"{Items.Count} items");
        Assert.Contains(Items, i => i.Text.Length == 0);            // headline-only
        Assert.Contains(Items, i => i.Topics.Count == 0);           // negatives
        Assert.True(Items.Select(i => i.Cluster).Distinct().Count() < Items.Count); // some stories have several copies
    }

    [Fact]
    public async Task Quality_meets_the_floors_and_is_written_to_docs()
    {
        var relevance = Relevance();
        var clustering = await Clustering();
        var extraction = Extraction();
        WriteReport(relevance, clustering, extraction);
        Assert.True(relevance.Precision >= RelevancePrecisionFloor, $"relevance precision {relevance.Precision:F3}");
        Assert.True(relevance.Recall >= RelevanceRecallFloor, $"relevance recall {relevance.Recall:F3}");
        Assert.True(clustering.F1 >= ClusteringF1Floor, $"clustering F1 {clustering.F1:F3}");
        Assert.True(extraction.F1 >= ExtractionF1Floor, $"extraction F1 {extraction.F1:F3}");
    }

    public sealed record Score(int Tp, int Fp, int Fn, List<string> Errors)
    {
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    internal static Score Relevance()
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var item in Items)
        {
            var found = QueryTopicMatcher.Default.Match(item.Title, item.Text).Select(m => m.Topic).ToHashSet();
            foreach (var topic in new[] { DefaultTopics.Tariffs, DefaultTopics.Summits })
            {
                var want = item.Topics.Contains(topic);
                var got = found.Contains(topic);
                if (want && got) tp++;
                else if (got) { fp++; errors.Add($"false positive `{topic}`: {item.Id}"); }
                else if (want) { fn++; errors.Add($"missed `{topic}`: {item.Id}"); }
            }
        }
        return new Score(tp, fp, fn, errors);
    }

    internal static async Task<Score> Clustering()
    {
        var matcher = new StoryMatcher(new InMemoryStoryIndex());
        var predicted = new Dictionary<string, string>();
        foreach (var item in Items)
        {
            var fp = StoryFingerprint.Of(item.Title, item.Text, item.Link);
            var story = await matcher.FindAsync(fp) ?? "story-" + item.Id;
            predicted[item.Id] = story;
            if (story == "story-" + item.Id) await matcher.AddAsync(story, fp);
        }
        int tp = 0, fp2 = 0, fn = 0;
        var errors = new List<string>();
        for (var i = 0; i < Items.Count; i++)
            for (var j = i + 1; j < Items.Count; j++)
            {
                var want = Items[i].Cluster == Items[j].Cluster;
                var got = predicted[Items[i].Id] == predicted[Items[j].Id];
                if (want && got) tp++;
                else if (got) { fp2++; errors.Add($"merged different stories: {Items[i].Id} + {Items[j].Id}"); }
                else if (want) { fn++; errors.Add($"split one story: {Items[i].Id} / {Items[j].Id}"); }
            }
        return new Score(tp, fp2, fn, errors);
    }

    internal static Score Extraction()
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var item in Items)
        {
            var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
            var got = TariffExtractor.Extract(text).ToList();
            var want = item.Measures.ToList();
            foreach (var w in want)
            {
                var hit = got.FirstOrDefault(g => Same(w, g));
                if (hit is not null) { tp++; got.Remove(hit); }
                else { fn++; errors.Add($"missed {item.Id}: {Show(w)}"); }
            }
            foreach (var g in got) { fp++; errors.Add($"spurious {item.Id}: {g.Imposer}>{g.Target} {g.Rate}% {string.Join(", ", g.Products)}"); }
        }
        return new Score(tp, fp, fn, errors);
    }

    /// <summary>Imposer, target and rate equal; the labelled product and an extracted product contain one another.</summary>
    internal static bool Same(LabelledMeasure w, TariffMeasure g) =>
        w.Imposer == g.Imposer && w.Target == g.Target && g.Rate is { } rate && Math.Abs(rate - w.Rate) < 0.001
        && g.Products.Any(p => Stem(p).Contains(Stem(w.Product), StringComparison.OrdinalIgnoreCase) || Stem(w.Product).Contains(Stem(p), StringComparison.OrdinalIgnoreCase));

    private static string Stem(string s) => s.Trim().TrimEnd('s').ToLowerInvariant();

    private static string Show(LabelledMeasure m) => $"{m.Imposer}>{m.Target} {m.Rate.ToString(CultureInfo.InvariantCulture)}% {m.Product}";

    private static void WriteReport(Score relevance, Score clustering, Score extraction)
    {
        static string F(double d) => d.ToString("F3", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine("# Signal quality");
        sb.AppendLine();
        sb.AppendLine("Written by `QualityTests` (tests/Watcher.Core.Tests/Signal) on every test run; do not edit by hand.");
        sb.AppendLine();
        sb.AppendLine($"Labelled set: `tests/Watcher.Core.Tests/Signal/data/labelled.jsonl`, {Items.Count} items, {Items.Select(i => i.Cluster).Distinct().Count()} stories, "
            + $"{Items.Count(i => i.Topics.Count == 0)} negatives, {Items.Count(i => i.Text.Length == 0)} headline-only, {Items.Sum(i => i.Measures.Count)} labelled tariff measures.");
        sb.AppendLine();
        sb.AppendLine("| measure | value | target | counts |");
        sb.AppendLine("| --- | --- | --- | --- |");
        sb.AppendLine($"| relevance precision (default topics, micro) | {F(relevance.Precision)} | ≥ 0.95 | tp {relevance.Tp}, fp {relevance.Fp} |");
        sb.AppendLine($"| relevance recall | {F(relevance.Recall)} | ≥ 0.90 | tp {relevance.Tp}, fn {relevance.Fn} |");
        sb.AppendLine($"| story clustering pairwise F1 | {F(clustering.F1)} | ≥ 0.90 | P {F(clustering.Precision)}, R {F(clustering.Recall)}; pairs tp {clustering.Tp}, fp {clustering.Fp}, fn {clustering.Fn} |");
        sb.AppendLine($"| tariff-measure extraction F1 | {F(extraction.F1)} | ≥ 0.85 | P {F(extraction.Precision)}, R {F(extraction.Recall)}; tp {extraction.Tp}, fp {extraction.Fp}, fn {extraction.Fn} |");
        sb.AppendLine();
        sb.AppendLine("## Remaining errors");
        foreach (var (name, score) in new[] { ("Relevance", relevance), ("Clustering", clustering), ("Extraction", extraction) })
        {
            sb.AppendLine();
            sb.AppendLine($"### {name}");
            sb.AppendLine();
            if (score.Errors.Count == 0) sb.AppendLine("None.");
            foreach (var e in score.Errors) sb.AppendLine("- " + e);
        }
        var path = Path.Combine(Paths.RepoRoot, "docs", "quality.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var marker = "\n## How the set was built";
        var tail = existing.Contains(marker, StringComparison.Ordinal) ? existing[existing.IndexOf(marker, StringComparison.Ordinal)..] : string.Empty;
        File.WriteAllText(path, sb.ToString() + tail);
    }
}
