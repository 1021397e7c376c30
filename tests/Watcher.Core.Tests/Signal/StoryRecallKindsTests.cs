namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10's recall rules, each with rows that must join and rows that must stay apart (parties, goods and outlets are
/// the tests' own):
/// - a headline naming both its own lede goods and the other item's (one product under two names) lets lede measures of
///   one rate between the same parties agree (StoryFingerprint.HeadlineNamesProductOf);
/// - a visit's outcome headline whose only trade word is "trade" ("agree to boost trade") is no measure headline
///   (StoryFingerprint.IsMeasureHeadline);
/// - two meeting headlines naming one forum and the same single host need a tenth of their words shared, not a fifth
///   (StoryFingerprint.HeadlinesNameSameHost).
/// </summary>
public class StoryRecallKindsTests
{
    public static TheoryData<string, string, string, string, string> Join => new()
    {
        {
            "one product under two names, both in one headline",
            "Canada locks in fastener duties: what the screw tariffs mean for builders",
            "Builders sourcing screws from China face higher costs after Ottawa confirmed anti-dumping duties of up to 83.6% on the fasteners. China supplies around half of the screws used in Canada. Distributors said prices had already risen since provisional duties in June.",
            "CBSA imposes final anti-dumping duties on screws from China",
            "The Canada Border Services Agency has imposed final anti-dumping duties of up to 83.6% on carbon steel screws originating in China, following the Canadian International Trade Tribunal's finding of injury. Rates for named exporters range from 12.1% to 83.6%."
        },
        {
            "a visit's outcome, trade its only trade word",
            "Kenya, Ghana agree to double trade to $2 billion",
            "NAIROBI (Reuters) - Kenya and Ghana agreed on Tuesday to double bilateral trade to $2 billion within five years, as President William Ruto hosted Ghanaian President John Mahama in Nairobi. The two leaders signed agreements on aviation and digital payments.",
            "President Ruto holds talks with Ghana's Mahama in Nairobi",
            "Ghana's John Mahama was received at State House in Nairobi by William Ruto on his first state visit to Kenya, with talks covering regional security, aviation, digital payments and bilateral trade, according to a statement from the presidency."
        },
        {
            "one forum, one host, few words shared",
            "Peru opens APEC summit with call for open markets",
            "LIMA (AP) - Peru's president opened the APEC leaders' summit in Lima on Friday with a call to keep markets open, as Pacific Rim economies weighed the impact of higher US tariffs on their exports. Host officials said a joint declaration was expected on Saturday.",
            "APEC must resist protectionism, leaders told as they meet in Peru",
            "Leaders gathered in the Peruvian capital were told by their host that protectionism would lead nowhere, as several pledged investment in ports and called for supply chains to stay stable and free of politics."
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
            "the headline names only its own goods: another product, one rate",
            "Canada locks in fastener duties: what the tariffs mean for builders",
            "Builders sourcing fasteners from China face higher costs after Ottawa confirmed anti-dumping duties of up to 83.6% on the fasteners. China supplies around half of the fasteners used in Canada.",
            "CBSA imposes final anti-dumping duties on steel wire from China",
            "The Canada Border Services Agency has imposed final anti-dumping duties of up to 83.6% on steel wire originating in China, following the Canadian International Trade Tribunal's finding of injury."
        },
        {
            "a tariff agreed at the visit: a measure headline, not the visit's outcome",
            "Kenya, Ghana agree to cut tariffs on cocoa and tea",
            "NAIROBI (Reuters) - Kenya and Ghana agreed on Tuesday to cut tariffs on each other's cocoa and tea to zero from January, as the two presidents met at State House in Nairobi, trade officials said.",
            "President Ruto holds talks with Ghana's Mahama in Nairobi",
            "President William Ruto on Tuesday held talks with Ghanaian President John Mahama at State House, Nairobi, on his first state visit to Kenya. The leaders signed agreements on aviation and digital payments."
        },
        {
            "one forum and host: the ministers' meeting days before the summit",
            "APEC trade ministers meet in Peru ahead of summit",
            "Trade ministers of the 21 APEC economies gathered in Arequipa on Wednesday to prepare the leaders' declaration, with disputes over farm subsidies and digital services taxes still unresolved, officials said.",
            "Peru opens APEC summit with call for open markets",
            "LIMA (AP) - Peru's president opened the APEC leaders' summit in Lima on Friday with a call to keep markets open, as Pacific Rim economies weighed the impact of higher US tariffs on their exports."
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
