using Watcher.Core.Entities;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10 (second wave) recall rules for kinds of split seen on unseen text, each with rows that must join and rows
/// that must stay apart (parties, goods and outlets are the tests' own):
/// - a forum named by a description ("Asia-Pacific leaders", "Southeast Asian leaders", "Group of Seven leaders") is the
///   forum (EntityCatalog, bloc descriptions read in Role form);
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
