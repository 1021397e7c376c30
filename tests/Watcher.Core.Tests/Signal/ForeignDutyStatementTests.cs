using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A French, Spanish or Portuguese item, headline or body, is read sentence by sentence for the customs duties it states
/// (TariffExtractor.ForeignStatements.cs): a duty word, a decision verb in any tense, a rate beside the duty word, the goods after
/// the preposition in their own words, the origin from a demonym, "procedente de / vindas do / en provenance de" or the country the
/// duty falls on, the imposer a country or authority named before the duty, else the outlet's. The rows are written for the
/// grammar of the statement, not copied from a labelled set.
/// </summary>
public class ForeignDutyStatementTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // Spanish: "fijó un arancel del 40 por ciento al calzado importado"; "derechos antidumping … de hasta el 36,4% sobre … procedente de"
    [InlineData("Colombia fija arancel para el calzado.\nEl Ministerio de Comercio fijó un arancel del 40 por ciento al calzado importado, según el decreto.", "CO", "CO>* 40% calzado")]
    [InlineData("Bruselas castiga al biodiésel.\nLa Comisión Europea impuso derechos antidumping provisionales de hasta el 36,4% sobre el biodiésel procedente de China.", null, "EU>CN 36.4% biodiésel")]
    // French: "porte à 25 % les droits de douane sur l'acier en provenance de Chine"
    [InlineData("Ottawa durcit le ton.\nLe Canada porte à 25 % les droits de douane sur l'acier en provenance de Chine à compter du 1er juillet.", null, "CA>CN 25% acier")]
    // Portuguese: "pagarão 12% de direitos sobre as garrafas vindas do Chile"; "elevou para 25% a alíquota do imposto de importação sobre o aço"
    [InlineData("Vinho mais caro.\nOs importadores pagarão 12% de direitos sobre as garrafas vindas do Chile, decidiu a Camex.", "BR", "BR>CL 12% garrafas")]
    [InlineData("Aço importado fica mais caro.\nO governo elevou para 25% a alíquota do imposto de importação sobre o aço, informou o ministério.", "BR", "BR>* 25% aço")]
    // the duty falls on a country: its goods in general
    [InlineData("Estados Unidos impone aranceles del 30% a Sudáfrica", null, "US>ZA 30% goods")]
    // "del 35% al 16%": the rate reached
    [InlineData("Argentina baja del 35% al 16% el arancel para las motocicletas", null, "AR>* 16% motocicletas")]
    // a demonym closes the goods and names their origin
    [InlineData("Perú aplica derechos antidumping de 1.20 dólares por kilo a tejidos chinos", null, "PE>CN 1.2 usd/kg tejidos")]
    // a headline with no verb but a customs term; goods after the duty word's own "de"; goods as the subject of paying a duty;
    // "et le" joining products; a surtax that "frappe" its goods; an agent imposing ("imposé par"); one measure an origin
    [InlineData("Derechos antidumping de hasta 0.85 dólares por kilo a cerraduras chinas", "PE", "PE>CN 0.85 usd/kg cerraduras")]
    [InlineData("Painéis solares mais baratos.\nO governo reduziu de 18% para 10% o imposto de importação de painéis solares, informou o ministério.", "BR", "BR>* 10% painéis solares")]
    [InlineData("Bicicletas elétricas pagarão 15% de direitos a partir de março", "AO", "AO>* 15% Bicicletas elétricas")]
    [InlineData("La loi de finances porte à 35 % le droit de douane sur le riz brisé et le sucre importés.", "SN", "SN>* 35% riz brisé+sucre")]
    [InlineData("Nouvelle taxe.\nUne surtaxe de 10 % frappe les pneus importés.", "CI", "CI>* 10% pneus")]
    [InlineData("Les fabricants dénoncent le droit de douane de 20 % imposé par les États-Unis sur les panneaux chinois.", "FR", "US>CN 20% panneaux")]
    [InlineData("Indecopi fija derechos antidumping de 2.10 dólares por kilo a tuberías de China y Tailandia.\nLa medida rige por cinco años.", null, "PE>CN 2.1 usd/kg tuberías|PE>TH 2.1 usd/kg tuberías")]
    public void A_foreign_duty_statement_is_read_in_its_own_words(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    [InlineData("Suspenden arancel de 15% al maíz amarillo", "CR", "CR>* 15% maíz amarillo")]
    [InlineData("Arancel al aceite baja a 7,5%", "CO", "CO>* 7.5% aceite")]
    [InlineData("Les importateurs paieront 20 % de droits de douane sur les motos", "SN", "SN>* 20% motos")]
    public void A_headline_the_headline_shapes_miss_is_the_outlet_s_measure(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // no country named: the outlet decides
    }

    // "droits" of enrolment, "tarifa eléctrica", "direitos humanos", "taxe foncière", a mountain's "cumbre", a price rise after a duty,
    // a duty asked for or weighed, a toll
    [Theory]
    [InlineData("Le gouvernement augmente de 10 % les droits d'inscription à l'université", "FR")]
    [InlineData("El Gobierno sube un 8% la tarifa eléctrica para los hogares", "ES")]
    [InlineData("O Brasil eleva em 20% o orçamento para direitos humanos", "BR")]
    [InlineData("La mairie augmente la taxe foncière de 5 % sur les logements", "FR")]
    [InlineData("Los alpinistas alcanzan la cumbre del Aconcagua con un 30% menos de oxígeno", "AR")]
    [InlineData("El precio del café sube 12% tras el arancel a Brasil", "CO")]
    [InlineData("Productores piden un arancel del 40% a la leche importada", "CR")]
    [InlineData("La Unión Europea podría imponer aranceles del 25% al acero", null)]
    [InlineData("Peajes: la tarifa de la autopista sube 6,8% desde enero", "CL")]
    [InlineData("Estado eleva para 20% a alíquota do ICMS sobre combustíveis", "BR")]
    public void Not_a_foreign_duty_statement(string text, string? country) =>
        Assert.Equal("", Read(text, country));

    [Fact]
    public void An_english_text_is_left_to_the_english_reading() =>
        Assert.Null(TariffExtractor.ForeignDutyStatements("The customs list shows the arancel for sorghum was suspended at 15% from May by the ministry.", "MX"));
}
