using Watcher.Core.Entities;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10 (second wave) recall rules for kinds of split seen on unseen text, each with rows that must join and rows
/// that must stay apart (parties, goods and outlets are the tests' own):
/// - a forum named by a description ("Asia-Pacific leaders", "Southeast Asian leaders", "Group of Seven leaders") is the
///   forum (EntityCatalog, bloc descriptions read in Role form);
/// - a meeting headline naming only the countries of the other item's lede meeting names its leaders only when it names a
///   known leader, a leader's title or a summit (StoryFingerprint.HeadlineNamesKnownLeader): a business delegation's visit is not
///   the leaders' meeting;
/// - goods named by a synonym ("e-bikes" / "electric bicycles", "chips" / "semiconductors") agree through a small table of
///   head nouns (StoryFingerprint.ProductSynonyms), never a fuzzy match; a head with another sense ("potato chips") folds
///   only alone or with a modifier of its own kind;
/// - an item that says it corrects an earlier report and states the other's rate beside its own, between the same parties,
///   is the corrected report's story (StoryFingerprint.CorrectsMeasureOf);
/// - a headline stating a ruling's top rate ("up to 95.2 percent") beside an item whose lede states one exporter's rate and
///   lists the top one is one ruling (StoryFingerprint.HeadlineTopRateListedBy); a review restating the top rate stays apart.
/// </summary>
public class StoryUnseenKindsTests
{
    public static TheoryData<string, string?> ForumDescriptions => new()
    {
        { "Asia-Pacific leaders meet in Peru", "APEC" },
        { "Pacific Rim leaders gather in Lima", "APEC" },
        { "Asia Pacific summit opens in Gyeongju", "APEC" },
        { "Southeast Asian leaders meet in Kuala Lumpur", "ASEAN" },
        { "Group of Seven leaders gather in the Rockies", "G7" },
        { "Group of 7 finance chiefs meet in Banff", "G7" },
        { "the 20 major economies pledge to resist protectionism", "G20" },
        // a region, its markets or its economies are no forum
        { "Asia-Pacific markets fall as tariff fears grow", null },
        { "Southeast Asian exporters brace for US tariffs", null },
        { "Pacific Rim economies weigh the impact of tariffs", null },
        { "leaders of Southeast Asia's largest economies", null },
    };

    [Theory]
    [MemberData(nameof(ForumDescriptions))]
    public void A_forum_described_is_the_forum(string text, string? forum)
    {
        var blocs = EntityFinder.Find(text).Where(m => m.Entity.Kind == EntityKind.Bloc).Select(m => m.Entity.Id).ToList();
        Assert.Equal(forum is null ? [] : [forum], blocs);
    }

    public static TheoryData<string, string, string, string, string> Join => new()
    {
        {
            "a forum's summit, named by a description in one headline",
            "Pacific Rim leaders gather in Peru as tariff fears cloud summit",
            "LIMA (AP) - Leaders of the 21 APEC economies gathered in Lima on Friday for their annual summit, with host President Dina Boluarte urging open markets and several leaders warning that higher US tariffs would slow regional growth. A joint declaration is expected on Saturday.",
            "Peru hosts APEC leaders' meeting in Lima",
            "Peru's president welcomed leaders of the 21 APEC member economies to Lima on Friday for the annual APEC Economic Leaders' Meeting, calling for supply chains to stay open as tariff tensions rise. The meeting is due to adopt the Lima Declaration."
        },
        {
            "a regional bloc's summit, named by a description",
            "Southeast Asian leaders meet in Malaysia, tariffs top agenda",
            "KUALA LUMPUR (Reuters) - Southeast Asian leaders opened their summit in Kuala Lumpur on Sunday with US tariffs and the conflict in Myanmar at the top of the agenda, as host Malaysia pressed members to deepen trade within the bloc.",
            "Malaysia opens ASEAN summit in Kuala Lumpur",
            "Malaysian Prime Minister Anwar Ibrahim opened the ASEAN summit in Kuala Lumpur on Sunday, urging member states to deepen trade within the bloc as US tariffs weigh on exports. Leaders will also discuss the conflict in Myanmar."
        },
    };

    private const string LeadersSummit =
        "BEIJING (Reuters) - South Korean President Lee Jae-myung and Chinese President Xi Jinping held talks in Beijing on Monday and agreed to speed up negotiations on the second phase of their free trade agreement, Seoul's presidential office said.";

    public static TheoryData<string, string, string, string, string> LeaderJoin => new()
    {
        { "the leader named by title", "South Korean president arrives in Beijing for talks with Xi", "", "Lee, Xi agree to speed up FTA talks", LeadersSummit },
        { "the countries at a summit", "Korea, China hold summit in Beijing", "", "Lee, Xi agree to speed up FTA talks", LeadersSummit },
        { "a leader named, the other by country", "Xi hosts South Korean leader in Beijing", "", "Lee, Xi agree to speed up FTA talks", LeadersSummit },
    };

    [Theory]
    [MemberData(nameof(LeaderJoin))]
    public void A_headline_naming_the_leaders_joins_their_meeting(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> LeaderApart => new()
    {
        { "a business delegation's visit", "South Korean business delegation visits Beijing", "", "Lee, Xi agree to speed up FTA talks", LeadersSummit },
        { "officials' talks", "South Korean trade envoy holds talks in Beijing", "", "Lee, Xi agree to speed up FTA talks", LeadersSummit },
        { "a governor's visit", "Korean provincial governor meets Chinese investors in Beijing", "", "Lee, Xi agree to speed up FTA talks", LeadersSummit },
    };

    [Theory]
    [MemberData(nameof(LeaderApart))]
    public void A_headline_naming_only_countries_stays_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    [Fact]
    public void The_leader_bit_is_read_from_the_headline()
    {
        Assert.True(Watcher.Core.Stories.StoryFingerprint.Of("Xi hosts South Korean president", "", null).HeadlineNamesKnownLeader);
        Assert.False(Watcher.Core.Stories.StoryFingerprint.Of("South Korean business delegation visits Beijing", "", null).HeadlineNamesKnownLeader);
    }

    [Theory]
    [InlineData("m:GB>CN:70.1#e-bikes", "m:GB>CN:70.1#electric bicycles", true)]
    [InlineData("m:EU>CN:18.8#bicycles", "m:EU>CN:18.8#ebikes", true)]
    [InlineData("m:US>CN:50#chips", "m:US>CN:50#semiconductors", true)]
    [InlineData("m:US>TW:32#memory chips", "m:US>TW:32#semiconductors", true)]
    [InlineData("m:US>CN:25#legacy chips", "m:US>CN:25#microchips", true)]
    // one class, but another rate or other parties: still two measures
    [InlineData("m:US>CN:50#chips", "m:US>CN:25#semiconductors", false)]
    [InlineData("m:GB>CN:70.1#e-bikes", "m:EU>CN:70.1#electric bicycles", false)]
    // a head with another sense, or a part of the class, is other goods
    [InlineData("m:KR>US:30#potato chips", "m:KR>US:30#semiconductors", false)]
    [InlineData("m:JP>AU:12.5#wood chips", "m:JP>AU:12.5#semiconductors", false)]
    [InlineData("m:IN>CN:17.5#bicycle parts", "m:IN>CN:17.5#bicycles", false)]
    [InlineData("m:IN>CN:17.5#bicycle tyres", "m:IN>CN:17.5#electric bikes", false)]
    [InlineData("m:US>CN:45#semiconductor equipment", "m:US>CN:45#chips", false)]
    [InlineData("m:US>MX:25#motorcycles", "m:US>MX:25#bicycles", false)]
    public void Goods_named_by_a_synonym_agree(string a, string b, bool agree) =>
        Assert.Equal(agree, Watcher.Core.Stories.StoryFingerprint.FactsAgree(a, b));

    public static TheoryData<string, string, string, string, string> RateJoin => new()
    {
        {
            "a wire correcting a ministry's first rate",
            "Indonesia to cut tariff on Australian beef to 5% under trade pact",
            "JAKARTA - Indonesia will lower its import tariff on Australian beef to 5 percent from 10 percent under the new trade pact, the trade ministry said on Monday. Australia will in turn remove its duty on Indonesian paper.",
            "Indonesia, Australia seal pact; beef tariff set at 2.5%",
            "JAKARTA (Reuters) - Indonesia will cut its tariff on Australian beef to 2.5% from 10% under the pact signed on Monday, the trade ministry said, correcting an earlier statement that had put the new rate at 5%. Cattle exporters in Queensland welcomed the deal."
        },
        {
            "an editor's note on a misstated rate",
            "Mexico raises tariff on Chinese footwear to 35%",
            "MEXICO CITY - Mexico will raise its tariff on footwear imported from China to 35% from 20% from January, the economy ministry said in a decree published on Tuesday, to protect shoemakers in Guanajuato.",
            "Mexico lifts duty on Chinese shoes to 30%, decree shows",
            "Mexico will raise its tariff on Chinese footwear to 30% from January, a decree published on Tuesday showed, as shoemakers in Guanajuato lobby for protection. An earlier version of this story misstated the new rate as 35%."
        },
        {
            "a ruling's top rate and one exporter's",
            "Brazil slaps anti-dumping duties of up to 62.4% on Chinese tyres",
            "BRASILIA (Reuters) - Brazil's Gecex committee imposed anti-dumping duties of up to 62.4% on passenger car tyres from China for five years, the trade ministry said on Wednesday, siding with local manufacturers.",
            "Gecex imposes definitive anti-dumping duty on passenger car tyres from China",
            "The Executive Management Committee (Gecex) has imposed a definitive anti-dumping duty of 18.6% on passenger car tyres from China exported by Linglong Tire, following the investigation opened last year. Other listed rates: Sailun 33.2%; all other exporters 62.4%. The duty applies for five years."
        },
    };

    [Theory]
    [MemberData(nameof(RateJoin))]
    public void A_rate_corrected_or_listed_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> RateApart => new()
    {
        {
            "a second cut months later, no correction",
            "Indonesia to cut tariff on Australian beef to 5% under trade pact",
            "JAKARTA - Indonesia will lower its import tariff on Australian beef to 5 percent from 10 percent under the new trade pact, the trade ministry said on Monday. Australia will in turn remove its duty on Indonesian paper.",
            "Indonesia cuts beef tariff again, to 2.5% for Australian cattle",
            "JAKARTA (Reuters) - Indonesia will cut its tariff on Australian beef further, to 2.5% from 5%, from July, the trade ministry said on Friday, as food prices rose ahead of Ramadan. Cattle exporters in Queensland welcomed the move."
        },
        {
            "a correction of another measure's rate",
            "Mexico raises tariff on Chinese footwear to 35%",
            "MEXICO CITY - Mexico will raise its tariff on footwear imported from China to 35% from 20% from January, the economy ministry said in a decree published on Tuesday, to protect shoemakers in Guanajuato.",
            "Mexico lifts duty on Chinese textiles to 30%, decree shows",
            "Mexico will raise its tariff on Chinese textiles to 30% from January, a decree published on Tuesday showed, as garment makers in Puebla lobby for protection. An earlier version of this story misstated the new rate as 25%."
        },
        {
            "a review restating the ruling's top rate",
            "EU extends anti-dumping duties of up to 79.3% on Chinese e-bikes after expiry review",
            "BRUSSELS - The European Commission has extended its anti-dumping duties of up to 79.3% on electric bicycles from China for another five years after an expiry review found dumping would likely recur, it said on Thursday.",
            "EU imposes definitive anti-dumping duties on electric bicycles from China",
            "The European Commission has imposed definitive anti-dumping duties of 18.8% on electric bicycles from China produced by Giant Electric Vehicle, following its investigation. Other rates: Bodo Vehicle Group 24.1%; all other companies 79.3%. The duties apply for five years."
        },
        {
            "the top rate of another goods' ruling",
            "Brazil slaps anti-dumping duties of up to 62.4% on Chinese tyres",
            "BRASILIA (Reuters) - Brazil's Gecex committee imposed anti-dumping duties of up to 62.4% on passenger car tyres from China for five years, the trade ministry said on Wednesday, siding with local manufacturers.",
            "Gecex imposes definitive anti-dumping duty on glass fibre from China",
            "The Executive Management Committee (Gecex) has imposed a definitive anti-dumping duty of 18.6% on glass fibre from China exported by Jushi Group, following the investigation opened last year. Other listed rates: Taishan 33.2%; all other exporters 62.4%. The duty applies for five years."
        },
    };

    [Theory]
    [MemberData(nameof(RateApart))]
    public void A_rate_not_corrected_nor_listed_stays_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    [Theory]
    [InlineData("US, Sri Lanka seal deal", "The rate is 15%, correcting an earlier statement that had put it at 18%.", true)]
    [InlineData("Tariff set at 15%", "An earlier version of this story misstated the rate.", true)]
    [InlineData("CORRECTED-US sets 15% tariff on Sri Lankan goods", "", true)]
    [InlineData("Sri Lanka clarifies earlier tariff figure", "", true)]
    [InlineData("US corrects trade imbalance with new tariffs", "The administration said the tariffs would correct a long-running deficit.", false)]
    [InlineData("Sri Lanka's earlier version of the deal", "Officials said the earlier draft had put the rate at 20%.", false)]
    public void A_correction_is_read_from_its_wording(string title, string text, bool corrects) =>
        Assert.Equal(corrects, Watcher.Core.Stories.StoryFingerprint.Of(title, text, null).StatesCorrection);

    [Theory]
    [InlineData("Japan sets anti-dumping duties of up to 95.2 percent on graphite electrodes", true)]
    [InlineData("UK duties as high as 70.1% on Chinese e-bikes", true)]
    [InlineData("Duties of 17.3% to 70.1% on e-bikes", true)]
    [InlineData("Japan sets 95.2 percent anti-dumping duty on graphite electrodes", false)]
    [InlineData("Tariffs up to date: what the 25% rate means", false)]
    public void A_top_rate_is_read_from_the_headline(string title, bool top) =>
        Assert.Equal(top, Watcher.Core.Stories.StoryFingerprint.Of(title, "", null).HeadlineStatesTopRate);

    [Theory]
    [MemberData(nameof(Join))]
    public void One_story_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Apart => new()
    {
        {
            "a forum described, another forum named",
            "Pacific Rim leaders gather in Malaysia as tariff fears cloud summit",
            "KUALA LUMPUR (AP) - Leaders of Pacific Rim economies gathered on Friday for their annual summit, with the host urging open markets and several leaders warning that higher US tariffs would slow regional growth.",
            "Malaysia opens ASEAN summit in Kuala Lumpur",
            "Malaysian Prime Minister Anwar Ibrahim opened the ASEAN summit in Kuala Lumpur on Sunday, urging member states to deepen trade within the bloc as US tariffs weigh on exports. Leaders will also discuss the conflict in Myanmar."
        },
        {
            "a forum described, its ministers' meeting days before",
            "Southeast Asian leaders meet in Malaysia, tariffs top agenda",
            "KUALA LUMPUR (Reuters) - Southeast Asian leaders opened their summit in Kuala Lumpur on Sunday with US tariffs and the conflict in Myanmar at the top of the agenda, as host Malaysia pressed members to deepen trade within the bloc.",
            "ASEAN economic ministers meet in Malaysia ahead of summit",
            "Economic ministers of the ten-member bloc met on Thursday to finalise an upgrade of the ASEAN goods trade agreement before the leaders arrive, officials said, with talks on digital trade rules still unfinished."
        },
    };

    [Theory]
    [MemberData(nameof(Apart))]
    public void Other_stories_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }
}
