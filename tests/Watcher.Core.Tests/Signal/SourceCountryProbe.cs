using System.Globalization;
using System.Text;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// What the outlet's country changes, set by set: each dev item read without and with its `source_country`, the labels each
/// matches, the error kinds before and after, and every item whose measures differ (docs/quality.md, "Session 13 (extract23)").
/// Runs only with WATCHER_SOURCE_COUNTRY_PROBE=1 and writes to WATCHER_SOURCE_COUNTRY_OUT (default: the temp folder). The
/// unseen sets are never read.
/// </summary>
public class SourceCountryProbe
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_SOURCE_COUNTRY_PROBE") != "1") return;
        var sb = new StringBuilder();
        sb.AppendLine("| set | items declared | items changed | matched without → with | spurious without → with | nothing read without → with |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        var detail = new StringBuilder();
        var rest = new StringBuilder("\nStill nothing read, labelled imposer = the outlet's country:\n");
        foreach (var (name, path) in LabelledSet.DevSets)
        {
            var items = LabelledSet.Load(path);
            int changed = 0, tp0 = 0, tp1 = 0, fp0 = 0, fp1 = 0, nothing0 = 0, nothing1 = 0;
            foreach (var item in items)
            {
                var text = item.Text.Length == 0 ? item.Title : item.Title + ".\n" + item.Text;
                var without = QualityTests.Extracted(item, text, withCountry: false);
                var with = QualityTests.Extracted(item, text, withCountry: true);
                var (m0, missed0, s0) = QualityTests.Pair(item.Measures, without);
                var (m1, missed1, s1) = QualityTests.Pair(item.Measures, with);
                tp0 += m0; tp1 += m1; fp0 += s0.Count; fp1 += s1.Count;
                if (without.Count == 0) nothing0 += missed0.Count;
                if (with.Count == 0) nothing1 += missed1.Count;
                if (with.Count == 0 && item.Measures.Any(w => w.Imposer == item.SourceCountry))
                    rest.AppendLine(CultureInfo.InvariantCulture, $"{name} {item.Id} ({item.SourceCountry}, {item.Measures.Count} labels): acts {Watcher.Core.Facts.HomeCountry.ActsOnMeasure(text)}, tied [{string.Join(",", Watcher.Core.Facts.HomeCountry.InstitutionCountries(text))}], names [{string.Join(",", Watcher.Core.Entities.EntityFinder.Find(text).Select(m => m.CountryId).Distinct())}]\n    {text.Replace('\n', ' ')}");
                var a = string.Join(" | ", without.Select(MeasureKey.Of));
                var b = string.Join(" | ", with.Select(MeasureKey.Of));
                if (a == b) continue;
                changed++;
                detail.AppendLine(CultureInfo.InvariantCulture, $"{name} {item.Id} ({item.Source} → {item.SourceCountry}): matched {m0} → {m1} of {item.Measures.Count}, spurious {s0.Count} → {s1.Count}");
                detail.AppendLine("  without: " + (a.Length == 0 ? "(nothing)" : a));
                detail.AppendLine("  with:    " + (b.Length == 0 ? "(nothing)" : b));
                foreach (var w in item.Measures) detail.AppendLine(CultureInfo.InvariantCulture, $"  label:   {w.Imposer}>{w.Target} {w.Rate}% {w.Product}");
            }
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {items.Count(i => i.SourceCountry is not null)} of {items.Count} | {changed} | {tp0} → {tp1} | {fp0} → {fp1} | {nothing0} → {nothing1} |");
        }
        sb.AppendLine().Append(detail).Append(rest);
        File.WriteAllText(Environment.GetEnvironmentVariable("WATCHER_SOURCE_COUNTRY_OUT") ?? Path.Combine(Path.GetTempPath(), "source-country.txt"), sb.ToString());
    }
}
