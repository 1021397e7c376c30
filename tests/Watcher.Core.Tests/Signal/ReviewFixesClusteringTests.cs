namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10's review of cluster14's guards (fix14c), each pair scored with <see cref="Watcher.Core.Stories.StoryMatcher.Score"/>
/// both ways round:
/// - a product a headline names only in a background clause ("… after steel") is no second name of its goods
///   (<see cref="Watcher.Core.Stories.StoryFingerprint.HeadlineNamesProductOf"/>);
/// - one host and one forum: a headline naming a second or compound forum ("ASEAN-GCC") is another meeting at that host
///   (<see cref="Watcher.Core.Stories.StoryFingerprint.HeadlinesNameSameHost"/>);
/// - a proposal and its announcement ("to slap", "moves to raise") or a provisional duty are one story; a proposal and the
///   adoption or the duty imposed weeks later are two (<see cref="Watcher.Core.Stories.HeadlineAction.ProposalAndDecision"/>);
/// - a forum's business, youth or civil-society meeting is not its leaders' summit (StoryFingerprint.SideMeeting), and
///   British and American spellings fold alike ("fertiliser" / "fertilizer");
/// - a portfolio is the word before "minister(s)"; trade, economy, commerce and industry are one
///   (<see cref="Watcher.Core.Stories.HeadlineAction.OtherPortfolios"/>).
/// </summary>
public class ReviewFixesClusteringTests
{
    public static TheoryData<string, string, string, string, string> Apart => new()
    {
        {
            "a product named only after 'after' is background",
            "US hits Canadian lumber with 35% duty after steel",
            "WASHINGTON (Reuters) - The United States will raise the duty on Canadian softwood lumber to 35% from next month, the Commerce Department said on Tuesday, a blow to sawmills in British Columbia already struggling with weak housing demand.",
            "US raises tariff on Canadian steel to 35%",
            "WASHINGTON - The United States raised its tariff on Canadian steel to 35% on Tuesday, the White House said, citing a surge of imports that it said threatened American mills."
        },
        {
            "background product after 'following', another style",
            "Mexico slaps 20% levy on Chinese footwear following textiles move",
            "MEXICO CITY - Mexico's economy ministry set a 20% levy on footwear imported from China from Monday, saying cheap shoes had cost thousands of jobs in Guanajuato and Jalisco.",
            "Mexico raises levy on Chinese textiles to 20%",
            "MEXICO CITY - Mexico raised its levy on textiles imported from China to 20% on Friday, the economy ministry said in the official gazette, to protect garment makers in Puebla."
        },
        {
            "one host, the forum's summit and a compound forum's meeting",
            "Malaysia opens 46th ASEAN Summit in Kuala Lumpur",
            "KUALA LUMPUR - Prime Minister Anwar Ibrahim opened the 46th ASEAN Summit in Kuala Lumpur on Monday, urging the bloc's leaders to hold together in the face of US tariffs and to finish the digital economy agreement this year.",
            "Gulf leaders join ASEAN-GCC summit as meetings continue in Malaysia",
            "Leaders of the Gulf Cooperation Council arrived in Kuala Lumpur on Tuesday for the second ASEAN-GCC summit, where energy investment and a free trade agreement between the two blocs top the agenda, as meetings continue in Malaysia."
        },
        {
            "a proposal and its adoption weeks later, the adoption a past action",
            "Commission proposes 25% tariff on Russian fertiliser",
            "BRUSSELS - The European Commission proposed on Wednesday a 25% tariff on fertiliser imported from Russia, to cut the bloc's reliance on Moscow. Member states and parliament must approve it.",
            "EU governments approve 25% tariff on Russian fertiliser",
            "BRUSSELS - EU governments approved on Monday a 25% tariff on fertiliser imported from Russia, two months after the Commission proposed it, clearing the way for it to apply from July."
        },
        {
            "ministers of two portfolios named before 'ministers', one city",
            "Japan, Australia trade ministers meet in Tokyo",
            "TOKYO - Japan's trade minister met his Australian counterpart in Tokyo on Monday to discuss critical minerals and LNG supply, the ministry said.",
            "Japan, Australia foreign ministers meet in Tokyo",
            "TOKYO - Japan's foreign minister met her Australian counterpart in Tokyo on Thursday to discuss regional security and critical minerals, the ministry said."
        },
        {
            "a forum's business forum and its leaders' summit, one host",
            "Brazil opens BRICS summit in Rio de Janeiro",
            "RIO DE JANEIRO - President Luiz Inacio Lula da Silva opened the BRICS summit in Rio de Janeiro on Sunday, telling leaders of the group that US tariffs threatened the multilateral trading system.",
            "BRICS business forum meets in Brazil ahead of leaders",
            "RIO DE JANEIRO - Executives from BRICS countries met at the group's business forum in Rio de Janeiro on Saturday, a day before the leaders' summit, to discuss trade in local currencies and US tariffs."
        },
        {
            "a forum's youth summit and its leaders' summit, one host",
            "India opens G20 summit",
            "NEW DELHI - Prime Minister Narendra Modi opened the G20 summit in New Delhi on Saturday, calling on leaders to agree on debt relief and to avoid a tariff war.",
            "G20 youth summit gathers in India",
            "NEW DELHI - Young delegates from G20 countries gathered in New Delhi on Saturday for the G20 youth summit, calling on leaders to agree on debt relief and climate finance."
        },
        {
            "a civil-society meeting and the leaders' summit, another wording",
            "G7 leaders meet in Canada as summit opens",
            "KANANASKIS - Leaders of the G7 met in Kananaskis, Canada on Monday as the summit opened with talks on US tariffs, Ukraine and critical minerals, Prime Minister Mark Carney said.",
            "G7 civil society groups meet in Canada ahead of summit",
            "CALGARY - Civil society groups from G7 countries met in Calgary, Canada on Saturday ahead of the summit to press leaders on climate finance, Ukraine and critical minerals."
        },
    };

    [Theory]
    [MemberData(nameof(Apart))]
    public void Different_news_stays_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Together => new()
    {
        {
            "a proposal and the same proposal announced ahead ('to slap')",
            "Commission proposes 25% tariff on Russian fertiliser",
            "BRUSSELS (Reuters) - The European Commission proposed on Wednesday a 25% tariff on fertiliser imported from Russia, to cut the bloc's reliance on Moscow. The proposal needs the approval of member states and parliament.",
            "EU to slap 25% tariff on Russian fertiliser",
            "The European Union plans to impose a 25% tariff on fertiliser imported from Russia, the European Commission proposed on Wednesday, to cut the bloc's reliance on Moscow. Member states and parliament must still approve it."
        },
        {
            "a proposal and 'moves to raise'",
            "Commission proposes 25% tariff on Russian fertiliser",
            "BRUSSELS (Reuters) - The European Commission proposed on Wednesday a 25% tariff on fertiliser imported from Russia, to cut the bloc's reliance on Moscow. The proposal needs the approval of member states and parliament.",
            "EU moves to raise tariffs on Russian fertiliser to 25%",
            "The European Commission on Wednesday proposed raising tariffs on fertiliser imported from Russia to 25%, to cut the bloc's reliance on Moscow. The proposal needs the approval of member states and parliament."
        },
        {
            "a proposal to cut and 'to cut'",
            "Thailand proposes cutting tariffs on US corn to zero",
            "BANGKOK - Thailand proposed on Tuesday cutting its tariffs on corn imported from the United States to zero, as part of its offer in talks with Washington, the commerce ministry said.",
            "Thailand to cut tariffs on US corn to zero",
            "BANGKOK (Reuters) - Thailand will cut its tariffs on corn imported from the United States to zero under a proposal to Washington, the commerce ministry said on Tuesday, as it seeks to avoid higher US tariffs."
        },
        {
            "a recommendation and the provisional duty that follows it",
            "EU commission recommends tariffs on Chinese EVs",
            "BRUSSELS - The European Commission recommended on Wednesday provisional tariffs of up to 38% on electric vehicles imported from China, after an anti-subsidy investigation found that Chinese carmakers benefited from unfair state support.",
            "EU imposes provisional tariffs of up to 38% on Chinese EVs",
            "The European Commission imposed provisional tariffs of up to 38% on electric vehicles imported from China on Wednesday, after its anti-subsidy investigation found that Chinese carmakers benefited from unfair state support."
        },
        {
            "a foreign minister's meeting and the ministers' talks on topics",
            "Wang Yi meets Japanese foreign minister in Beijing",
            "BEIJING - Chinese Foreign Minister Wang Yi met Japan's foreign minister in Beijing on Sunday, and the two discussed trade, export controls and security in the East China Sea, the foreign ministry said.",
            "China, Japan ministers discuss trade, security in Beijing",
            "BEIJING - China's foreign minister Wang Yi and his Japanese counterpart discussed trade, export controls and security in the East China Sea at talks in Beijing on Sunday, the foreign ministry said."
        },
        {
            "trade and economy ministers: one portfolio",
            "Japan, Australia trade ministers meet in Tokyo",
            "TOKYO - Japan's trade minister met his Australian counterpart in Tokyo on Monday to discuss critical minerals and LNG supply, the ministry said.",
            "Japan, Australia economy ministers hold talks on minerals, LNG",
            "TOKYO - Japan's economy and trade minister held talks with his Australian counterpart in Tokyo on Monday on critical minerals and LNG supply, the ministry said."
        },
        {
            "British and American spellings of one product",
            "Commission proposes 25% tariff on Russian fertiliser",
            "BRUSSELS (Reuters) - The European Commission proposed on Wednesday a 25% tariff on fertiliser imported from Russia, to cut the bloc's reliance on Moscow. The proposal needs the approval of member states and parliament.",
            "EU to slap 25% tariff on Russian fertilizer",
            "The European Union plans a 25% tariff on fertilizer imported from Russia, the European Commission proposed on Wednesday, to cut the bloc's reliance on Moscow. Member states and parliament must still approve it."
        },
        {
            "a summit and the same summit, no side meeting named",
            "Brazil opens BRICS summit in Rio de Janeiro",
            "RIO DE JANEIRO - President Luiz Inacio Lula da Silva opened the BRICS summit in Rio de Janeiro on Sunday, telling leaders of the group that US tariffs threatened the multilateral trading system.",
            "BRICS leaders gather in Brazil as summit begins",
            "RIO DE JANEIRO - Leaders of the BRICS group gathered in Rio de Janeiro on Sunday as the summit began, with Lula telling them that US tariffs threatened the multilateral trading system."
        },
    };

    [Theory]
    [MemberData(nameof(Together))]
    public void One_story_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }
}
