using System.Text;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Extraction figures on every dev set, and for each item with a spurious measure at a labelled rate, its labels, what was
/// read and from which sentence: for finding which field of a measure is read wrongly. Runs only with
/// WATCHER_WRONG_FIELD_PROBE=1 and writes to WATCHER_WRONG_FIELD_PROBE_OUT (default: the temp folder). The unseen sets are never read.
/// </summary>
public class WrongFieldProbe
{
    private static readonly (string Name, string Path)[] DevSets = LabelledSet.DevSets;

    [Fact]
    public void Figures()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_WRONG_FIELD_PROBE") != "1") return;
        var sb = new StringBuilder();
        var detail = new StringBuilder();
        foreach (var (name, path) in DevSets)
        {
            var items = LabelledSet.Load(path);
            var score = QualityTests.Extraction(items);
            var kinds = QualityTests.ExtractionErrorKinds(items);
            double p = score.Tp / (double)Math.Max(1, score.Tp + score.Fp), r = score.Tp / (double)Math.Max(1, score.Tp + score.Fn);
            sb.AppendLine($"{name}: tp {score.Tp} fp {score.Fp} fn {score.Fn} P {p:0.000} R {r:0.000} F1 {score.F1:0.000} | "
                + string.Join("; ", kinds.Select(k => $"{k.Key} {k.Value}")));
            detail.AppendLine($"## {name}");
            foreach (var item in items)
            {
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var got = TariffExtractor.Extract(text);
                var (_, missed, spurious) = QualityTests.Pair(item.Measures, got);
                if (missed.Count == 0 && spurious.Count == 0) continue;
                detail.AppendLine($"### {item.Id}");
                foreach (var w in missed) detail.AppendLine($"  missed {w.Imposer}>{w.Target} {w.Rate}% {w.Product}");
                foreach (var g in got)
                    detail.AppendLine($"  {(spurious.Contains(g) ? "SPURIOUS" : "ok")} {MeasureKey.Of(g)} | {g.Evidence}");
            }
        }
        var dir = Environment.GetEnvironmentVariable("WATCHER_WRONG_FIELD_PROBE_OUT") ?? Path.GetTempPath();
        File.WriteAllText(Path.Combine(dir, "wrong-field-probe.txt"), sb.ToString());
        File.WriteAllText(Path.Combine(dir, "wrong-field-probe-detail.txt"), detail.ToString());
    }

    [Fact]
    public void Text()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_WRONG_FIELD_TEXT") is not { } file) return;
        var sb = new StringBuilder();
        foreach (var block in File.ReadAllText(file).Split("\n===\n"))
        {
            sb.AppendLine("> " + block.Replace("\n", " / "));
            foreach (var m in TariffExtractor.Extract(block)) sb.AppendLine("  " + MeasureKey.Of(m) + " | " + m.Evidence);
        }
        File.WriteAllText(file + ".out", sb.ToString());
    }
}
