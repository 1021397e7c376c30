using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10's precision guards, each with rows that must stay apart and rows that must still join (parties, goods and
/// outlets are the tests' own):
/// - one imposer's template headlines naming other goods or schedules, sharing only the imposer, trade vocabulary and figures
///   (<see cref="StoryFingerprint.HeadlinesNameOnlyOtherTopics"/>; quota, rate, tonnes, customs, schedule and chapter are trade vocabulary);
/// - a proposal and the decision on it (<see cref="HeadlineAction.ProposalAndDecision"/>);
/// - ministers' meetings of different portfolios (<see cref="HeadlineAction.OtherPortfolios"/>);
/// - a meeting headline naming no leader and no summit or visit, and one naming leaders (<see cref="StoryFingerprint.IsLeadersMeetingHeadline"/>).
/// </summary>
public class StoryLookAlikeGuardsTests
{
    public static TheoryData<string, string, string, string, string> Apart => new()
    {
        {
            "template headlines, other goods, no rate read",
            "Anti-circumvention notice: imports of copper tubes",
            "The Trade Remedies Directorate gives notice that imports of copper tubes, whatever their origin, will be examined for circumvention of the duties in force. Interested parties have 30 days to register.",
            "Anti-circumvention notice: imports of brass rods",
            "The Trade Remedies Directorate gives notice that imports of brass rods, whatever their origin, will be examined for circumvention of the duties in force. Interested parties have 30 days to register."
        },
        {
            "template headlines, quotas on two goods, one figure in both headlines",
            "Vietnam sets 2027 tariff quota for salt at 120,000 tonnes",
            "HANOI (VNA) - The Ministry of Industry and Trade set the 2027 tariff quota for salt imports at 120,000 tonnes, with in-quota imports paying 0% and the rest 50%, from all origins.",
            "Vietnam sets 2027 tariff quota for eggs at 120,000 tonnes",
            "HANOI (VNA) - The Ministry of Industry and Trade set the 2027 tariff quota for egg imports at 120,000 tonnes, with in-quota imports paying 40% and the rest 80%, from all origins."
        },
        {
            "customs schedule, two chapters, gazette style",
            "Customs schedule amendment: chapter 84 machinery",
            "Amendment No. 12 to the customs tariff schedule sets the duty on machinery of chapter 84 at 2.5% for all countries from 1 July. The schedule is published in the Gazette.",
            "Customs schedule amendment: chapter 61 knitted apparel",
            "Amendment No. 13 to the customs tariff schedule sets the duty on knitted apparel of chapter 61 at 2.5% for all countries from 1 July. The schedule is published in the Gazette."
        },
        {
            "a proposal and the decision on it",
            "Commission proposes duties on imported fertiliser",
            "BRUSSELS (Reuters) - The European Commission proposed on Wednesday raising tariffs on fertiliser imports from all countries to 45 euros a tonne, to cut reliance on supplies from outside the bloc. The proposal needs the approval of member states and parliament.",
            "EU adopts tariffs on imported fertiliser",
            "BRUSSELS (Reuters) - The European Union adopted on Monday tariffs on fertiliser imports from all countries of 45 euros a tonne, two months after the Commission proposed them. Farm groups said prices would rise."
        },
        {
            "a board's recommendation and the duty imposed",
            "Tariff board recommends safeguard duty on glass bottles",
            "MANILA (PNA) - The Tariff Commission recommended a safeguard duty of 8.7% on imported glass bottles from all sources, a finding that goes to the trade secretary for a decision within 15 days.",
            "Manila imposes safeguard duty on glass bottles",
            "MANILA (PNA) - The Department of Trade imposed a safeguard duty of 8.7% on imported glass bottles from all sources on Tuesday, following the recommendation of the Tariff Commission last month."
        },
        {
            "ministers of two portfolios, one city",
            "Korea, Canada energy ministers meet in Seoul",
            "SEOUL (Yonhap) - South Korea's energy minister met Canada's energy minister in Seoul on Monday to discuss LNG supply and critical minerals, the ministry said.",
            "Korea, Canada defence ministers meet in Seoul",
            "SEOUL (Yonhap) - South Korea's defence minister met Canada's defence minister in Seoul on Wednesday to discuss submarines and critical minerals, the ministry said."
        },
        {
            "officials meeting and the leaders' visit it prepares",
            "Tajani, Albares meet in Madrid to line up Italian, Spanish stance on EU budget",
            "MADRID - Italy's foreign minister Antonio Tajani met his Spanish counterpart José Manuel Albares in Madrid on Tuesday to compare positions on the next EU budget and on the US tariffs both countries face. The talks also prepared a visit by Prime Minister Giorgia Meloni to Madrid in the spring, officials said.",
            "Prime Minister Sánchez welcomes Prime Minister Meloni to Madrid",
            "Prime Minister Pedro Sánchez welcomed Italian Prime Minister Giorgia Meloni to Madrid on Thursday for her first official visit. Both leaders signed agreements on energy and research and compared positions on the next EU budget."
        },
    };

    [Theory]
    [MemberData(nameof(Apart))]
    public void Look_alikes_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Together => new()
    {
        {
            "one every-origin measure, the goods abbreviated in one headline",
            "Safeguard duty on PET resin imports extended",
            "The Ministry of Commerce has extended the safeguard duty of 12.4% on imports of polyethylene terephthalate resin from all origins for two years, following a review requested by domestic producers.",
            "Safeguard duty on polyethylene terephthalate extended for two years",
            "The Ministry of Commerce has extended the safeguard duty of 12.4% on imports of polyethylene terephthalate resin from all origins for two years, following a review requested by domestic producers. Importers said prices would stay high."
        },
        {
            "one every-origin measure, a template headline and a wire headline sharing the goods",
            "Safeguard measures on imports of aluminium foil",
            "The Ministry of Commerce announces that a safeguard measure in the form of an additional duty of 18.5% will apply to imports of aluminium foil, irrespective of origin, from 1 March 2027 for a period of 200 days.",
            "Foil importers face 18.5% safeguard duty from March",
            "Importers of aluminium foil will pay an additional 18.5% duty from 1 March 2027 for 200 days under a safeguard measure announced by the Ministry of Commerce, whatever the origin of the goods. Converters said costs would rise."
        },
        {
            "a proposal told twice",
            "Commission proposes duties on imported fertiliser",
            "BRUSSELS (Reuters) - The European Commission proposed on Wednesday raising tariffs on fertiliser imports from all countries to 45 euros a tonne, to cut reliance on supplies from outside the bloc. The proposal needs the approval of member states and parliament.",
            "Brussels unveils fertiliser tariff proposal",
            "The European Commission on Wednesday unveiled a proposal to raise tariffs on fertiliser imports from all countries to 45 euros a tonne, to cut reliance on supplies from outside the bloc. Member states and parliament must approve it."
        },
        {
            "a recommendation accepted, and the duty it imposes",
            "Government accepts recommendation for duty on imported steel wire",
            "The government has accepted the recommendation of the trade remedies authority and will impose a safeguard duty of 14.2% on imported steel wire from all origins from next month, the trade department said.",
            "Steel wire imports to face 14.2% safeguard duty",
            "Imports of steel wire from all origins will face a safeguard duty of 14.2% from next month after the government accepted its trade remedies authority's recommendation, the trade department said on Friday."
        },
        {
            "one ministers' meeting, the portfolio named in both",
            "Korea, Canada energy ministers meet in Seoul",
            "SEOUL (Yonhap) - South Korea's energy minister met Canada's energy minister in Seoul on Monday to discuss LNG supply and critical minerals, the ministry said.",
            "Energy ministers of Korea and Canada discuss LNG in Seoul",
            "South Korea's energy minister met Canada's energy minister in Seoul on Monday to discuss LNG supply and critical minerals, the ministry said, with a deal on long-term cargoes expected next year."
        },
        {
            "one officials' meeting, told by two outlets naming no leader",
            "Tajani, Albares meet in Madrid on tariffs and migration",
            "MADRID - Italian Foreign Minister Antonio Tajani met his Spanish counterpart José Manuel Albares in Madrid on Tuesday to prepare the agenda of the bilateral summit, discussing the tariffs both countries face and migration.",
            "Albares and Tajani hold talks in Madrid",
            "Spanish Foreign Minister José Manuel Albares and his Italian counterpart Antonio Tajani held talks in Madrid on Tuesday on the agenda of the coming bilateral summit, the tariffs both countries face and migration."
        },
    };

    [Theory]
    [MemberData(nameof(Together))]
    public void One_story_still_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }
}
