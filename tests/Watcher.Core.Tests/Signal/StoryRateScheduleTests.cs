using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A decision's schedule of rates ("15% in quota, 25% above it"; "18% for Bangladesh, 15% for Sri Lanka") is copied by every
/// outlet however it rewords the rest, and round rates are what the extractor reads least well when the imposer or the goods
/// are named in other words. Two rates both ledes state, under headlines sharing a word of their topic, join a release and
/// a wire; rates a lede restates as background, or a schedule under headlines about other things, do not. Parties, goods
/// and outlets are the tests' own.
/// </summary>
public class StoryRateScheduleTests
{
    [Theory]
    [InlineData("Tariffs of 15% on pork and 25% above quota", "", new[] { "15", "25" })]
    [InlineData("Pork levy", "Imports within the quota pay 15 per cent. Shipments above it pay 25 percent. Earlier they paid 30%.", new[] { "15", "25" })]
    [InlineData("Rates cut", "The duty falls to 7.5 pct from 10 pct, the ministry said.", new[] { "7.5", "10" })]
    [InlineData("Levy raised", "The levy rises by CHF 10 to CHF 80 a tonne in 2027.", new string[0])]
    public void The_rates_a_headline_and_lede_state_are_read(string title, string text, string[] rates) =>
        Assert.Equal(rates, StoryFingerprint.RatesOf(title, text));

    public static TheoryData<string, string, string, string, string> OneSchedule => new()
    {
        // a government notice and the farm paper: in-quota and above-quota rates, the goods in both headlines
        {
            "notice and trade paper, quota rates",
            "Seoul extends lower tariff-rate quota on imported beef through 2027",
            "The Ministry of Agriculture said beef imported within the quota will continue to pay a tariff of 20 percent until the end of 2027. Shipments above the quota will be charged 40 percent, unchanged from this year.",
            "Hanwoo breeders protest as cheap beef keeps flowing",
            "Cattle farmers rallied in Sejong on Tuesday against the government's decision to keep in-quota beef imports at a 20% tariff for another year, with shipments above the quota at 40%. Breeders said calf prices have fallen by a fifth since spring."
        },
        // a release and a wire naming a three-year safeguard schedule, the goods in both headlines
        {
            "release and wire, a three-step schedule",
            "Department of Trade sets three-year safeguard on ceramic tiles",
            "The Department of Trade and Industry has imposed a definitive safeguard duty on imported ceramic floor and wall tiles of 22% in the first year, falling to 18% in the second year and 14% in the third. The measure follows a petition by the Philippine Ceramic Tile Association.",
            "Tile makers win three more years of shelter from imports",
            "MANILA (Reuters) - Philippine tile manufacturers will be protected by import duties that start at 22% and step down to 18% and then 14%, the trade department said on Friday, a decision importers said would raise building costs."
        },
        // a newsletter's item and the wire: rates per origin, the region in both headlines
        {
            "newsletter and wire, rates per origin",
            "Washington lowers tariffs on Andean exporters in new order",
            "WASHINGTON (AP) - President Donald Trump on Friday cut the tariff on goods from Peru to 12% and on Colombia to 15%. Ecuador's rate falls to 18% from 25%, the order said.",
            "Morning Trade: the Andean exporters get a tariff break",
            "Good morning. Overnight, the White House trimmed tariffs for three Andean exporters: Peru to 12%, Colombia to 15% and Ecuador to 18%. Flower growers in Bogota and Quito say it will save their Valentine's season. Plus: what the change means for copper."
        },
    };

    [Theory]
    [MemberData(nameof(OneSchedule))]
    public void One_schedule_told_in_other_words_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> OtherStories => new()
    {
        // two market stories restating the rates importers pay, headlines about other goods
        {
            "background rates, other goods",
            "Arabica futures slide as harvest beats forecasts",
            "NEW YORK (Reuters) - Arabica coffee futures fell 3.5% on Monday as the harvest in Minas Gerais beat forecasts. Roasters still pay 10% on most imports and 50% on beans from the largest grower, traders said.",
            "Cocoa grindings fall in North America for third quarter",
            "Cocoa grindings in North America fell 4.5% in the third quarter, the confectioners' association said on Thursday. Chocolate makers still pay 10% on most imports and 50% on cocoa butter from the largest grower, analysts said."
        },
        // a rate raised, and cut back a year later: both ledes state both rates
        {
            "rate raised vs rate cut",
            "Indonesia raises wheat flour import duty to 20%",
            "JAKARTA (Reuters) - Indonesia will raise its import duty on wheat flour to 20% from 10% to protect local millers, the finance ministry said on Monday.",
            "Indonesia cuts wheat flour import duty back to 10%",
            "JAKARTA (Reuters) - Indonesia will cut its import duty on wheat flour to 10% from 20% as bread prices climb, the finance ministry said on Tuesday."
        },
        // one importer's schedule on two goods
        {
            "one schedule, two goods",
            "Kenya sets 25% duty on imported sugar, 35% above quota",
            "NAIROBI (Reuters) - Kenya will charge a 25% duty on imported sugar within the COMESA quota and 35% on shipments above it, the treasury said on Monday, to protect local millers.",
            "Kenya sets 25% duty on imported rice, 35% above quota",
            "NAIROBI (Reuters) - Kenya will charge a 25% duty on imported rice within the EAC quota and 35% on shipments above it, the treasury said on Thursday, to protect Mwea growers."
        },
    };

    [Theory]
    [MemberData(nameof(OtherStories))]
    public void Rates_that_are_background_or_another_decision_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }
}
