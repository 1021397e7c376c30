using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 27 (extract49): the duty a remedy's charge is added to ("The duty is added to the 10% import duty", "… in addition to the
/// tariff of 25% that nails already pay", "… in addition to the UK Global Tariff of 2%") is the general duty on every origin, laid by
/// the remedy's imposer, on the goods its own clause names or else the remedy's (docs/quality.md, "Session 27 (extract49)"). Texts are
/// the tests' own.
/// </summary>
public class DutyAddedToTests
{
    private static string[] Read(string text, string? country) =>
        TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal).ToArray();

    // Articles read by more than one theory (each theory asserts its own measure of them).
    private const string SteelNails = """
        Kenya imposes anti-dumping duty on steel nails from China
        The Kenya Revenue Authority imposed an anti-dumping duty of 28% on steel nails from China. The duty is added to the 10% import duty.
        """;

    private const string GlassFibre = """
        Thai authority puts anti-dumping duty on glass fibre from China and Korea
        The trade department said a dumping committee had decided on anti-dumping duties on glass fibre originating in the People's Republic of China and the Republic of Korea, under subheading 7019.12.00, for five years. Rates are 10.2% to 28.5% of the CIF value for imports from China and 6.1% to 14.9% of the CIF value for imports from Korea. The anti-dumping duties are collected in addition to the import duty of 7% on glass fibre. The measure takes effect the day after publication.
        """;

    private const string Sorbitol = """
        Commission sets provisional duties on sorbitol from Indonesia and Saudi Arabia
        The National Tariff Commission (NTC) made a preliminary determination on imports of sorbitol originating in and/or exported from Indonesia and the Kingdom of Saudi Arabia, and imposed provisional anti-dumping duties for four months at the following rates: Indonesia (all exporters) 12.5%; Saudi Arabia: Red Sea Sorbitol Company 8.1%, all other exporters 17.2%. The provisional duties are in addition to the customs duty of 10 percent on sorbitol. Comments are due within 15 days.
        """;

    private const string Tiles = """
        Safeguard duty on tiles
        The Ministry imposed a provisional safeguard duty of 30% on imported ceramic tiles. The safeguard duty is levied in addition to the most-favoured-nation import duty of 25 percent.
        """;

    [Theory]
    // the remedy's origin, carried from the sentence before, is not the general duty's
    [InlineData(SteelNails, null, "KE>* 10% steel nails")]
    [InlineData("""
        Kenya imposes anti-dumping duty on steel nails from China
        The Kenya Revenue Authority imposed an anti-dumping duty of 28% on steel nails from China. The anti-dumping duty is paid in addition to the tariff of 25% that steel nails already pay.
        """, null, "KE>* 25% steel nails")]
    [InlineData("""
        Colombia sets anti-dumping duty on Chinese padlocks
        Colombia confirmed a 22% anti-dumping duty on padlocks from China for five years. The duty is added to the 15% tariff.
        """, null, "CO>* 15% padlocks")]
    [InlineData("""
        Commerce sets duties on camping tents from Cambodia
        Commerce set preliminary antidumping duties of 41.2% on camping tents from Cambodia. The cash deposits are collected in addition to the normal customs duty of 4.5% that applies to camping tents.
        """, "US", "US>* 4.5% camping tents")]
    [InlineData("""
        Argentina sets anti-dumping duty on Chinese electric kettles
        Article 1. A definitive anti-dumping duty of US$ 3.10 per unit is imposed on imports of electric kettles originating in the People's Republic of China. Article 2. The duty shall be paid in addition to the Extra-Zone Import Duty of 35% applicable to electric kettles.
        """, "AR", "AR>* 35% electric kettles")]
    // a country that opens the name of a tariff schedule is no origin
    [InlineData("""
        Brazil applies anti-dumping duty on Chinese bicycle tyres
        Gecex approved an anti-dumping duty of 35% on bicycle tyres from China. The duty is charged in addition to the Import Tax of 16% on bicycle tyres under the Mercosur Common External Tariff.
        """, "BR", "BR>* 16% bicycle tyres")]
    // the remedy's origin does not lay it: the one imposer of the remedy on that origin does
    [InlineData(GlassFibre, "TH", "TH>* 7% glass fibre")]
    [InlineData(Sorbitol, "PK", "PK>* 10% sorbitol")]
    // goods named only inside the duty's own name ("most-favoured-nation") are the remedy's
    [InlineData(Tiles, "KE", "KE>* 25% ceramic tiles")]
    // a general duty no reading took is read as the remedy imposer's
    [InlineData("""
        DFT imposes anti-dumping duty on glass fibre from China and Korea
        The Department of Foreign Trade resolved to impose anti-dumping duties on glass fibre originating in China and Korea for five years. The duty rates are 10.2% to 28.5% of the CIF value for imports from China and 6.1% to 14.9% of the CIF value for imports from Korea. The anti-dumping duties are collected in addition to the import duty of 7% on glass fibre.
        """, "TH", "TH>* 7% glass fibre")]
    public void The_duty_a_remedy_is_added_to_is_on_every_origin(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country));

    [Theory]
    [InlineData(SteelNails, null, "KE>CN 10% steel nails")]
    [InlineData(GlassFibre, "TH", "KR>CN 7% glass fibre")]
    [InlineData(Sorbitol, "PK", "ID>* 10% sorbitol")]
    [InlineData(Tiles, "KE", "KE>* 25% -favoured-nation")]
    public void The_remedys_origin_is_no_longer_the_general_dutys(string text, string? country, string wrong) =>
        Assert.DoesNotContain(wrong, Read(text, country));

    // the remedy itself stays on its origin; a levy on top of another levy on the same origin, in an item about no trade remedy, is on that
    // origin; a remedy added to another remedy, or to a duty the sentence ties to a country, is not the general duty
    [Theory]
    [InlineData(SteelNails, null, "KE>CN 28% steel nails")]
    [InlineData("""
        China raises tariffs on US coal
        China will impose a 15% tariff on US coal from Monday. The new levy comes on top of the 10% tariff announced last month.
        """, null, "CN>US 10% coal")]
    [InlineData("""
        EU adds countervailing duty on Chinese steel pipes
        The Commission imposed a countervailing duty of 12% on steel pipes from China. The duty is collected in addition to the anti-dumping duty of 20% imposed in 2028.
        """, null, "EU>CN 20% steel pipes")]
    [InlineData("""
        Washington adds 25% tariff on Indian goods
        The US added a 25% penalty on Indian goods, on top of the existing 25% duty.
        """, null, "US>IN 25% goods")]
    public void Not_the_general_duty(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country));
}
