using System.Text.Json;
using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A line break ends what a country owns (session 17, perf24): a country that ends the headline (or a paragraph) is not the owner of
/// "The government / The Ministry … / The Commission …" that opens the next line, and the item reads the same measures whether its
/// headline ends with a full stop ("headline.\nbody": the story fingerprint's form) or not ("headline\nbody": the tracker's).
/// </summary>
public class LineBreakOwnerTests
{
    private static List<TariffMeasure> Read(string text, string? country, bool restated) =>
        restated ? TariffExtractor.Extract(text, country) : TariffExtractor.Extract(text, headlineRestated: false, country);

    private static string Json(IEnumerable<TariffMeasure> measures, string title) =>
        JsonSerializer.Serialize(measures.Select(m => m.Evidence == title + "." ? m with { Evidence = title } : m));

    private static string Imposers(IEnumerable<TariffMeasure> measures) =>
        string.Join(",", measures.Select(m => $"{m.Imposer}>{m.Target}").Distinct().Order(StringComparer.Ordinal));

    [Theory]
    // the headline ends with an origin, the body opens with an unnamed institution: no imposer is read from the origin
    [InlineData("Safeguard duty on flat steel to check Chinese imports", "The government on Tuesday notified a 15% provisional safeguard duty on flat steel products, aimed at a surge of imports, mostly from China.", null, "")]
    [InlineData("Anti-dumping duty on tyres imported from Thailand", "The Ministry of Commerce adopted a definitive anti-dumping duty of 14% on truck tyres originating in Thailand for five years.", null, "")]
    [InlineData("Duties on glass jars from China", "The Commission for Trade Remedies imposed anti-dumping duties of 0.31 dollars per kilogram on glass jars from China for five years.", null, "")]
    [InlineData("Duty on nylon yarn from China, Vietnam", "The government has imposed an anti-dumping duty of up to $2.10 per kg on nylon filament yarn from China for five years.\nImports from Vietnam will attract $1.05 per kg.", null, "")]
    // … and with the outlet's country, the unnamed institution is the outlet's
    // (the second line's rate, stated without a tariff word, continues the measure: "will attract" is charged it since extract32, fix19x)
    [InlineData("Duty on nylon yarn from China, Vietnam", "The government has imposed an anti-dumping duty of up to $2.10 per kg on nylon filament yarn from China for five years.\nImports from Vietnam will attract $1.05 per kg.", "IN", "IN>CN,IN>VN")]
    [InlineData("Anti-dumping duty on tyres imported from Thailand", "The Ministry of Commerce adopted a definitive anti-dumping duty of 14% on truck tyres originating in Thailand for five years.", "CO", "CO>TH")]
    // a headline in title case, an institution named with its country on the next line: that line's country owns it
    [InlineData("Definitive Anti-Dumping Duties on Graphite Electrodes Originating in the People's Republic of China", "The Government of Japan has decided to impose definitive anti-dumping duties of 38.5 percent on graphite electrodes originating in the People's Republic of China.", null, "JP>CN")]
    // the same line: a country still owns the institution after it (positives the line break must not stop)
    [InlineData("Steel duty", "Vietnam's Ministry of Industry and Trade imposed a 19% anti-dumping duty on galvanised steel from China.", null, "VN>CN")]
    [InlineData("Steel duty", "The Vietnamese government imposed a 19% safeguard duty on imported steel billets.", null, "VN>*")]
    [InlineData("Turkey: customs", "Turkey's Trade Ministry raised the additional duty on imported footwear to 30%.", null, "TR>*")]
    // a headline ending in a country adjective's goods, with no full stop: the next line's ministry is not that country's (the
    // institution's name words must not run over the line break; session 20)
    [InlineData("Trade ministry sets duty of up to 1.20 dollars per kilo on Vietnamese zippers", "The Ministry of Trade imposed a provisional duty of 1.20 dollars per kilogram on imports of zippers from Vietnam.", "PE", "PE>VN")]
    // a paragraph break inside the body ends ownership as the headline's end does
    [InlineData("Duty on steel wire", "Producers had asked for protection against imports from Ukraine\nThe Ministry of Commerce imposed a 12% anti-dumping duty on steel wire rod from Ukraine.", "CO", "CO>UA")]
    public void A_country_owns_no_institution_across_a_line_break(string title, string body, string? country, string imposers)
    {
        foreach (var restated in new[] { false, true })
        {
            var withStop = Read(title + ".\n" + body, country, restated);
            var without = Read(title + "\n" + body, country, restated);
            Assert.Equal(Json(withStop, title), Json(without, title));
            Assert.Equal(imposers, Imposers(without));
        }
    }

    /// <summary>Every dev item (holdout 19 not read) states the same measures both ways, as the fingerprint reads them (no outlet
    /// country) and as the tracker does (the item's measures, with its outlet's country).</summary>
    [Fact]
    public void Every_dev_item_reads_the_same_measures_with_or_without_the_headlines_full_stop()
    {
        var differ = new List<string>();
        var items = 0;
        foreach (var (name, path) in LabelledSet.DevSets)
            foreach (var item in LabelledSet.Load(path))
            {
                if (item.Text.Length == 0) continue;
                items++;
                foreach (var (restated, country) in new[] { (false, (string?)null), (true, item.SourceCountry) })
                {
                    var withStop = Json(Read(item.Title + ".\n" + item.Text, country, restated), item.Title);
                    var without = Json(Read(item.Title.Trim() + "\n" + item.Text, country, restated), item.Title);
                    if (withStop != without) differ.Add($"{name} {item.Id} (restated {restated}, country {country})");
                }
            }
        Assert.True(differ.Count == 0, string.Join("\n", differ.Take(20)) + $"\n({differ.Count} of {items})");
        Assert.True(items > 1000, $"{items} items");
    }
}
