using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (cluster31): one home's two items whose headlines share a word of their subject and whose texts share a sixth of
/// their words are one story (StoryMatcher.Score, <see cref="StoryMatcher.HomeTopicFloor"/>); another origin, another rate, a
/// budget named alike, another country's measure and a word in another sense stay apart.
/// </summary>
public class HomeSubjectWordTests
{
    private const string MeatRelease = "Ulaanbaatar /MONTSAME/. At its regular meeting on August 2, the Cabinet has made a decision to reduce the customs tax rate "
        + "on the pork and poultry meat imported to Mongolia from 15 percent to 5 percent until the end of 2028.\nThe decision was made with the purpose "
        + "to stabilize the consumer prices of meat in the winter and spring season, when the supply of the domestic mutton and beef is decreased, it was "
        + "reported by the Ministry of Food, Agriculture and Light Industry.\nLast year, Mongolia imported 21.4 thousand tons of pork and 38 thousand tons "
        + "of poultry meat, mainly from Russia, Brazil and the United States.";

    private const string MeatCopy = "The government has cut the import duty on chicken and pork to 5 percent, a third of the previous rate, in an effort to "
        + "curb food inflation, which stood at 9.8 percent in June.\nThe lower rate applies until December 31, 2028. Meat importers said the decision "
        + "would lower the retail price of chicken legs by about MNT 1,500 per kilogram.";

    private const string JacksResolution = "The Ministry of Economy determines definitive compensatory quotas on imports of hydraulic jacks, including bottle jacks "
        + "and floor jacks, that enter through tariff item 8425.42.01 of the Tariff of the General Import and Export Taxes Law, originating in the People's "
        + "Republic of China, regardless of the country of origin, in the following terms:\na. for imports from Zhejiang Jiuhe Machinery Co., Ltd., a "
        + "compensatory quota of US$1.12 per kilogram;\nb. for imports from Changshu Tongrun Auto Accessory Co., Ltd., a compensatory quota of US$1.37 per "
        + "kilogram, and\nc. for imports from all other exporters, a compensatory quota of US$2.08 per kilogram.\nThe compensatory quotas will be paid in "
        + "addition to the general import tax of 15% and will be in force for five years from the day following the publication of this Resolution.";

    private const string JacksCopy = "The Ministry of Economy imposed definitive antidumping duties of up to US$2.08 per kilogram on hydraulic jacks from China, "
        + "after finding that they were imported at dumping prices that harmed national producers in Jalisco and Nuevo León.\nImports of hydraulic jacks "
        + "from China grew 84% between 2025 and 2027, while national production fell 31%, according to the resolution published in the Official Gazette "
        + "of the Federation on Wednesday.";

    private const string SucraloseChina = "Food and beverage manufacturers sourcing sucralose from China face higher costs after Brussels confirmed anti-dumping "
        + "duties of between 45.2% and 119.6% on the sweetener. China supplies around 70% of the sucralose used in the EU. Ingredient buyers told "
        + "FoodNavigator that prices had already risen 18% since provisional measures were imposed in July. \"We will look at India and the UK for "
        + "supply,\" one procurement manager at a soft drinks company said. Others expect reformulation towards stevia and other sweeteners.";

    private const string SucraloseIndia = "The European Commission has imposed provisional countervailing duties on imports of sucralose originating in India, "
        + "ranging from 9.8% to 16.4%, after its investigation found that Indian producers benefited from export subsidies and duty refund schemes that "
        + "caused injury to the Union industry. The Commission will continue its investigation and decide on definitive measures within four months. The "
        + "duties follow the definitive anti-dumping duties on sucralose from China adopted in December.";

    private const string MeatRestored = "The Cabinet decided on Wednesday to restore the customs tax on imported pork and poultry meat to 15 percent from "
        + "January 1, ending the temporary 5 percent rate set in August, as domestic meat supply has recovered. Meat importers said retail prices "
        + "of chicken legs would rise by about MNT 1,500 per kilogram.";

    public static TheoryData<string, string, string, string, string, string> OneStory => new()
    {
        // a government's decision and a local paper's copy in other words: pork named in both headlines, no fact read from the copy
        { "Customs tax on imported pork and poultry meat to be reduced", MeatRelease, "MN", "Import duty on chicken and pork slashed to 5%", MeatCopy, "MN" },
        // a ministry's resolution and the wire: the goods named in both headlines, the figures the copy keeps are the top rate only
        { "RESOLUTION concluding the antidumping investigation on imports of hydraulic jacks originating in the People's Republic of China", JacksResolution, "MX",
            "Mexico imposes antidumping duties on Chinese hydraulic jacks", JacksCopy, "MX" },
    };

    [Theory]
    [MemberData(nameof(OneStory))]
    public void One_homes_items_naming_one_subject_are_one_story(string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null, countryA), StoryFingerprint.Of(titleB, textB, null, countryB));
        Assert.True(StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }

    public static TheoryData<string, string, string, string, string, string> TwoStories => new()
    {
        // one imposer's rulings on one product from two origins
        { "EU locks in sweetener duties: what the sucralose tariffs mean for food makers", SucraloseChina, "EU",
            "EU imposes provisional countervailing duties on sucralose from India", SucraloseIndia, "EU" },
        // the same texts from two countries' outlets: another home's measure
        { "Customs tax on imported pork and poultry meat to be reduced", MeatRelease, "MN", "Import duty on chicken and pork slashed to 5%", MeatCopy, "KZ" },
        // a follow-up: the rate restored months later (another rate: cluster28's follow-ups stay apart)
        { "Import duty on chicken and pork slashed to 5%", MeatCopy, "MN", "Customs tax on pork and poultry meat restored to 15 percent", MeatRestored, "MN" },
        // a budget and a vote on a budget, named by their year alone
        { "Trump's FY2028 budget counts on $500 billion in tariff revenue", "", "US", "House passes FY2028 budget with tariff rebate checks", "", "US" },
        // "tariff" as an electricity price, beside an import duty of the same home
        { "Electricity tariff for households raised by 8 percent from July",
            "The energy regulator raised the electricity tariff for households by 8 percent from July 1, citing higher coal prices; the tariff for "
            + "industry is unchanged. Households using under 150 kWh a month keep the lifeline rate.", "MN",
            "Import duty on chicken and pork slashed to 5%", MeatCopy, "MN" },
    };

    [Theory]
    [MemberData(nameof(TwoStories))]
    public void Other_origins_rates_homes_and_senses_stay_apart(string titleA, string textA, string countryA, string titleB, string textB, string countryB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null, countryA), StoryFingerprint.Of(titleB, textB, null, countryB));
        Assert.True(StoryMatcher.Score(b, a) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
        Assert.True(StoryMatcher.Score(a, b) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
    }

    [Fact]
    public void A_budget_named_alike_shares_no_subject_word()
    {
        var a = StoryFingerprint.Of("Trump's FY2028 budget counts on $500 billion in tariff revenue", "", null, "US");
        var b = StoryFingerprint.Of("House passes FY2028 budget with tariff rebate checks", "", null, "US");
        Assert.False(a.HeadlinesShareAWordOfTheirSubject(b));
        Assert.True(StoryFingerprint.Of("Import duty on chicken and pork slashed to 5%", MeatCopy, null, "MN")
            .HeadlinesShareAWordOfTheirSubject(StoryFingerprint.Of("Customs tax on imported pork and poultry meat to be reduced", MeatRelease, null, "MN")));
    }

    [Fact]
    public void A_home_is_shared_only_when_both_say_one()
    {
        var mn = StoryFingerprint.Of("Import duty on chicken and pork slashed to 5%", MeatCopy, null, "MN");
        Assert.True(mn.SharesHome(StoryFingerprint.Of("Customs tax on imported pork and poultry meat to be reduced", MeatRelease, null, "MN")));
        Assert.False(mn.SharesHome(StoryFingerprint.Of("Import duty on chicken and pork slashed to 5%", MeatCopy, null, null)));
        Assert.False(mn.SharesHome(StoryFingerprint.Of("Import duty on chicken and pork slashed to 5%", MeatCopy, null, "KZ")));
    }
}
