using System.Text;
using Watcher.Core.Entities;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The dev items of which the extractor reads nothing, each label put to the stage that drops it (docs/quality.md, "Session 29
/// (probe29)"): no sentence writes its rate as RateParser reads it ("no rate"); a sentence does, but the sentence reader gives no
/// measure at that rate even with the labelled imposer handed in ("sentence drops rate"); it gives one at that rate with other
/// parties or goods ("fields"); it gives the label with the imposer handed in, and the item's home (<see cref="TariffExtractor.HomeOf"/>,
/// with the outlet's country) is not that imposer ("home not applied"), or is ("item reading drops it": the context or a later
/// filter). One line a label, tab-separated, then the item's sentences. Runs only with WATCHER_NOTHING_STAGE set to a
/// comma-separated list of dev set names; writes to WATCHER_NOTHING_STAGE_OUT (default: the temp folder). The unseen sets are
/// never read.
/// </summary>
public class NothingStageProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_NOTHING_STAGE") is not { Length: > 0 } names) return;
        var wanted = names.Split(',', StringSplitOptions.TrimEntries);
        var sb = new StringBuilder();
        foreach (var (name, path) in LabelledSet.DevSets.Where(d => wanted.Contains(d.Name)))
            foreach (var item in LabelledSet.Load(path))
            {
                if (item.Measures.Count == 0) continue;
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                if (QualityTests.Extracted(item, text).Count > 0) continue;
                var home = TariffExtractor.HomeOf(text, QualityTests.WithoutSourceCountry ? null : item.SourceCountry) ?? "-";
                var sentences = SentenceSplitter.Split(text);
                var shape = item.Text.Length == 0 ? "headline-only" : "body";
                foreach (var w in item.Measures)
                {
                    var named = EntityFinder.Find(text).Any(m => m.CountryId == w.Imposer);
                    var stage = "no rate";
                    foreach (var s in sentences.Where(s => RateParser.Find(s.Text).Any(r => Math.Abs(r.Value - w.Rate) < 0.001)))
                    {
                        var helped = TariffExtractor.FromSentence(s.Text, null, previousImposer: w.Imposer, impliedImposer: w.Imposer, impliedOrigin: "");
                        var now = QualityTests.Pair([w], helped).Matched > 0 ? (home == w.Imposer ? "item reading drops it" : "home not applied")
                            : helped.Any(g => g.Rate is { } r && Math.Abs(r - w.Rate) < 0.001) ? "fields" : "sentence drops rate";
                        if (Rank(now) > Rank(stage)) stage = now;
                    }
                    sb.AppendLine($"{name}\t{item.Id}\t{item.SourceCountry ?? "-"}\t{shape}\thome={home}\tnamed={named}\t{stage}\t{w.Imposer}>{w.Target} {w.Rate}% {w.Product}");
                }
                sb.AppendLine("    gates: " + Gates(text, QualityTests.WithoutSourceCountry ? null : item.SourceCountry));
                foreach (var s in sentences)
                {
                    sb.AppendLine("    S " + s.Text.Replace('\n', '⏎'));
                    if (!item.Measures.Any(w => RateParser.Find(s.Text).Any(r => Math.Abs(r.Value - w.Rate) < 0.001))) continue;
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null))
                        sb.AppendLine($"       alone: {MeasureKey.Of(g)}");
                    var imposer = item.Measures[0].Imposer;
                    foreach (var g in TariffExtractor.FromSentence(s.Text, null, previousImposer: imposer, impliedImposer: imposer, impliedOrigin: ""))
                        sb.AppendLine($"       helped: {MeasureKey.Of(g)}");
                }
            }
        File.WriteAllText(Environment.GetEnvironmentVariable("WATCHER_NOTHING_STAGE_OUT") ?? Path.Combine(Path.GetTempPath(), "nothing-stage.txt"), sb.ToString());
    }

    /// <summary>HomeCountry.Of's gates, each as it answers for the item (by reflection: they are private).</summary>
    internal static string Gates(string text, string? outlet)
    {
        const System.Reflection.BindingFlags Any = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public;
        bool Rx(Type t, string name, string s) => ((System.Text.RegularExpressions.Regex)t.GetMethod(name, Any, [])!.Invoke(null, null)!).IsMatch(s);
        var hc = typeof(TariffExtractor).Assembly.GetType("Watcher.Core.Facts.HomeCountry")!;
        var te = typeof(TariffExtractor);
        var parties = (List<Mention>)te.GetMethod("Parties", Any, [typeof(string)])!.Invoke(null, [text])!;
        var countries = parties.Where(m => m.Entity.Kind != EntityKind.Leader || m.Entity.Country is not null).Select(m => m.CountryId).Distinct().ToList();
        var possible = (List<string>)te.GetMethod("PossibleImposers", Any)!.Invoke(null, [text, parties, countries])!;
        var candidates = (List<string>)te.GetMethod("HomeCandidates", Any)!.Invoke(null, [text, parties, possible])!;
        var first = text.IndexOf('\n') is var nl and >= 0 ? text[..nl] : text;
        var g = new List<string>
        {
            "trade=" + Rx(hc, "TradeItem", text), "dutyWord=" + Rx(hc, "DutyWord", text),
            "exporters=" + Rx(hc, "ExportersView", text), "producersHurt=" + (bool)hc.GetMethod("ProducersHurt", Any)!.Invoke(null, [text])!, "regional=" + Rx(hc, "RegionalBody", text),
            "acts=" + HomeCountry.ActsOnMeasure(text),
            "onlyOrigins=" + (outlet is not null && (bool)hc.GetMethod("OnlyOriginsBesides", Any)!.Invoke(null, [text, parties, candidates, outlet])!),
            "deliberates=" + Rx(hc, "Deliberates", text), "decided=" + Rx(hc, "Decided", text), "statedHL=" + Rx(hc, "StatedDuty", first),
            "upToHL=" + Rx(hc, "DutyUpTo", first), "remedyHL=" + Rx(hc, "RemedyTakesEffect", first), "hypothetical=" + Rx(hc, "Hypothetical", text),
            "parties=" + string.Join(",", parties.Select(m => m.CountryId + ":" + m.Form)), "candidates=" + string.Join(",", candidates),
            "unnamed=" + (HomeCountry.OfUnnamedInstitution(text, parties, possible, outlet) ?? "-"),
        };
        return string.Join(" ", g);
    }

    /// <summary>The furthest stage a label gets to over its rate's sentences.</summary>
    private static int Rank(string stage) => stage switch
    {
        "no rate" => 0,
        "sentence drops rate" => 1,
        "fields" => 2,
        _ => 3,
    };
}
