using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 32 (extract61; docs/quality.md, "Session 32 (extract61)"): the ordinary duty a remedy's goods "also pay", "also attract" or
/// are "also subject to" is on every origin, laid by the remedy's imposer (TariffExtractor.GeneralDuty.cs); a customs union named
/// only as the owner of a nomenclature is no party
/// (TariffExtractor.Blocs.cs); a remedy's later origin behind its formal name or after a repeated "and in" is an origin, not the
/// imposer (TariffExtractor.OriginNames.cs). Each positive read the remedy's origin, the bloc or the later origin on main. Sentences
/// are the tests' own.
/// </summary>
public class PartiesAndAlsoPaidDutyTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("VN", "MOIT imposes anti-dumping duties on aluminium ladders from China.\nThe Ministry of Industry and Trade imposed anti-dumping duties of up to 27.5% on aluminium ladders from China for five years. Aluminium ladders also pay a 10% import duty.",
        "VN>* 10%", "VN>CN 10%")]
    [InlineData("NZ", "Final decision: galvanised buckets from China.\nThe Minister has made a final determination that galvanised buckets exported to New Zealand from the People's Republic of China have been dumped. Anti-dumping duties will be imposed at 31.4% for all exporters from China, for five years. Galvanised buckets also attract the normal tariff of 8%.",
        "NZ>* 8%", "NZ>CN 8%")]
    [InlineData("BR", "Gecex applies anti-dumping duty on citric esters from China.\nGecex approved a definitive anti-dumping duty of 22.6% on imports of citric esters from China for five years. The product, used in plastics, is also subject to the Common External Tariff (CET) of 12%.",
        "BR>* 12% citric esters", "BR>CN 12%")]
    public void The_duty_a_remedys_goods_also_pay_is_on_every_origin(string country, string text, string expected, string absent)
    {
        var read = Read(text, country);
        Assert.Contains(expected, read);
        Assert.DoesNotContain(absent, read);
    }

    [Fact]
    public void Goods_that_also_pay_named_by_reference_are_the_remedys_goods()
    {
        const string text = "Government accepts TRA recommendation on bath panels and basin units from China.\n"
            + "The Secretary of State has accepted the recommendation to impose anti-dumping duties of up to 33.2% on bath panels and up to 21.5% on basin units from China. "
            + "Both products also pay the import duty of 6% under the UK Global Tariff.";
        var read = Read(text, "GB");
        Assert.Contains("GB>* 6% bath panels", read);
        Assert.DoesNotContain("Both products", read);
    }

    [Theory]
    // a rate the goods "also pay" that names no duty, or an extra charge of its own, is no ordinary duty
    [InlineData("PH", "Squid tariff cut to 5 percent.\nThe government cut the tariff on imported frozen squid to 5 percent. Frozen octopus will also pay 5 percent.", "PH>* 5% frozen squid")]
    [InlineData("TR", "Extra duty on Chinese e-bikes.\nTürkiye imposed an additional duty of 25% on e-scooters from China. E-bikes made in China will also pay an additional 25% duty.", "TR>CN 25% e-bikes")]
    public void What_goods_also_pay_beside_no_ordinary_duty_is_read_as_before(string country, string text, string expected) =>
        Assert.Contains(expected, Read(text, country));

    [Theory]
    [InlineData("AR", "Resolution 12/2031: anti-dumping duty on electric kettles from China.\nMINISTRY OF ECONOMY. Resolution 12/2031.\nArticle 1. A definitive anti-dumping duty of 35% is set on imports of electric kettles originating in the People's Republic of China, classified under MERCOSUR Common Nomenclature item 8516.79.90.\nArticle 2. The duty applies in addition to the extra-zone import duty of 18% on electric kettles.",
        "AR>* 18%")]
    public void A_customs_union_named_only_as_a_bystander_is_no_party(string country, string text, string expected)
    {
        var read = Read(text, country);
        Assert.Contains(expected, read);
        Assert.DoesNotContain("SACU", read);
        Assert.DoesNotContain("MERCOSUR", read);
    }

    [Fact]
    public void A_customs_union_that_acts_keeps_its_measure() =>
        Assert.Contains("MERCOSUR>EU 10% wine", Read("Mercosur to cut wine tariff.\nMercosur will cut its tariff on EU wine to 10% under the agreement.", "UY"));

    [Theory]
    [InlineData("TW", "MOF imposes anti-dumping duties on garden shears from China and Thailand.\nThe Ministry of Finance announced that anti-dumping duties will be imposed on garden shears originating in mainland China at rates of 20.5% to 60.1% and in Thailand at rates of 10.2% to 15.3% for five years.",
        "TW>CN 60.1%", "TH>")]
    [InlineData("EG", "Decree imposing anti-dumping duties on ceiling fans from China and Türkiye.\nThe Minister issued Ministerial Decree No. 88 of 2031 imposing definitive anti-dumping duties on imports of ceiling fans originating in or imported from the People's Republic of China at 22% of the CIF value and from the Republic of Türkiye at 14% of the CIF value. The duties are in addition to the customs duty of 40% on ceiling fans.",
        "EG>* 40%", "TR>")]
    [InlineData("TH", "DFT duties on vinyl flooring.\nThe DFT announced anti-dumping duties on vinyl flooring originating from the People's Republic of China and the Socialist Republic of Vietnam, at rates of 9.1% - 35.2% of the CIF value, for five years.",
        "TH>", "VN>")]
    public void A_later_origin_behind_its_formal_name_or_a_repeated_preposition_is_no_imposer(string country, string text, string expected, string absent)
    {
        var read = Read(text, country);
        Assert.Contains(expected, read);
        Assert.DoesNotContain(absent, read);
    }

    [Theory]
    [InlineData("MU", "Duty on canned tuna raised to 30 percent.\nThe Ministry of Finance announced that import duty on canned tuna will rise to 30 percent from 1 July. The duty was previously 15 percent.", "MU>* 15%")]
    [InlineData("CM", "Finance law raises duty on imported yoghurt.\nCameroon's 2031 finance law raises the customs duty on imported yoghurt to 35%, against 25% previously, to support local dairies.", "CM>* 25%")]
    [InlineData("SN", "Le droit de douane sur les oignons importés porté à 40%.\nDAKAR - Le ministère des Finances a relevé à 40% le droit de douane applicable aux oignons importés, contre 30% auparavant, afin de protéger les producteurs.", "SN>* 30%")]
    public void A_rate_stated_as_the_earlier_level_is_no_measure(string country, string text, string absent)
    {
        var read = Read(text, country);
        Assert.DoesNotContain(absent, read);
        Assert.Contains(">* ", read);
    }
}
