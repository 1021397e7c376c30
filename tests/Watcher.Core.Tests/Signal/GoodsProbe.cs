using System.Text;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Extraction figures and errors on every dev set, without clustering or relevance, for iterating on the extractor. Runs only
/// with WATCHER_GOODS_PROBE=1 and writes to WATCHER_GOODS_PROBE_OUT (default: the temp folder). The unseen sets are never read.
/// </summary>
public class GoodsProbe
{
    private static readonly (string Name, string Path)[] DevSets = LabelledSet.DevSets;

    [Fact]
    public void Figures()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_GOODS_PROBE") != "1") return;
        var sb = new StringBuilder();
        var errors = new StringBuilder();
        foreach (var (name, path) in DevSets)
        {
            var items = LabelledSet.Load(path);
            var score = QualityTests.Extraction(items);
            var kinds = QualityTests.ExtractionErrorKinds(items);
            sb.AppendLine($"{name}: tp {score.Tp} fp {score.Fp} fn {score.Fn} F1 {score.F1:0.000} goods-kind {kinds.GetValueOrDefault("missed: rate and parties right, other goods")} spurious-labelled {kinds.GetValueOrDefault("spurious: a labelled rate read wrongly")}");
            errors.AppendLine($"## {name}");
            foreach (var item in items)
            {
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var got = Watcher.Core.Facts.TariffExtractor.Extract(text);
                var (_, _, spurious) = QualityTests.Pair(item.Measures, got);
                foreach (var g in got.Where(g => g.Products is ["goods"]))
                    errors.AppendLine($"GENERIC {(spurious.Contains(g) ? "spurious" : "matched")} {item.Id}: {MeasureKey.Of(g)} | {g.Evidence}");
            }
            foreach (var e in score.Errors) errors.AppendLine(e);
        }
        var dir = Environment.GetEnvironmentVariable("WATCHER_GOODS_PROBE_OUT") ?? Path.GetTempPath();
        File.WriteAllText(Path.Combine(dir, "goods-probe.txt"), sb.ToString());
        File.WriteAllText(Path.Combine(dir, "goods-probe-errors.txt"), errors.ToString());
    }

    [Fact]
    public void Text()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_GOODS_PROBE_TEXT") is not { } file) return;
        var sb = new StringBuilder();
        foreach (var block in File.ReadAllText(file).Split("\n===\n"))
        {
            sb.AppendLine("> " + block.Replace("\n", " / "));
            foreach (var m in TariffExtractor.Extract(block)) sb.AppendLine("  " + MeasureKey.Of(m));
            ClauseReader.Combined = false;
            foreach (var m in TariffExtractor.Extract(block)) sb.AppendLine("  primary only: " + MeasureKey.Of(m));
            ClauseReader.Combined = true;
        }
        File.WriteAllText(file + ".out", sb.ToString());
    }
}
