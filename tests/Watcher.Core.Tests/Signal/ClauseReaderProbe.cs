using System.Text;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

[CollectionDefinition(nameof(ClauseReaderProbe), DisableParallelization = true)]
public sealed class ClauseReaderProbeCollection;

/// <summary>
/// The clause reader's figures on every dev set, three ways: (a) the sentence extractor alone, (b) the clause reader alone on
/// every rate, (c) the extractor with the clause reader on the rates it left unattached. Runs only with
/// WATCHER_CLAUSE_PROBE=1 (it toggles <see cref="ClauseReader.Combined"/>, so it runs alone) and writes its table and the
/// measures (c) adds to the file that variable's sibling WATCHER_CLAUSE_PROBE_OUT names (default: the temp folder).
/// The unseen set is never read.
/// </summary>
[Collection(nameof(ClauseReaderProbe))]
public class ClauseReaderProbe
{
    private static readonly (string Name, string Path)[] DevSets = LabelledSet.DevSets;

    [Fact]
    public void Figures()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_CLAUSE_PROBE") != "1") return;
        var sb = new StringBuilder();
        var added = new StringBuilder();
        sb.AppendLine("| set | (a) primary P / R / F1 | (b) clause reader P / R / F1 | (c) combined P / R / F1 |");
        sb.AppendLine("| --- | --- | --- | --- |");
        var totals = new int[9];
        var was = ClauseReader.Combined;
        try
        {
            foreach (var (name, path) in DevSets)
            {
                var items = LabelledSet.Load(path);
                var counts = new int[9];
                foreach (var item in items)
                {
                    var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                    ClauseReader.Combined = false;
                    var a = TariffExtractor.Extract(text);
                    var b = ClauseReader.Read(text);
                    ClauseReader.Combined = true;
                    var c = TariffExtractor.Extract(text);
                    foreach (var (k, got) in new[] { (0, a), (3, b), (6, c) })
                    {
                        var (matched, missed, spurious) = QualityTests.Pair(item.Measures, got);
                        counts[k] += matched; counts[k + 1] += spurious.Count; counts[k + 2] += missed.Count;
                    }
                    var (_, _, spuriousC) = QualityTests.Pair(item.Measures, c);
                    var (_, missedA, _) = QualityTests.Pair(item.Measures, a);
                    var (_, missedC, _) = QualityTests.Pair(item.Measures, c);
                    var keysA = a.Select(m => MeasureKey.Of(m) + m.Evidence).ToHashSet();
                    foreach (var m in c.Where(m => !keysA.Contains(MeasureKey.Of(m) + m.Evidence)))
                        added.AppendLine($"{name} {item.Id}: {(spuriousC.Contains(m) ? "SPURIOUS" : "ok")} {MeasureKey.Of(m)} ← {m.Evidence}");
                    foreach (var w in missedA.Where(w => !missedC.Contains(w)))
                        added.AppendLine($"{name} {item.Id}: FOUND {w.Imposer}>{w.Target} {w.Rate} {w.Product}");
                    foreach (var w in missedC.Where(w => !missedA.Contains(w)))
                        added.AppendLine($"{name} {item.Id}: LOST {w.Imposer}>{w.Target} {w.Rate} {w.Product}");
                    foreach (var m in b)
                        added.AppendLine($"  b {name} {item.Id}: {MeasureKey.Of(m)} ← {m.Evidence}");
                }
                for (var i = 0; i < 9; i++) totals[i] += counts[i];
                sb.AppendLine($"| {name} | {Fig(counts, 0)} | {Fig(counts, 3)} | {Fig(counts, 6)} |");
            }
        }
        finally { ClauseReader.Combined = was; }
        sb.AppendLine($"| all dev sets | {Fig(totals, 0)} | {Fig(totals, 3)} | {Fig(totals, 6)} |");
        var output = Environment.GetEnvironmentVariable("WATCHER_CLAUSE_PROBE_OUT") ?? Path.Combine(Path.GetTempPath(), "clause-probe.txt");
        File.WriteAllText(output, sb + "\n" + added);
    }

    private static string Fig(int[] c, int k)
    {
        var (tp, fp, fn) = (c[k], c[k + 1], c[k + 2]);
        var p = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return $"{p:F3} / {r:F3} / {f:F3} (tp {tp}, fp {fp}, fn {fn})";
    }
}
