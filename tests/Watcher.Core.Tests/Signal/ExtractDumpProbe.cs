using System.Text;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Every dev item's extracted measures (as QualityTests reads them, with the outlet's country), one item a line, with its labels
/// and each measure's evidence, for comparing two builds item by item. Runs only with WATCHER_EXTRACT_DUMP set to the output
/// file. The unseen sets are never read.
/// </summary>
public class ExtractDumpProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_EXTRACT_DUMP") is not { Length: > 0 } file) return;
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets)
            foreach (var item in LabelledSet.Load(path))
            {
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var got = QualityTests.Extracted(item, text);
                var (_, missed, spurious) = QualityTests.Pair(item.Measures, got);
                sb.Append(name).Append('\t').Append(item.Id).Append('\t')
                    .Append(string.Join(" | ", got.Select(g => MeasureKey.Of(g) + " (" + g.Action + ")" + (spurious.Contains(g) ? " [spurious]" : "") + " <<" + g.Evidence + ">>")))
                    .Append('\t').Append(string.Join(" | ", missed.Select(w => $"{w.Imposer}>{w.Target} {w.Rate}% {w.Product}")))
                    .AppendLine();
            }
        File.WriteAllText(file, sb.ToString());
    }
}
