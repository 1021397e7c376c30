using Watcher.Core.Detection;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 11 (cluster16) guards for kinds of false merge seen on holdout 12, each with rows that must stay apart and rows
/// of one story that must still join (parties, goods, outlets and sentences are the tests' own):
/// - a digest's headline (a quarterly review, a weekly brief, a round-up) joins no story (StoryFingerprint.IsDigestHeadline);
/// - a leaders' call is not the visit or the cut it led to (StoryFingerprint.OtherMeans);
/// - a legislature's vote and a council's or cabinet's approval of one law are two stages (StoryFingerprint.OtherBodies);
/// - an edition in words ("Second … Summit") is an edition (StoryFingerprint.IsOrdinal);
/// - a headline's rate that the other lede's measures do not state is other news (StoryFingerprint.HeadlineRateNotIn);
/// - an every-origin measure on "goods" confirms nothing under headlines with no word of their topic in common;
/// - months, "budget" and "change" are no topic words; "25pc" is a rate; a clause after a spaced hyphen is no attribution;
/// - a distinctive rate ("61.7", "344") between swapped parties agrees whatever goods each lede read (StoryFingerprint.SameRateSameParties).
/// </summary>
public class StoryOccasionKindsTests
{
    public static TheoryData<string, string, string, string, string> Apart => new()
    {
        {
            "a quarterly review restating one measure",
            "Andean trade policy review, Q2 2027: a busy spring for tariffs",
            "Quarterly review. Peru's cabinet raised the import duty on bottled water to 18% in May, and Bolivia extended its quota on Chilean wine. Colombia's steel safeguard was renewed for a year.",
            "Peru raises import duty on bottled water to 18%",
            "LIMA - Peru's cabinet on Tuesday raised the import duty on bottled water to 18% from 6%, saying cheap imports from Ecuador and Chile had hurt local bottlers."
        },
        {
            "a weekly brief and one of its stories",
            "Week in trade, weekly brief: Thai rice, Kenyan sugar and a steel quota",
            "Kenya raised its duty on sugar imports to 35% on Monday. Thailand's rice exports rose for a third month, and the EU opened talks on its steel quota.",
            "Kenya lifts sugar import duty to 35% to shield millers",
            "NAIROBI - Kenya raised its duty on sugar imports to 35% on Monday to shield local millers from cheap imports, the treasury said."
        },
        {
            "a phone call and the visit it announced",
            "Ramaphosa and Lula talk by phone about tariffs; South African leader to travel to Brasilia",
            "President Cyril Ramaphosa spoke by telephone on Friday with Brazil's President Luiz Inácio Lula da Silva about the 30% tariff Brazil applies to South African wine. Lula invited Ramaphosa to Brasilia.",
            "Lula hosts Ramaphosa in Brasilia, says wine tariff will be cut to 10%",
            "President Luiz Inácio Lula da Silva received President Cyril Ramaphosa in Brasilia on Tuesday and said the tariff on South African wine would fall from 30% to 10%."
        },
        {
            "a phone call and the cut agreed at a later meeting",
            "Modi and Albanese speak on the phone; Albanese to visit New Delhi in March",
            "Prime Minister Narendra Modi spoke with Australian Prime Minister Anthony Albanese on Thursday and discussed trade in lentils and coal.",
            "In New Delhi, Albanese secures cut in Indian lentil duty to 5%",
            "Prime Minister Anthony Albanese met Prime Minister Narendra Modi in New Delhi on Monday. India will cut its duty on Australian lentils from 10% to 5%, Modi said after the talks."
        },
        {
            "a parliament's vote and the council's final approval",
            "Parliament backs 40% tariff on ferroalloys above quota",
            "Members of the European Parliament on Wednesday voted to back a tariff of 40% on ferroalloy imports above the quota, by 450 votes to 120.",
            "EU countries give final approval to 40% ferroalloy tariff",
            "EU member states on Monday gave their final approval to a 40% tariff on ferroalloy imports above the quota, the Council said, completing the law's adoption."
        },
        {
            "a senate's vote and the cabinet's decree",
            "Senate passes 30% tariff on imported tyres",
            "The Senate on Thursday passed a bill setting a 30% tariff on imported tyres, with 60 votes in favour.",
            "Cabinet approves decree on 30% tyre tariff",
            "The cabinet on Tuesday approved the decree putting the 30% tariff on imported tyres into force from July."
        },
        {
            "two editions of one forum, one in words",
            "Second Africa - Gulf Summit held in Dakar",
            "Dakar, 4 May - The second summit of the leaders of Africa and the Gulf was held today in Dakar. Leaders from Qatar, Saudi Arabia, Senegal and Nigeria gathered at the Abdou Diouf centre and adopted the Dakar Declaration.",
            "Gulf leaders gather in Doha for 12th Africa-Gulf summit",
            ""
        },
        {
            "a headline's rate that the other's measure does not state",
            "MPs pass 30pc duty on imported rice",
            "",
            "Customs duty introduced on imported rice",
            "Tashkent, 3 March /UzA/. The President of the Republic of Uzbekistan signed a resolution on domestic rice growers.\nIn accordance with the resolution, from 1 May 2027 a customs duty at the rate of 15 percent shall be applied to rice imported into the territory of the Republic of Uzbekistan."
        },
        {
            "two countries' budgets changing their duties",
            "Budget 2028: changes to customs duties on fish adopted",
            "The Storting on Wednesday adopted the committee's recommendation on customs duties for 2028, in line with the budget agreement. The duty on frozen cod is changed to 12 per cent.",
            "Union Budget 2028: changes in customs duty rates",
            "Presenting the Union Budget in Lok Sabha, the Finance Minister proposed changes in basic customs duty: the duty on bicycles is raised from 30 per cent to 35 per cent."
        },
        {
            "one imposer's same-rate measures on other goods",
            "Fact Sheet: President Adjusts Imports of Industrial Fasteners into the United States",
            "PROTECTING NATIONAL SECURITY: Today, President Donald J. Trump signed a Proclamation imposing a 25% tariff under Section 232 of the Trade Expansion Act of 1962 on imports of industrial fasteners and their derivative products.\n- The tariff applies to fasteners from all countries, effective March 2.\n- Bolts and screws used in aircraft are excluded.",
            "Trump slaps 25% tariff on copper wire used in power grids",
            "WASHINGTON (AP) -- President Donald Trump on Thursday imposed a 25% tariff on imported copper wire, the cable used in power grids and data centres, a week after a similar move on fasteners.\nThe White House said the tariff, issued under Section 232, applies to imports from all countries."
        },
        {
            "two goods' duties from the same month",
            "Import duty on frozen fish to rise to 35% from March 1 - Fisheries Minister",
            "The duty on imported frozen fish will rise to 35% from 20% on March 1, the fisheries minister said.",
            "Uzbekistan to impose 20% duty on imported flour from March",
            "Uzbekistan will impose a 20% duty on imported flour from March, the government said."
        },
    };

    [Theory]
    [MemberData(nameof(Apart))]
    public void Look_alikes_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Join => new()
    {
        {
            "two outlets' copies of one phone call",
            "Ramaphosa and Lula talk by phone about wine tariff",
            "President Cyril Ramaphosa spoke by telephone on Friday with Brazil's President Luiz Inácio Lula da Silva about the 30% tariff Brazil applies to South African wine.",
            "Lula, Ramaphosa discuss wine tariff in phone call",
            "Brazil's President Luiz Inácio Lula da Silva and South Africa's Cyril Ramaphosa discussed by phone on Friday the 30% tariff Brazil applies to South African wine."
        },
        {
            "one parliament's vote told twice",
            "Parliament backs 40% tariff on ferroalloys above quota",
            "Members of the European Parliament on Wednesday voted to back a tariff of 40% on ferroalloy imports above the quota, by 450 votes to 120.",
            "MEPs vote for 40% out-of-quota ferroalloy tariff",
            "The European Parliament voted on Wednesday for a 40% tariff on ferroalloy imports above the quota, 450 votes to 120."
        },
        {
            "a headline rounding its lede's rate",
            "Korea slaps 41% duty on Chinese glass fibre",
            "",
            "S. Korea to impose anti-dumping duties on Chinese glass fibre",
            "SEOUL -- South Korea will impose anti-dumping duties of up to 41.35 percent on glass fibre from China for five years, the finance ministry said."
        },
        {
            "a headline in percent written 'pc'",
            "Kenya cuts rice import duty to 10pc",
            "",
            "Kenya lowers rice import duty to 10% as prices climb",
            "NAIROBI - Kenya cut its import duty on rice to 10% from 35% on Monday as prices climbed, the treasury said."
        },
        {
            "a source after a spaced hyphen",
            "Duty on imported cement to rise to 25% - Trade Minister",
            "The duty on imported cement will rise to 25% from 10% next month, the trade minister said on Monday.",
            "Cement import duty to rise to 25%, minister says",
            "The import duty on cement will rise to 25% from 10% next month, the trade minister said on Monday in the capital."
        },
    };

    [Theory]
    [MemberData(nameof(Join))]
    public void Copies_of_one_story_join(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    [Theory]
    [InlineData("Second Central Asia - GCC Summit held in Samarkand", "Second Central Asia - GCC Summit held in Samarkand")]
    [InlineData("Leaders meet - talks at the palace", "Leaders meet - talks at the palace")]
    [InlineData("Import duty on poultry to rise to 35% - Trade Minister", "Import duty on poultry to rise to 35%")]
    [InlineData("Xi to pay state visit to Russia in May - Kremlin", "Xi to pay state visit to Russia in May")]
    [InlineData("Tariffs on steel rise | Reuters", "Tariffs on steel rise")]
    public void A_clause_after_a_spaced_hyphen_is_no_attribution(string title, string expected) =>
        Assert.Equal(expected, StoryKeys.NormalizedTitleText(title));

    [Theory]
    [InlineData("Kenya cuts wheat import duty to 10pc", "10")]
    [InlineData("MPs pass 25PC duty on imported sugar", "25")]
    [InlineData("PC makers face 25% tariff", "25")]
    [InlineData("Sales of 3pcs sets rise", "")]
    public void A_rate_written_pc_is_read(string title, string rates) =>
        Assert.Equal(rates, string.Join(",", StoryFingerprint.RatesOf(title, null)));

    [Theory]
    [InlineData("Import duty on frozen fish to rise from March 1", "Uzbekistan to impose duty on imported flour from March", false)]
    [InlineData("Ghana to raise rice duty in January", "Nigeria cuts wheat duty from January", false)]
    [InlineData("Import duty on frozen fish to rise from March 1", "Fish import duty hike delayed to April", true)]
    public void A_month_is_no_topic_word(string a, string b, bool shared) =>
        Assert.Equal(shared, StoryFingerprint.Of(a, "", null).HeadlinesShareAWordOfTheirTopic(StoryFingerprint.Of(b, "", null)));

    [Theory]
    // a distinctive rate between swapped parties: one ruling, whatever goods each lede read
    [InlineData("m:US>*:61.7#semiconductor corporation", "m:CN>US:61.7#analog chip", true)]
    [InlineData("m:EU>NO:344#dairy", "m:NO>EU:344#hard cheese", true)]
    // a round rate is every other measure's rate: swapped parties and two named goods are two measures
    [InlineData("m:US>*:25#copper wire", "m:CN>US:25#soybean", false)]
    [InlineData("m:US>*:61.7#analog chip", "m:CN>US:35.2#analog chip", false)]
    public void A_distinctive_rate_between_swapped_parties_agrees(string a, string b, bool same) =>
        Assert.Equal(same, StoryFingerprint.SameRateSameParties(StoryFingerprint.ParsedFact.Of(a), StoryFingerprint.ParsedFact.Of(b)));

    [Theory]
    [InlineData("GCC trade policy review, Q4 2026: protection creeps up", true)]
    [InlineData("Trade policy in the first quarter of 2027: a quarterly review", true)]
    [InlineData("Weekly brief: Thai rice, Kenyan sugar", true)]
    [InlineData("Tariff roundup: what changed this week", true)]
    [InlineData("EU keeps duties on Chinese e-bikes after expiry review", false)]
    [InlineData("US announces final results of anti-dumping review on shrimp", false)]
    [InlineData("Water tariffs up 8.6 per cent for first quarter", false)]
    public void A_digest_headline_is_read(string title, bool digest) =>
        Assert.Equal(digest, StoryFingerprint.Of(title, "", null).IsDigestHeadline);
}
