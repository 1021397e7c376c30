using System.Text;
using Watcher.Core.Facts;
using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// What counting the extractor's reads for relevance would do on every dev set: per set and topic, the items the default
/// queries miss that the extractor reads a measure (tariffs) or an event (summits) in, and the items that belong to neither
/// topic that it reads one in (false positives it would add). Runs only with WATCHER_FACT_PROBE=1; writes to
/// WATCHER_FACT_OUT (default: the temp folder). The unseen sets are never read.
/// </summary>
public class FactRelevanceProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_FACT_PROBE") != "1") return;
        var sb = new StringBuilder();
        var detail = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets)
        {
            var items = LabelledSet.Load(path);
            int tFix = 0, tFp = 0, sFix = 0, sFp = 0, tFpCountry = 0, tFixCountry = 0;
            foreach (var item in items)
            {
                var found = QueryTopicMatcher.Default.Match(item.Title, item.Text).Select(m => m.Topic).ToHashSet();
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var measures = TariffExtractor.Extract(text, null);
                var withCountry = TariffExtractor.Extract(text, item.SourceCountry);
                var events = EventExtractor.Extract(text);
                var wantT = item.Topics.Contains(DefaultTopics.Tariffs);
                var wantS = item.Topics.Contains(DefaultTopics.Summits);
                if (!found.Contains(DefaultTopics.Tariffs))
                {
                    if (measures.Count > 0)
                    {
                        if (wantT) tFix++; else tFp++;
                        detail.AppendLine($"{name} tariffs {(wantT ? "FIX" : "FP ")} {item.Id} | {item.Title} | {measures[0].Evidence}");
                    }
                    else if (withCountry.Count > 0)
                    {
                        if (wantT) tFixCountry++; else tFpCountry++;
                        detail.AppendLine($"{name} tariffs {(wantT ? "FIX" : "FP ")}+country {item.Id} | {item.Title} | {withCountry[0].Evidence}");
                    }
                    else if (wantT) detail.AppendLine($"{name} tariffs MISS {item.Id} | {item.Title}");
                }
                if (!found.Contains(DefaultTopics.Summits))
                {
                    if (events.Count > 0)
                    {
                        if (wantS) sFix++; else sFp++;
                        detail.AppendLine($"{name} summits {(wantS ? "FIX" : "FP ")} {item.Id} | {item.Title} | {events[0].Type} {string.Join(",", events[0].Participants)} | {events[0].Evidence}");
                    }
                    else if (wantS) detail.AppendLine($"{name} summits MISS {item.Id} | {item.Title}");
                }
            }
            sb.AppendLine($"{name,-11} tariffs fixed {tFix} added-fp {tFp} (with outlet country +{tFixCountry}/+{tFpCountry}); summits fixed {sFix} added-fp {sFp}");
        }
        var output = Environment.GetEnvironmentVariable("WATCHER_FACT_OUT") ?? Path.Combine(Path.GetTempPath(), "fact-relevance-probe.txt");
        File.WriteAllText(output, sb.ToString() + "\n" + detail);
    }
}
