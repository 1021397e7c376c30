using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 28 (extract50): the ordinary duty beside a trade remedy in the shapes extract49's pass missed — the duty goods "already pay",
/// the ordinary duty named by its own words that "continues to apply", and one stated in the remedy's own sentence, whose origin is the
/// remedy's, not the duty's — is on every origin under the remedy's imposer; and goods that "remain at" a rate with no tariff word
/// after it, or whose imports "continue to pay" it, are read where the item's measure is still the subject (docs/quality.md, "Session 28
/// (extract50)"). Texts are the tests' own.
/// </summary>
public class DutyAlreadyPaidTests
{
    private static string[] Read(string text, string? country) =>
        TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal).ToArray();

    // Articles read by more than one theory (each theory asserts its own measure of them).
    private const string Hammers = """
        Peru sets duties on Chinese hammers
        Indecopi imposed an anti-dumping duty of 42% on hammers from China for five years, on top of the 6% general tariff on hammers.
        """;

    private const string Ladders = """
        EU sets duties on Chinese ladders
        The EU imposed provisional anti-dumping duties of 33.5% on ladders from China. Hardware chains in Ireland said prices would rise, as ladders already pay a 2.2% conventional duty.
        """;

    private const string CitricAcid = """
        NTC sets duties on Chinese citric acid
        The National Tariff Commission imposed provisional anti-dumping duties of 18 percent on citric acid from China. The additive, which already pays 20 percent customs duty, is used in soft drinks.
        """;

    private const string Shelving = """
        Commerce sets duties on steel shelving from Malaysia
        Commerce set antidumping duties of 64.5% on steel shelving from Malaysia. The normal duty on the shelving, 2.5%, continues to apply.
        """;

    private const string HandSaws = """
        Anti-dumping duty on hand saws from China
        Article 1. A definitive anti-dumping duty of 55% calculated on the FOB value is fixed on hand saws originating in the People's Republic of China. Article 2. The extra-zone import duty of 16% that hand saws pay continues to apply.
        """;

    private const string Tilapia = """
        Ghana raises duty on frozen tilapia
        Ghana raised the import duty on frozen tilapia to 35 percent from 20 percent. Smoked fish remains at 20 percent.
        """;

    private const string Sorghum = """
        Kenya doubles maize duty
        Kenya doubled the import duty on maize to 50 percent. Imports of sorghum continue to pay 5%.
        """;

    [Theory]
    // in the remedy's own sentence, after its origin
    [InlineData(Hammers, "PE", "PE>* 6% hammers")]
    // the duty the remedy's goods already pay, beside a bystander's country; the payer named by "the" and a word refers to the remedy's goods
    [InlineData(Ladders, null, "EU>* 2.2% ladders")]
    [InlineData(CitricAcid, "PK", "PK>* 20% citric acid")]
    // the ordinary duty by its own words, continuing to apply, on its own goods
    [InlineData(Shelving, "US", "US>* 2.5% shelving")]
    [InlineData(HandSaws, "AR", "AR>* 16% hand saws")]
    public void The_ordinary_duty_beside_a_remedy_is_on_every_origin(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country));

    [Theory]
    [InlineData(Hammers, "PE", "PE>CN 6% hammers")]
    [InlineData(Ladders, null, "IE>* 2.2% conventional")]
    [InlineData(CitricAcid, "PK", "PK>CN 20% citric acid")]
    [InlineData(Shelving, "US", "US>MY 2.5% shelving")]
    [InlineData(HandSaws, "AR", "AR>CN 16% extra-zone")]
    public void The_remedys_origin_or_a_bystander_is_no_longer_the_dutys(string text, string? country, string wrong) =>
        Assert.DoesNotContain(wrong, Read(text, country));

    [Theory]
    // a country named in or after the duty's own words: the duty is on it
    [InlineData("""
        EU sets duties on Chinese ladders
        The EU imposed anti-dumping duties of 33.5% on ladders from China, on top of the 10% tariff on Chinese ladders it set last year.
        """, null, "EU>* 10%")]
    // a charge of its own that continues to apply is no ordinary duty
    [InlineData("""
        EU extends duties on Chinese bicycles
        The EU imposed new duties on Chinese bicycles. The anti-dumping duty of 48.5% that Chinese bicycles pay continues to apply.
        """, null, "EU>* 48.5%")]
    // outside a remedy item, the country named before the duty's words owns it
    [InlineData("""
        India and Peru sign trade deal
        India will cut its tariff on Peruvian grapes to 5%. Peru, which has a 4 per cent general tariff, will remove it on Indian tea.
        """, null, "IN>* 4%")]
    public void A_duty_on_a_named_origin_or_a_charge_of_its_own_stays(string text, string? country, string absent) =>
        Assert.DoesNotContain(Read(text, country), m => m.StartsWith(absent, StringComparison.Ordinal));

    [Theory]
    [InlineData(Tilapia, "GH", "GH>* 20% Smoked fish")]
    [InlineData("""
        Zambia raises duty on cement
        Zambia raised the customs duty on cement to 40 percent. Clinker stays at 15 percent, the minister said.
        """, "ZM", "ZM>* 15% Clinker")]
    [InlineData(Sorghum, "KE", "KE>* 5% sorghum")]
    public void Goods_that_stay_at_a_rate_beside_a_change_read_it(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country));

    [Theory]
    // a figure that is no goods, and a flow that rose, read nothing beside the duty
    [InlineData("Kenya raises sugar duty\nKenya raised the import duty on sugar to 35 percent. Unemployment remains at 12 percent.", "12%")]
    [InlineData("Kenya raises sugar duty\nKenya raised the import duty on sugar to 35 percent. Inflation remains at 6.8 percent.", "6.8%")]
    [InlineData("Kenya raises sugar duty\nKenya raised the import duty on sugar to 35 percent. Imports of sugar rose by 12 percent last year.", "12%")]
    // with no duty read before, a rate that stays is no measure
    [InlineData("Kenya's economy\nManufacturing output remains at 7 percent of GDP. Cement remains at 40 percent of construction costs.", "40%")]
    public void Figures_that_stay_read_nothing(string text, string rate) =>
        Assert.DoesNotContain(Read(text, "KE"), m => m.Contains(" " + rate + " ", StringComparison.Ordinal));
}
