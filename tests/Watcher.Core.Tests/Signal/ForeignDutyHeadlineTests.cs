using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A headline-only item in Spanish, Portuguese or French that states a customs duty set or moved to a rate is read as the measure it
/// states (TariffExtractor.ForeignHeadlines.cs): the goods after the duty word's preposition, after the rate, or as the headline's
/// subject; the origin from a demonym ("chinas") or "de China"; the imposer a country named before the verb, else the outlet's.
/// The rows are written for the shapes, not copied from a labelled set.
/// </summary>
public class ForeignDutyHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Suben a 30% el arancel del café tostado importado", "GT", "GT>* 30% café tostado")]
    [InlineData("Arancel a neumáticos usados sube a 35% desde marzo", "SV", "SV>* 35% neumáticos usados")]
    [InlineData("Arancel de la leche en polvo baja a 5%", "DO", "DO>* 5% leche en polvo")]
    [InlineData("Bajan al 12% los aranceles para bicicletas y triciclos", "UY", "UY>* 12% bicicletas+triciclos")]
    [InlineData("Governo eleva para 18% imposto de importação de geladeiras", "BR", "BR>* 18% geladeiras")]
    [InlineData("Sobe para 25% o imposto de importação de pneus", "BR", "BR>* 25% pneus")]
    [InlineData("Gobierno elimina arancel del 8% a la harina de maíz", "HN", "HN>* 8% harina de maíz")]
    [InlineData("Économie : droit d'importation à 30% pour les chaussures et sacs en cuir", "SN", "SN>* 30% chaussures+sacs en cuir")]
    [InlineData("Oignons : droit de douane relevé à 25%", "CI", "CI>* 25% Oignons")]
    public void A_foreign_duty_headline_is_the_outlet_s_measure(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // no country named: the outlet decides
    }

    [Theory]
    [InlineData("Economía impone cuota compensatoria de hasta 2.10 dólares por kilo a tijeras chinas", "MX", "MX>CN 2.1 usd/kg tijeras")]
    [InlineData("Bisagras chinas pagarán derechos antidumping de hasta US$0.95 por kilo", "PE", "PE>CN 0.95 usd/kg Bisagras")]
    public void An_origin_in_the_goods_is_the_target(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Fact]
    public void A_country_named_before_the_verb_imposes() =>
        Assert.Equal("GT>* 20% arroz", Read("Guatemala sube a 20% el arancel a la importación de arroz", null));

    // a toll, a fare or a utility's "tarifa"; a duty asked for or that could rise; no rate; no decision; a body item (the English
    // reading decides there). A rate with a decimal comma, refused here, is read by ForeignDutyStatements ("7,5%" is 7.5%).
    [Theory]
    [InlineData("Tarifas del metro suben 10% desde enero", "CL")]
    [InlineData("Tarifas eléctricas bajan 4% en junio", "PE")]
    [InlineData("Productores piden subir arancel al 40% para el azúcar", "GT")]
    [InlineData("Arancel al arroz podría subir a 25%", "HN")]
    [InlineData("¿Subirá el arancel a la leche al 20%?", "CR")]
    [InlineData("Gobierno reduce arancel a frijoles importados", "PA")]
    [InlineData("Exportadores celebran arancel de 15% en Estados Unidos", "CR")]
    [InlineData("Gecex reduz imposto de importação sobre scanners\nO comitê reduziu o imposto.", "BR")]
    [InlineData("Le prix du pain relevé à 5%", "SN")]
    public void Not_a_foreign_duty_headline(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
