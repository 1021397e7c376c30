using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14 (extract26): an item that states a decision on a duty and names no one who could impose it is its outlet's country's
/// measure, also (a) when it never says "import" or "customs" (a headline or a brief: "Cooking oil duty hiked to 40pc"), and (b) when
/// the only countries it names are where the goods come from ("Extra duty on Chinese e-scooters raised to 60 pct" in a Turkish
/// paper) or its leader is the outlet country's own. Before, the outlet's country was the home of such an item only when it named
/// no country or leader at all and said "import" somewhere. Sentences are the tests' own, in headline, brief, wire and
/// non-native styles; negative rows must read nothing for the outlet: a domestic charge (stamp duty, excise, an electricity or
/// data tariff), the outlet's own goods charged abroad, a foreign leader's or capital's measure, a hypothetical, the exporters'
/// view, a regional body's tariff, a court's ruling, a duty that only takes effect.
/// </summary>
public class TariffOutletHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    // (a) no "import" word: a headline or brief about a duty on goods, a decision stated, no country named
    [Theory]
    [InlineData("Cooking oil duty hiked to 40pc", "ZW", "ZW>* 40% ")]
    [InlineData("Budget: EV Duty Reduced To 10%", "BM", "BM>* 10% ")]
    [InlineData("Duty on frozen chicken slashed to 15 per cent in new budget", "FJ", "FJ>* 15% frozen chicken")]
    [InlineData("Tariff on cement raised to 25%, sugar duty unchanged", "KE", "KE>* 25% cement")]
    [InlineData("Govt budget: duty on motorcycles cut to 10 percent, on tyres to 15 percent", "UG", "UG>* 10% motorcycles")]
    public void A_duty_decision_with_no_import_word_is_the_outlet_s(string text, string country, string expected) =>
        Assert.StartsWith(expected, Read(text, country));

    // (b) the only countries named are origins of the goods (not the outlet's own), or the leader is the outlet's
    [Theory]
    [InlineData("Extra duty on Chinese e-scooters raised to 60 pct", "TR", "TR>CN 60% ")]
    [InlineData("Duties of up to 19.4% on Chinese wire rope extended five years", "TH", "TH>CN 19.4% ")]
    [InlineData("Duty on Thai sugar hiked to 30 percent", "MY", "MY>TH 30% ")]
    [InlineData("Extra import duty on Chinese e-scooters raised to 60 pct", "TR", "TR>CN 60% ")]
    [InlineData("Anti-dumping duties of up to 19.4% on Chinese wire rope extended five years", "TH", "TH>CN 19.4% ")]
    [InlineData("Duty on imported Thai sugar hiked to 30 percent", "MY", "MY>TH 30% ")]
    [InlineData("Tinubu: duty on imported rice cut to 10 percent", "NG", "NG>* 10% rice")]
    [InlineData("Import duty on Indian onions reduced to 5% ahead of Ramadan", "BD", "BD>IN 5% ")]
    public void Origins_only_or_the_outlet_s_own_leader_leave_the_outlet_home(string text, string country, string expected) =>
        Assert.StartsWith(expected, Read(text, country));

    // negatives: nothing is the outlet's measure
    [Theory]
    // domestic charges, utility and telecom tariffs
    [InlineData("Electricity tariff hiked to 15%", "NG")]
    [InlineData("Stamp duty on property purchases raised to 5%", "GB")]
    [InlineData("Excise duty on cigarettes raised to 40 per cent", "KE")]
    [InlineData("Mobile data tariff cut to 5%", "ZW")]
    [InlineData("Water tariff raised to 12% from July", "ZA")]
    // a bare "tariff" with no word of trade: a utility's or a hospital payment scheme's
    [InlineData("Regulator approves 9.5% tariff increase for the power utility", "ZA")]
    [InlineData("Hospitals face 2.1% cut in the national tariff next year", "GB")]
    [InlineData("Hotel room tariff raised to 18% in peak season", "MU")]
    // the outlet's own goods charged by another country that the item leaves unnamed
    [InlineData("Extra duty on Chinese e-scooters raised to 60 pct", "CN")]
    [InlineData("Duty on Kenyan tea hiked to 25 per cent", "KE")]
    // hypotheticals, proposals, a duty that only takes effect or doubles, a court's ruling
    [InlineData("A proposed duty on sugar would be raised to 35% if parliament agrees", "KE")]
    [InlineData("Duty on cement doubles to 50% on Wednesday", "CA")]
    [InlineData("Tariff on cars takes effect at 25% on Monday", "MX")]
    [InlineData("Court strikes down 30% duty on cars", "ZA")]
    // a value or a price per unit beside a duty is no specific duty
    [InlineData("Honey worth more than NZ$2 a kilo now pays a higher duty", "AU")]
    // the exporters' view, a regional body
    [InlineData("Tea exporters fear duty raised to 25 per cent", "KE")]
    [InlineData("EAC raises common external tariff on sugar to 35 per cent", "UG")]
    public void The_outlet_is_no_home_of_these(string text, string country) =>
        Assert.Equal("", Read(text, country));

    // a foreign leader's or capital's measure stays the foreign country's, never the outlet's
    [Theory]
    [InlineData("Trump: duty on steel raised to 50%", "CA")]
    [InlineData("Washington raises duty on lumber to 20%", "CA")]
    [InlineData("Milei cuts tariff on phones to 8%", "BR")]
    public void A_foreign_actor_is_never_the_outlet(string text, string country) =>
        Assert.DoesNotContain(country + ">", Read(text, country));
}
