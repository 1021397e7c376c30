using System.Text;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The dev items with a party miss (QualityTests.ExtractionErrorKinds: another imposer, another target, every origin read as a
/// country, a country read as every origin, imposer and target swapped), each miss with its kind, what the item reads with its
/// evidence, the item's home (<see cref="TariffExtractor.HomeOf"/>) and HomeCountry.Of's gates, and each sentence that writes a
/// missed rate read alone and with the labelled imposer handed in, so that a party miss can be put to the method that chose the
/// imposer or the target (docs/quality.md, "Session 30 (extract56)"). Runs only with WATCHER_PARTY_PROBE set to a
/// comma-separated list of dev set names; writes to WATCHER_PARTY_PROBE_OUT (default: the temp folder). The unseen sets are
/// never read.
/// </summary>
public class PartyProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_PARTY_PROBE") is not { Length: > 0 } names) return;
        var wanted = names.Split(',', StringSplitOptions.TrimEntries);
        var outlet = (LabelledItem item) => QualityTests.WithoutSourceCountry ? null : item.SourceCountry;
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets.Where(d => wanted.Contains(d.Name)))
            foreach (var item in LabelledSet.Load(path))
            {
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var got = QualityTests.Extracted(item, text);
                var (_, missed, spurious) = QualityTests.Pair(item.Measures, got);
                var party = missed.Select(w => (w, kind: Kind(w, got))).Where(p => p.kind is not null).ToList();
                if (party.Count == 0) continue;
                sb.AppendLine($"=== {name} {item.Id} [{item.SourceCountry ?? "-"}] home={TariffExtractor.HomeOf(text, outlet(item)) ?? "-"} ({party.Count})");
                foreach (var (w, kind) in party) sb.AppendLine($"  L {w.Imposer}>{w.Target} {w.Rate}% {w.Product}\t[{kind}]");
                foreach (var g in got) sb.AppendLine($"  G {MeasureKey.Of(g)}{(spurious.Contains(g) ? " [spurious]" : "")} <<{g.Evidence}>>");
                sb.AppendLine("    gates: " + NothingStageProbe.Gates(text, outlet(item)));
                foreach (var s in SentenceSplitter.Split(text))
                {
                    var hasRate = party.Any(p => RateParser.Find(s.Text).Any(r => Math.Abs(r.Value - p.w.Rate) < 0.001));
                    sb.AppendLine((hasRate ? "  S* " : "  S  ") + s.Text.Replace('\n', '⏎'));
                    if (!hasRate) continue;
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null))
                        sb.AppendLine($"       alone: {MeasureKey.Of(g)}");
                    var imposer = party[0].w.Imposer;
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null, previousImposer: imposer, impliedImposer: imposer, impliedOrigin: ""))
                        sb.AppendLine($"       helped: {MeasureKey.Of(g)}");
                }
            }
        File.WriteAllText(Environment.GetEnvironmentVariable("WATCHER_PARTY_PROBE_OUT") ?? Path.Combine(Path.GetTempPath(), "party-probe.txt"), sb.ToString());
    }

    /// <summary>The miss's kind as QualityTests.ExtractionErrorKinds names it, when it is a party kind; else null.</summary>
    private static string? Kind(LabelledMeasure w, List<TariffMeasure> got)
    {
        var atRate = got.Where(g => g.Rate is { } r && Math.Abs(r - w.Rate) < 0.001).ToList();
        if (atRate.Count == 0 || atRate.Any(g => g.Imposer == w.Imposer && g.Target == w.Target)) return null;
        return atRate.Any(g => g.Imposer == w.Imposer) ? (w.Target == "*" ? "every origin read as a country"
                : atRate.Any(g => g.Imposer == w.Imposer && g.Target == "*") ? "a country read as every origin" : "another target")
            : atRate.Any(g => g.Imposer == w.Target && g.Target == w.Imposer) ? "imposer and target swapped"
            : "another imposer";
    }
}
