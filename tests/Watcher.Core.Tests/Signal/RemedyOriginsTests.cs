using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 35 (extract69): a trade remedy's origins lay none of its duties. In an item about a trade remedy, a measure the sentence
/// reading put under a country the headline names only as an origin ("… on ceramic sinks from China and Türkiye") is the item's home's
/// or, where that is an origin or none, the outlet's country's; "imports into Egypt of …" names the market that imposes, and a later
/// origin "…, and in Malaysia, at 14.5%" is no imposer (docs/quality.md, "Session 35 (extract69)"). Texts are the tests' own.
/// </summary>
public class RemedyOriginsTests
{
    private static string[] Read(string text, string? country) =>
        TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal).ToArray();

    private const string Sinks = """
        Commission imposes provisional anti-dumping duties on ceramic sinks from China and Türkiye
        The Commission has imposed provisional anti-dumping duties on imports of ceramic sinks originating in the People's Republic of China and Türkiye. The duties range from 18.2% to 52.6% for Chinese exporters and from 7.4% to 21.9% for Turkish exporters.
        """;

    private const string Jars = """
        Ministerial Decree imposing anti-dumping duties on imports of glass jars from China and Malaysia
        The Minister of Trade issued a decree imposing anti-dumping duties on imports into Egypt of glass jars originating in the People's Republic of China, at 31.2% of the CIF value, and in Malaysia, at 14.5% of the CIF value.
        """;

    private const string Sheets = """
        Preliminary anti-dumping ruling on acrylic sheets from the US and Malaysia
        The Ministry of Economy made a preliminary ruling that imports of acrylic sheets from the United States and Malaysia were dumped. Importers shall pay deposits at the following rates: Plexico Inc 18.3%, other US companies 44.6%; Akrilik Sdn Bhd 7.1%, other Malaysian companies 19.2%.
        """;

    [Theory]
    [InlineData(Sinks, "EU", "EU>CN 52.6% ")]
    [InlineData(Jars, "EG", "EG>CN 31.2% ")]
    [InlineData(Sheets, "MX", "MX>US 44.6% ")]
    public void A_remedys_duty_is_laid_by_the_home_or_the_outlets_country(string text, string? country, string expected) =>
        Assert.Contains(Read(text, country), m => m.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData(Sinks, "EU", "TR>")]
    [InlineData(Jars, "EG", "MY>")]
    [InlineData(Sheets, "MX", "US>")]
    public void No_headline_origin_imposes(string text, string? country, string origin) =>
        Assert.DoesNotContain(Read(text, country), m => m.StartsWith(origin, StringComparison.Ordinal));

    [Theory]
    // a country the headline also names as an actor is no origin only: its retaliation stays its own
    [InlineData("""
        China hits back at EU anti-dumping duties on Chinese tyres
        China will impose anti-dumping duties of 32.5% on pork from the European Union, the commerce ministry said.
        """, "CN", "CN>EU 32.5% ")]
    // the outlet's country is an origin: the reading stands
    [InlineData("""
        US sets anti-dumping duties on shrimp from India and Vietnam
        Commerce set anti-dumping deposits of 12.5% on shrimp from India and 25.8% on shrimp from Vietnam.
        """, "IN", "US>IN 12.5% ")]
    // no trade remedy: a headline's origin that acts in the body keeps its measure
    [InlineData("""
        Duties on cars from Japan and Korea
        Korea will cut its duty on Japanese cars to 5%, Japan said.
        """, "KR", "KR>JP 5% ")]
    public void Look_alikes_keep_their_reading(string text, string? country, string expected) =>
        Assert.Contains(Read(text, country), m => m.StartsWith(expected, StringComparison.Ordinal));
}
