using System.Text;
using Watcher.Core.Entities;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The items of holdouts 12 and 13 (dev sets) that state a measure and of which the extractor reads nothing, sentence by sentence:
/// what each sentence gives alone, and what it gives with the labelled imposer handed in (as the previous and implied imposer), so
/// that "no imposer" can be told from "the sentence's shape is not read" (docs/quality.md, "Session 12 (extract21)"). Runs only
/// with WATCHER_NOTHING_PROBE=1 and writes to WATCHER_NOTHING_OUT (default: the temp folder). The unseen sets are never read.
/// </summary>
public class NothingReadProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_NOTHING_PROBE") != "1") return;
        var sb = new StringBuilder();
        foreach (var (name, path) in new[] { ("holdout-12", LabelledSet.Holdout12Path), ("holdout-13", LabelledSet.Holdout13Path) })
        {
            foreach (var item in LabelledSet.Load(path))
            {
                if (item.Measures.Count == 0) continue;
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                if (TariffExtractor.Extract(text).Count > 0) continue;
                var imposer = item.Measures[0].Imposer;
                var named = EntityFinder.Find(text).Any(m => m.CountryId == imposer);
                sb.AppendLine($"=== {name} {item.Id} ({item.Measures.Count}) imposer {imposer} named={named}");
                foreach (var m in item.Measures) sb.AppendLine($"  L {m.Imposer}>{m.Target} {m.Rate}% {m.Product}");
                foreach (var s in SentenceSplitter.Split(text))
                {
                    sb.AppendLine("  S " + s.Text);
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null))
                        sb.AppendLine($"     alone: {MeasureKey.Of(g)}");
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null, previousImposer: imposer, impliedImposer: imposer, impliedOrigin: ""))
                        sb.AppendLine($"     helped: {MeasureKey.Of(g)}");
                }
            }
        }
        File.WriteAllText(Environment.GetEnvironmentVariable("WATCHER_NOTHING_OUT") ?? Path.Combine(Path.GetTempPath(), "nothing-read.txt"), sb.ToString());
    }
}
