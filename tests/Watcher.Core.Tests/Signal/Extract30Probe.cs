using System.Text;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Reads the texts of a file (items separated by a line "====", the first line of each its outlet country or "-") and writes each
/// one's sentences and measures, for looking at how a sentence shape is split and read. Runs only with WATCHER_PROBE_IN set; writes
/// to WATCHER_PROBE_OUT (default: the temp folder). Never reads a labelled set.
/// </summary>
public class Extract30Probe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_PROBE_IN") is not { Length: > 0 } input) return;
        var sb = new StringBuilder();
        foreach (var block in File.ReadAllText(input).Split("\n====\n"))
        {
            var lines = block.Trim('\n').Split('\n', 2);
            if (lines.Length < 2) continue;
            var country = lines[0].Trim() == "-" ? null : lines[0].Trim();
            var text = lines[1];
            sb.AppendLine("=== " + text.Split('\n')[0]);
            foreach (var s in SentenceSplitter.Split(text)) sb.AppendLine("  S " + s.Text);
            foreach (var m in TariffExtractor.Extract(text, country)) sb.AppendLine("  M " + MeasureKey.Of(m) + " (" + m.Action + ")");
        }
        File.WriteAllText(Environment.GetEnvironmentVariable("WATCHER_PROBE_OUT") ?? Path.Combine(Path.GetTempPath(), "extract30-probe.txt"), sb.ToString());
    }
}
