using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A remedy's rate written after the origin it is for ("… originating in or imported from India at 42% and from Malaysia at 17%",
/// "… originating in the Republic of Korea, at a rate of 23.5%") is that origin's rate however long the goods list and the origins'
/// names make the way back to the duty word (TariffExtractor.OriginRate.cs). A share of trade after an origin is none. The rows are
/// written for the grammar of the sentence, not copied from a labelled set.
/// </summary>
public class OriginRateTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Fact]
    public void Each_origin_takes_the_rate_after_it_in_a_long_decree_sentence() =>
        Assert.Equal("EG>IN 42% ceramic wall tiles+porcelain floor tiles|EG>MY 17% ceramic wall tiles+porcelain floor tiles",
            Read("Definitive duties on tiles from India and Malaysia.\nThe Minister of Trade and Industry issued a decree imposing definitive anti-dumping duties for five years on imports of ceramic wall tiles and porcelain floor tiles originating in or imported from India at 42% of the CIF value and from Malaysia at 17% of the CIF value.", "EG"));

    [Fact]
    public void Each_origin_takes_its_rate_without_a_value_named() =>
        Assert.Equal("EG>IN 42% ceramic wall tiles+porcelain floor tiles|EG>MY 17% ceramic wall tiles+porcelain floor tiles",
            Read("The Minister of Trade and Industry issued a decree imposing definitive anti-dumping duties for five years on imports of ceramic wall tiles and porcelain floor tiles originating in or imported from India at 42% and from Malaysia at 17%.", "EG"));

    [Fact]
    public void A_later_origin_behind_its_formal_name_is_no_imposer() =>
        Assert.Equal("EG>CN 27% electric kettles+toasters|EG>TR 12% electric kettles+toasters",
            Read("The Minister of Trade and Industry issued a decree imposing provisional anti-dumping duties for four months on imports of electric kettles and toasters originating in or imported from the People's Republic of China at 27% of the CIF value and from the Republic of Türkiye at 12% of the CIF value.", "EG"));

    [Theory]
    // a share of the goods' imports after the origin is no rate of the duty
    [InlineData("The review of the anti-dumping duties on bicycle tyres and inner tubes heard that imports of tyres and tubes from India and Vietnam were growing, with shipments from India at 35% of the total.", "EG")]
    // a rate after a clause break belongs to that clause
    [InlineData("The ministry kept anti-dumping duties on ceramic wall tiles and porcelain floor tiles under review for a further year; prices of tiles imported from India at 42% below cost were cited.", "EG")]
    public void A_share_or_another_clause_after_an_origin_is_no_rate(string text, string country) =>
        Assert.Equal(string.Empty, Read(text, country));
}
