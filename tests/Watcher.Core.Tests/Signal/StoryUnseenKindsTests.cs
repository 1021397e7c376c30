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
