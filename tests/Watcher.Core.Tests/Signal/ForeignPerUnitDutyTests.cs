using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A Spanish trade-remedy headline writes its duty as an amount per unit after a bare "derechos", "cuota" or "antidumping", often with no
/// verb (TariffExtractor.ForeignPerUnit.cs): the amount per piece, pair, unit or kilo is the duty, on the goods after it, by the country
/// or authority named before it, else the outlet's. The rows are written for the grammar of the headline, not copied from a labelled set.
/// </summary>
public class ForeignPerUnitDutyTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // a bare "derechos" before an amount per kilo, with a verb and with none
    [InlineData("Indecopi fija derechos de hasta US$ 0.95 por kilo a mochilas chinas", "PE", "PE>CN 0.95 usd/kg mochilas")]
    [InlineData("Indecopi: derechos de hasta US$ 3.05 por kilo a paraguas chinos", null, "PE>CN 3.05 usd/kg paraguas")]
    // a bare "cuota" per piece; a bare "antidumping" per pair; "derecho antidumping" per unit, whose amount is no goods
    [InlineData("Cuota de hasta 1.20 dólares por pieza a tijeras de China", "MX", "MX>CN 1.2 usd/piece tijeras")]
    [InlineData("Antidumping de US$ 2.50 por par a las sandalias chinas", "AR", "AR>CN 2.5 usd/pair sandalias")]
    [InlineData("Fijan derecho antidumping de US$ 4.10 por unidad a raquetas chinas", "AR", "AR>CN 4.1 usd/unit raquetas")]
    // Mexico's ministry of the economy, named bare as the one that imposes
    [InlineData("Economía impone cuotas compensatorias de hasta 3.15 dólares por pieza a candados chinos", null, "MX>CN 3.15 usd/piece candados")]
    public void An_amount_per_unit_after_a_bare_remedy_word_is_the_duty(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // a price per pair: no duty word
    [InlineData("Las sandalias chinas suben a US$ 2.50 por par en Lima", "PE")]
    // a duty asked for, not set
    [InlineData("Fabricantes piden derechos de hasta US$ 2 por kilo a mochilas chinas", "PE")]
    // no country or authority named and no outlet: no imposer
    [InlineData("Derecho de US$ 1.50 por kilo a sillas de China", null)]
    public void No_duty_is_read(string text, string? country) =>
        Assert.Equal(string.Empty, Read(text, country));

    [Fact]
    // "Economía" that imposes nothing is the economy, not Mexico: the outlet's country lays the duty
    public void The_economy_is_no_ministry() =>
        Assert.Equal("AR>* 25% acero", Read("Acero más caro.\nEconomía y comercio en alerta: el Gobierno sube a 25% el arancel al acero importado.", "AR"));
}
