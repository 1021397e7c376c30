using System.Text;
using Watcher.Core.Entities;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The dev items with a "nothing read in the item" or "no measure at that rate" miss (QualityTests.ExtractionErrorKinds), with
/// the missed labels, what the item reads, and each sentence that writes a missed rate, read alone and with the labelled imposer
/// handed in, so that a miss can be classified by the stage that drops it (docs/quality.md, "Session 21 (extract35)"). Runs only
/// with WATCHER_RATE_MISS_PROBE set to a comma-separated list of dev set names (e.g. holdout-22,holdout-20); writes to
/// WATCHER_RATE_MISS_OUT (default: the temp folder). The unseen sets are never read.
/// </summary>
public class RateMissProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_RATE_MISS_PROBE") is not { Length: > 0 } names) return;
        var wanted = names.Split(',', StringSplitOptions.TrimEntries);
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets.Where(d => wanted.Contains(d.Name)))
            foreach (var item in LabelledSet.Load(path))
            {
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var got = QualityTests.Extracted(item, text);
                var (_, missed, _) = QualityTests.Pair(item.Measures, got);
                var rateMissed = missed.Where(w => got.Count == 0 || !got.Any(g => g.Rate is { } r && Math.Abs(r - w.Rate) < 0.001)).ToList();
                if (rateMissed.Count == 0) continue;
                sb.AppendLine($"=== {name} {item.Id} [{item.SourceCountry ?? "-"}] {(got.Count == 0 ? "NOTHING" : "NO-RATE")} ({rateMissed.Count})");
                foreach (var w in rateMissed) sb.AppendLine($"  L {w.Imposer}>{w.Target} {w.Rate}% {w.Product}");
                foreach (var g in got) sb.AppendLine($"  G {MeasureKey.Of(g)}");
                var imposer = rateMissed[0].Imposer;
                foreach (var s in SentenceSplitter.Split(text))
                {
                    var hasRate = rateMissed.Any(w => s.Text.Contains(Num(w.Rate), StringComparison.Ordinal));
                    sb.AppendLine((hasRate ? "  S* " : "  S  ") + s.Text.Replace('\n', '⏎'));
                    if (!hasRate) continue;
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null))
                        sb.AppendLine($"       alone: {MeasureKey.Of(g)}");
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null, previousImposer: imposer, impliedImposer: imposer, impliedOrigin: ""))
                        sb.AppendLine($"       helped: {MeasureKey.Of(g)}");
                }
            }
        File.WriteAllText(Environment.GetEnvironmentVariable("WATCHER_RATE_MISS_OUT") ?? Path.Combine(Path.GetTempPath(), "rate-miss.txt"), sb.ToString());
    }

    private static string Num(double rate) => rate.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
