using System.Text.Json;
using Watcher.Core.Facts;
using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// One reading of an item for its fingerprint and its facts (<c>TariffExtractor.ItemReading</c>): the fingerprint reads its measures
/// from the facts' text ("headline\nbody") where that text splits as its own ("headline.\nbody") but for the headline, and a reading
/// finishes both sets of measures from one pass over the sentences. Neither may change a measure.
/// </summary>
public class ItemReadingTests
{
    private static string Json(IEnumerable<TariffMeasure> measures) => JsonSerializer.Serialize(measures);

    private static string OwnForm(string title, string text) =>
        Json(TariffExtractor.Extract(StoryFingerprint.WholeText(title, text), headlineRestated: false));

    private static string Stated(string title, string text, TariffExtractor.ItemReading? reading = null) =>
        Json(StoryFingerprint.StatedMeasures(title, text, StoryFingerprint.WholeText(title, text), reading));

    [Theory]
    // the headline a measure, the body another
    [InlineData("Canada sets 25% surtax on US steel", "Ottawa said on Monday the surtax takes effect on March 4. Brazil raised its levy on Chinese tyres to 35%.")]
    // the headline's measure restated in the body, with the same words
    [InlineData("India raises duty on gold to 15%", "India raises duty on gold to 15%\nThe finance ministry said the rise applies from Friday.")]
    // a headline that ends with its own full stop, and one with two sentences
    [InlineData("Japan cuts tariff on beef to 9%.", "Tokyo agreed the cut with Canberra in talks last week.")]
    [InlineData("Tariffs rise. The EU sets a 10% duty on Chinese bikes", "Brussels said the duty applies for five years.")]
    // a headline with spaces around it, and a body line as long as the headline with its full stop
    [InlineData("  Mexico imposes 30% tariff on Asian textiles ", "Officials said the tariff covers 1,400 lines.")]
    [InlineData("US sets 50% tariff on copper", "US sets 50% tariff on copper.\nThe order was signed on Friday.")]
    // a body line without a rate as long as the headline, or as long as the headline with its full stop (shared since session 30)
    [InlineData("Peru sets 20% duty on Bolivian cement", "Lima said the duty applies from June 1. Builders said prices would rise soon.")]
    [InlineData("Peru sets 20% duty on Bolivian cement", "Lima said the duty applies from June 1. Builders said their prices would rise.")]
    // and a body line with a rate as long as the headline
    [InlineData("Peru sets 20% duty on Bolivian cement", "Lima said the duty applies from June 1. Importers said 12 ships were waiting.")]
    // headlines that end in other marks (review17): a question, a colon, an abbreviation's full stop, a quote, an ellipsis, a dash
    [InlineData("Will Canada's 25% surtax on US steel last?", "Ottawa said the surtax takes effect on March 4.")]
    [InlineData("Tariffs: Brazil raises levy on Chinese tyres to 35%:", "The Gecex committee approved the rise on Tuesday.")]
    [InlineData("China sets 34% tariff on goods from the U.S.", "The commerce ministry said the duty applies from April 10.")]
    [InlineData("\"We will hit back\": EU sets 25% duty on US whiskey", "Brussels said the duty applies from June 1.")]
    [InlineData("India raises duty on gold to 15%…", "The finance ministry said the rise applies from Friday.")]
    [InlineData("Steel imports surge from Vietnam —", "The government imposed a 12% safeguard duty on flat steel on Monday.")]
    // no headline, no body
    [InlineData("", "Korea sets a 20% duty on Chinese steel plate.")]
    [InlineData("Korea sets a 20% duty on Chinese steel plate", "")]
    public void The_fingerprint_reads_the_same_measures_from_the_items_text(string title, string text)
    {
        Assert.Equal(OwnForm(title, text), Stated(title, text));
        var shared = new TariffExtractor.ItemReading(StoryFingerprint.ItemText(title, text), null);
        Assert.Equal(OwnForm(title, text), Stated(title, text, shared));
        Assert.Equal(Json(TariffExtractor.Extract(StoryFingerprint.ItemText(title, text), (string?)null)), Json(shared.Measures(headlineRestated: true)));
    }

    /// <summary>A body sentence as long as the headline (37 characters) or as the headline with its full stop (38) is compared with the
    /// headline's evidence by length only when a rate may be written in it: a sentence without one is no measure's evidence.</summary>
    [Theory]
    [InlineData("Builders said prices would rise soon.", true)]
    [InlineData("Builders said their prices would rise.", true)]
    [InlineData("Importers said 12 ships were waiting.", false)]
    [InlineData("Importers said many went up 5 percent.", false)]
    public void A_sentence_without_a_rate_as_long_as_the_headline_leaves_the_reading_shared(string tie, bool shared)
    {
        const string title = "Peru sets 20% duty on Bolivian cement";
        var text = "Lima said the duty applies from June 1. " + tie;
        var evidence = StoryFingerprint.HeadlineEvidence(StoryFingerprint.ItemText(title, text), StoryFingerprint.WholeText(title, text));
        Assert.Equal(shared ? (title, title + ".") : null, evidence);
    }

    [Fact]
    public void Every_dev_item_reads_the_same_measures_once_as_twice()
    {
        var differ = new List<string>();
        var items = 0;
        foreach (var (name, path) in LabelledSet.DevSets)
            foreach (var item in LabelledSet.Load(path))
            {
                items++;
                var text = StoryFingerprint.ItemText(item.Title, item.Text);
                var own = OwnForm(item.Title, item.Text);
                var reading = new TariffExtractor.ItemReading(text, null);
                var stated = Stated(item.Title, item.Text, reading);
                if (own != stated) differ.Add($"{name} {item.Id}: stated\n  own    {own}\n  shared {stated}");
                // the reading that served the fingerprint finishes the item's measures as a reading of its own would
                var whole = Json(reading.Measures(headlineRestated: true));
                if (whole != Json(TariffExtractor.Extract(text, (string?)null))) differ.Add($"{name} {item.Id}: item measures");
                if (item.SourceCountry is { } country)
                {
                    var withCountry = new TariffExtractor.ItemReading(text, country);
                    var first = Json(withCountry.Measures(headlineRestated: false));
                    if (Json(withCountry.Measures(headlineRestated: true)) != Json(TariffExtractor.Extract(text, country))
                        || first != Json(TariffExtractor.Extract(text, headlineRestated: false, country)))
                        differ.Add($"{name} {item.Id}: item measures with {country}");
                }
            }
        Assert.True(differ.Count == 0, string.Join("\n", differ.Take(20)) + $"\n({differ.Count} of {items})");
        Assert.True(items > 1000, $"{items} items");
    }
}
