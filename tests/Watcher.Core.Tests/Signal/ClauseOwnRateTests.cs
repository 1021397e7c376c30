using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 19 (extract32): who a rate is for when English gives it a clause of its own. A later clause of a tariff sentence that
/// opens with its own goods or origin and the rate it gets or moves to ("…, while canned tuna drops to 8 percent", "…, while Pakistan
/// got 12.4 percent") states a measure; a rate "for most other countries" is every origin's; goods "from countries with which X does
/// not have a trade agreement, mainly China" are on every such origin; an origin named as the cause ("as imports from India
/// squeezed local makers") is no target; a continuation that "will attract" or "received a rate of" a rate is charged it. The
/// sentences are the tests' own; negatives are figures that drop, a second rate of a named country, and a cause that is the target.
/// </summary>
public class ClauseOwnRateTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("The ministry raised the import tariff on ceramic tiles to 30%; porcelain sinks go from 10% to 25%.", "KE", "KE>* 25% porcelain sinks")]
    [InlineData("The US set anti-dumping duties of 35.2% on steel nails from Oman, while Pakistan got 12.4 percent.", null, "US>PK 12.4% steel nails")]
    public void A_later_clause_s_own_rate_is_a_measure(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country).Split('|'));

    [Theory]
    [InlineData("The duty on rice stays at 35%, while growth drops to 3 percent this year.", "PH", "3%")]
    [InlineData("The tariff on cement was raised to 30%, while the importers' market share drops to 5 percent.", "KE", "5%")]
    [InlineData("The club raised its transfer levy to 10%, while ticket prices drop to 5 percent.", null, "5%")]
    public void A_figure_in_a_later_clause_is_no_measure(string text, string? country, string rate) =>
        Assert.DoesNotContain(Read(text, country).Split('|'), m => m.Contains(" " + rate + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington keeps a 10% tariff on Japanese cars, while its tariffs on imported cars stand at 25% for most other countries.", "US>* 25%")]
    [InlineData("Seoul will charge 8% on Australian beef and 40% on all other trading partners.", "KR>* 40%")]
    public void A_rate_for_every_other_country_is_every_origin_s(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington keeps a 10% tariff on Japanese cars, while its tariffs on imported cars stand at 25% for most other countries.", "US>JP 10%")]
    [InlineData("The EU set a 12% duty on Chinese bicycles and 8% for the other exporters under investigation.", "EU>CN 12%")]
    public void A_named_country_s_rate_stays_its_own(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile raised to 25% the import tariff on tyres from countries with which it does not have a trade agreement, mainly China.", "CL>* 25%")]
    [InlineData("Peru raised to 20% the tariff on footwear from countries with which Peru doesn't have a free trade agreement, chiefly Vietnam.", "PE>* 20%")]
    public void Goods_from_countries_without_an_agreement_are_on_every_such_origin(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Indonesia imposed a duty of 15% on ceramic tiles, as imports from India and China squeezed local makers.", "ID>* 15%")]
    [InlineData("Brazil raised the import tariff on glass bottles to 18% on Monday, answering producers that had complained about Chinese imports.", "BR>* 18%")]
    public void An_origin_named_as_the_cause_is_no_target(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Indonesia imposed a duty of 15% on ceramic tiles from India, as imports from India doubled.", "ID>IN 15%")]
    [InlineData("Brazil imposed a 18% duty on Chinese glass bottles after local producers had complained about the imports.", "BR>CN 18%")]
    public void A_target_named_before_the_cause_stays(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Turkey imposed anti-dumping duties on glass jars from Egypt and Iran. Egyptian shipments will attract a flat 14.5%.", "TR>EG 14.5%")]
    [InlineData("The US set preliminary duties on woven sacks from Sri Lanka and Nepal. Nepal, the other country under investigation, received a rate of 31.6 percent.", "US>NP 31.6%")]
    public void A_continuation_charged_a_rate_continues_the_measure(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("The US set preliminary duties on woven sacks from Sri Lanka and Nepal. The plant received a rate of 4 percent interest on its loan.")]
    [InlineData("The EU imposed duties on Chinese e-bikes. Investors will attract 12% returns, the fund said.")]
    public void A_figure_received_after_a_measure_is_no_rate(string text) =>
        Assert.DoesNotContain(Read(text).Split('|'), m => m.Contains(" 4% ", StringComparison.Ordinal) || m.Contains(" 12% ", StringComparison.Ordinal));

    /// <summary>fix19x: a country by name that gets a rate ("…; Thailand gets 18%") is whom the rate is for, never the sentence's imposer
    /// (extract32 had read "Thailand gets 18% and Cambodia 17%" as Thailand's duties on Malaysia and Cambodia).</summary>
    [Theory]
    [InlineData("Washington trimmed its tariffs across the region on Friday; Thailand gets 18% and Cambodia 17%.", null, "TH>")]
    [InlineData("Malaysian exporters will now pay 14%, down from 19%, after the White House trimmed tariffs across the region; Thailand gets 18% and Cambodia 17%.", null, "TH>")]
    [InlineData("The US set anti-dumping duties of 35.2% on steel nails from Oman, while Pakistan got 12.4 percent.", null, "PK>")]
    public void A_country_that_gets_a_rate_imposes_none(string text, string? country, string imposer) =>
        Assert.DoesNotContain(Read(text, country).Split('|'), m => m.StartsWith(imposer, StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington trimmed its tariffs across the region on Friday; Thailand gets 18% and Cambodia 17%.", "US>TH 18%")]
    public void A_country_that_gets_a_rate_is_its_target(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));
    /// <summary>Session 20 (extract33, review19's over-reach): a later clause's subject must be a trade party or goods, not a party in a
    /// vote, a firm or a national account; its rate must be of the sentence's time and not one that might come.</summary>
    [Theory]
    [InlineData("Kenya raised the duty on sugar to 35%, while the ruling party got 48 percent in the by-election.", "KE", "48%")]
    [InlineData("The EU imposed duties of 17% on Chinese EVs, while Tesla got 7.8 percent.", null, "Tesla")]
    [InlineData("The US set a 20% tariff on Vietnamese goods, while the trade deficit drops to 3 percent of GDP.", null, "3%")]
    [InlineData("The US tariff on Thai goods is 19%, while last year Vietnam got 46 percent.", null, "46%")]
    [InlineData("The US tariff on Thai goods is 19%, while Vietnam previously got 46 percent.", null, "46%")]
    [InlineData("The US tariff on Indian shrimp rises to 25%, while Ecuador could get 10 percent if talks succeed.", null, "10%")]
    [InlineData("Kenya raised the duty on cement to 20%, while imports from China fall to 10 percent of supply.", "KE", "10%")]
    [InlineData("The EU imposed duties on Chinese e-bikes of 18%, while investors got 12 percent returns.", null, "12%")]
    public void A_later_clause_of_no_trade_party_or_goods_or_of_another_time_states_no_rate(string text, string? country, string word) =>
        Assert.DoesNotContain(Read(text, country).Split('|'), m => m.Contains(" " + word, StringComparison.Ordinal));

    [Theory]
    [InlineData("The US set a 20% tariff on Vietnamese goods, while the trade deficit drops to 3 percent of GDP.", null)]
    [InlineData("Kenya raised the duty on sugar to 35%, while the ruling party got 48 percent in the by-election.", "KE")]
    public void A_later_clause_s_verb_is_not_the_first_measure_s_action(string text, string? country) =>
        Assert.All(TariffExtractor.Extract(text, country), m => Assert.DoesNotContain(m.Action, new[] { TariffActions.Removed, TariffActions.Ruled }));

    [Theory]
    [InlineData("The EU imposed duties of 17% on Chinese EVs, while Tesla got 7.8 percent.", null, "EU>CN 7.8% ")]
    [InlineData("The US set anti-dumping duties of 35.2% on steel nails from Oman, while Indian exporters got 12.4 percent.", null, "US>IN 12.4%")]
    [InlineData("Kenya cut the import duty on rice to 25%, while the duty on canned tuna drops to 8 percent.", "KE", "KE>* 8%")]
    public void A_later_clause_s_party_or_tariff_keeps_its_rate(string text, string? country, string expected) =>
        Assert.Contains(Read(text, country).Split('|'), m => m.StartsWith(expected, StringComparison.Ordinal));
}
