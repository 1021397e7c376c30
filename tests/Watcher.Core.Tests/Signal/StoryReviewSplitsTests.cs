using Watcher.Core.Detection;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 11 (fix16c): false splits a review found in cluster16's guards, each with the reviewer's pair, pairs of our own
/// that must join, and look-alikes that must stay apart:
/// - an annual (administrative) review is news, not a digest (StoryFingerprint.IsDigestHeadline);
/// - "car assembly kits", "deputy minister" name no legislature, "countries buying Russian oil" no executive body
///   (StoryFingerprint.OtherBodies);
/// - an ordinal in words is an edition only before a forum's or meeting's name (StoryFingerprint.BeforeEdition);
/// - "Trump call" is a call and a "VIDEO:" label is not; the call's rate check reads rates as HeadlineRateNotIn does
///   (StoryFingerprint.OtherMeans);
/// - an attribution's lookahead reads "Held In Samarkand" in Title Case (StoryKeys.Attribution);
/// - headlines that each state their measure's direction, reversed, are a retaliation, not a misread direction
///   (StoryFingerprint.HeadlinesStateOppositeDirections in StoryIndex.MeasuresLooselyAgree).
/// </summary>
public class StoryReviewSplitsTests
{
    public static TheoryData<string, string, string, string, string> Join => new()
    {
        {
            "an annual review's outcome (reviewer)",
            "USTR annual review: India loses GSP trade benefits",
            "The U.S. Trade Representative said on Monday that India will lose duty-free access under the Generalized System of Preferences after the annual review found it had not given U.S. firms equitable market access.",
            "US ends India's duty-free access under GSP trade programme",
            "The United States will end India's duty-free access under the Generalized System of Preferences, the U.S. Trade Representative said on Monday, after finding India had not given U.S. firms equitable market access."
        },
        {
            "an administrative review's duty (reviewer)",
            "US sets new duty on Chinese honey after annual review",
            "WASHINGTON - The U.S. Commerce Department set an anti-dumping duty of 8.1% on raw honey from China in its annual administrative review, according to a notice in the Federal Register on Tuesday.",
            "Commerce sets 8.1% anti-dumping duty on Chinese honey",
            "WASHINGTON - The Commerce Department on Tuesday set an anti-dumping duty of 8.1% on raw honey imported from China after an administrative review, a Federal Register notice showed."
        },
        {
            "an annual review of a safeguard, our own",
            "Annual review keeps Philippine safeguard duty on cement at 200 pesos",
            "MANILA - The Philippine trade department kept its safeguard duty on imported cement at 200 pesos a tonne after its annual review, it said on Friday.",
            "Philippines keeps cement safeguard duty at 200 pesos a tonne",
            "MANILA - The Philippines will keep the safeguard duty on imported cement at 200 pesos a tonne, the trade department said on Friday after reviewing the measure."
        },
        {
            "car assembly kits (reviewer)",
            "Cabinet cuts import duty on car assembly kits to 5%",
            "ISLAMABAD - The federal cabinet on Tuesday cut the customs duty on completely knocked down (CKD) kits for car assembly to 5% from 10%, to support local carmakers, the finance ministry said.",
            "Cabinet approves 5% duty on CKD kits for local carmakers",
            "ISLAMABAD - Pakistan's federal cabinet on Tuesday approved cutting the customs duty on completely knocked down kits for cars to 5% from 10% to support local carmakers, the finance ministry said."
        },
        {
            "a deputy minister speaking (reviewer)",
            "Cabinet approves 25% duty on Chinese steel, deputy minister says",
            "HANOI - The cabinet on Monday approved a 25% anti-dumping duty on galvanised steel from China, deputy trade minister Nguyen Sinh Nhat Tan told reporters.",
            "Cabinet approves 25% anti-dumping duty on Chinese galvanised steel",
            "HANOI - Vietnam's cabinet on Monday approved a 25% anti-dumping duty on galvanised steel imported from China, the trade ministry said."
        },
        {
            "countries as targets (reviewer)",
            "Senate passes bill for 500% tariffs on countries buying Russian oil",
            "WASHINGTON - The U.S. Senate on Thursday passed a bill that would let the president impose tariffs of up to 500% on countries that buy Russian oil, by 82 votes to 10.",
            "Bill for 500% tariff on countries buying Russian oil clears key vote",
            "WASHINGTON - A bill allowing tariffs of up to 500% on countries that keep buying Russian oil cleared the Senate on Thursday by 82 votes to 10, sending it to the House."
        },
        {
            "an ordinal deal count (reviewer)",
            "Indonesia becomes third country to seal US tariff deal",
            "JAKARTA - Indonesia agreed a trade deal with the United States on Tuesday that sets a 19% tariff on its goods, the third such deal after Britain and Vietnam.",
            "US, Indonesia agree 19% tariff in Trump's fourth trade deal",
            "WASHINGTON - President Donald Trump said on Tuesday the United States had reached a deal with Indonesia under which its goods will face a 19% tariff, his fourth deal after Britain, China and Vietnam."
        },
        {
            "an ordinal round of retaliation (reviewer)",
            "China hits back with second round of tariffs on US farm goods",
            "BEIJING - China will impose extra tariffs of 10% to 15% on U.S. farm goods including soybeans and chicken from March 10, the finance ministry said on Tuesday, in a second round of retaliation.",
            "China's retaliatory tariffs on US chicken, soybeans a third blow to farmers",
            "BEIJING - China said on Tuesday it will put extra tariffs of 10% to 15% on U.S. farm goods, including chicken and soybeans, from March 10, the finance ministry said."
        },
        {
            "an ordinal time (reviewer)",
            "Trump delays EU tariffs for second time",
            "WASHINGTON - President Donald Trump said on Sunday he would delay a 50% tariff on European Union goods until July 9, after a call with European Commission President Ursula von der Leyen.",
            "Trump extends EU tariff deadline to July 9, third delay this year",
            "WASHINGTON - President Donald Trump on Sunday pushed back the 50% tariff on EU goods to July 9, after a call with Ursula von der Leyen, the third time he has delayed it this year."
        },
        {
            "third countries at a numbered summit (reviewer)",
            "EU-China summit: Brussels warns Beijing on rerouting exports via third countries",
            "BEIJING - European Council President Antonio Costa and Commission President Ursula von der Leyen met Chinese President Xi Jinping in Beijing on Thursday and warned against steel exports rerouted through third countries.",
            "25th EU-China summit opens in Beijing",
            "BEIJING - Chinese President Xi Jinping met European Council President Antonio Costa and Commission President Ursula von der Leyen in Beijing on Thursday for the 25th EU-China summit."
        },
        {
            "a call as a noun (reviewer)",
            "Carney and Trump talk by phone about tariffs",
            "OTTAWA - Prime Minister Mark Carney spoke with President Donald Trump by phone on Thursday about U.S. tariffs on Canadian goods, his office said in a statement.",
            "Carney says Trump call focused on 35% tariff",
            "OTTAWA - Prime Minister Mark Carney said on Thursday his call with President Donald Trump focused on the 35% U.S. tariff on Canadian goods not covered by the USMCA trade pact."
        },
        {
            "a video label (reviewer)",
            "VIDEO: Modi receives Putin at Delhi airport",
            "Prime Minister Narendra Modi on Thursday received Russian President Vladimir Putin at Palam airport in New Delhi, breaking protocol, as Putin arrived for a two-day state visit.",
            "Putin arrives in New Delhi, Modi greets him at airport",
            "NEW DELHI - Russian President Vladimir Putin arrived in New Delhi on Thursday for a two-day visit and was greeted at the airport by Prime Minister Narendra Modi."
        },
        {
            "a measure told from its target's side",
            "Chinese goods face 34% US tariff from April 9",
            "WASHINGTON - Goods from China will face a 34% U.S. tariff from April 9, on top of the 20% already in place, President Donald Trump said on Wednesday.",
            "Trump slaps 34% tariff on Chinese goods",
            "WASHINGTON - President Donald Trump on Wednesday announced a 34% reciprocal tariff on goods from China, on top of the 20% already in place, effective April 9."
        },
        {
            "one measure, one headline naming one party",
            "Beijing raises tariff on American goods to 125%",
            "BEIJING - China will raise its tariffs on all U.S. goods to 125% from 84% from Saturday, the finance ministry said on Friday.",
            "Tariff on all US goods goes to 125% from Saturday, finance ministry says",
            "BEIJING - The tariff China charges on all goods from the United States will rise to 125% from 84% on Saturday, the finance ministry said on Friday."
        },
    };

    [Theory]
    [MemberData(nameof(Join))]
    public void Copies_of_one_story_join(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Apart => new()
    {
        {
            "a national assembly's vote and the cabinet's decree",
            "National Assembly passes 20% tariff on imported cement",
            "The National Assembly on Thursday passed a bill setting a 20% tariff on imported cement, by 310 votes to 40.",
            "Cabinet approves decree on 20% cement tariff",
            "The cabinet on Tuesday approved the decree putting the 20% tariff on imported cement into force from July."
        },
        {
            "a chamber of deputies' vote and the council's approval",
            "Chamber of Deputies approves 15% duty on imported tyres",
            "The Chamber of Deputies on Wednesday approved a 15% duty on imported tyres, by 280 votes to 90.",
            "Council of ministers adopts 15% tyre duty",
            "The council of ministers on Monday adopted the 15% duty on imported tyres, which takes effect in June."
        },
        {
            "a parliament's vote and the member countries' approval",
            "Parliament votes 30% tariff on Russian fertiliser",
            "Members of the European Parliament on Thursday voted for a 30% tariff on fertiliser imports from Russia, by 420 votes to 150.",
            "EU countries sign off on 30% tariff on Russian fertiliser",
            "EU member states on Monday signed off on the 30% tariff on fertiliser imports from Russia, completing the law's adoption."
        },
        {
            "a retaliation at the measure's rate (reviewer)",
            "Trump slaps 34% tariff on Chinese goods",
            "WASHINGTON - President Donald Trump on Wednesday announced a 34% reciprocal tariff on goods from China, on top of the 20% already in place, effective April 9.",
            "China slaps 34% tariff on all US goods",
            "BEIJING - China will impose an additional 34% tariff on all goods imported from the United States from April 10, the finance ministry said on Friday, in retaliation for U.S. reciprocal tariffs."
        },
        {
            "a retaliation raised to the measure's rate (reviewer)",
            "China raises tariffs on US goods to 125%",
            "BEIJING - China will raise its tariffs on all U.S. goods to 125% from 84% from Saturday, the finance ministry said on Friday, in response to U.S. tariffs of 145%.",
            "Trump raises tariffs on Chinese goods to 125%",
            "WASHINGTON - President Donald Trump said on Wednesday he is raising the tariff on Chinese goods to 125%, effective immediately, while pausing higher tariffs on other countries for 90 days."
        },
        {
            "two editions of one forum, both in words",
            "Third ASEAN-GCC Summit opens in Kuala Lumpur",
            "KUALA LUMPUR - Leaders of Southeast Asia and the Gulf opened the third ASEAN-GCC summit in Kuala Lumpur on Tuesday.",
            "Leaders gather in Riyadh for second ASEAN-GCC summit",
            "RIYADH - Leaders of the Gulf states and Southeast Asia gathered in Riyadh on Sunday for the second ASEAN-GCC summit, two years after the first."
        },
        {
            "a mirror duty on all goods",
            "Canada imposes 25% tariff on US goods in response",
            "OTTAWA - Canada will impose a 25% tariff on goods imported from the United States from Tuesday, Prime Minister Justin Trudeau said, answering the U.S. tariff on Canadian goods.",
            "Trump imposes 25% tariff on Canadian goods",
            "WASHINGTON - President Donald Trump on Saturday signed an order imposing a 25% tariff on goods from Canada, effective Tuesday, citing fentanyl and migration."
        },
    };

    [Theory]
    [MemberData(nameof(Apart))]
    public void Look_alikes_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    [Theory]
    [InlineData("Carney says Trump call focused on 35% tariff", true)]
    [InlineData("Lula's call with Trump lasted 30 minutes", true)]
    [InlineData("Xi and Putin speak in video call", true)]
    [InlineData("Trump calls Xi about soybean tariffs", true)]
    [InlineData("EU calls for talks on steel tariffs", false)]
    [InlineData("Ramaphosa calls on Washington to drop 30% tariff", false)]
    [InlineData("Farmers call to scrap rice duty", false)]
    public void A_call_is_read_from_the_headline(string title, bool call) =>
        Assert.Equal(call, StoryFingerprint.Of(title, "", null).HeadlineNamesCall);

    [Theory]
    [InlineData("USTR annual review: India loses GSP trade benefits", false)]
    [InlineData("Commerce cuts duty on Vietnamese shrimp in annual administrative review", false)]
    [InlineData("Annual review of safeguard duties due in March", false)]
    [InlineData("Quarterly review: tariffs in the third quarter", true)]
    [InlineData("Trade Brief, weekly briefing: steel, rice and sugar", true)]
    [InlineData("Trade roundup: Kenya, Peru and Chile move on duties", true)]
    public void An_annual_review_is_no_digest(string title, bool digest) =>
        Assert.Equal(digest, StoryFingerprint.Of(title, "", null).IsDigestHeadline);

    [Theory]
    [InlineData("Second Central Asia - GCC Summit Held In Samarkand", "Second Central Asia - GCC Summit Held In Samarkand")]
    [InlineData("Second Central Asia - GCC Summit held in Samarkand", "Second Central Asia - GCC Summit held in Samarkand")]
    [InlineData("Third ASEAN-GCC Summit Opens - Gulf Times", "Third ASEAN-GCC Summit Opens")]
    [InlineData("Tariffs Rise On Steel - Trade Minister", "Tariffs Rise On Steel")]
    public void A_title_case_clause_after_a_hyphen_is_no_attribution(string title, string expected) =>
        Assert.Equal(expected, StoryKeys.NormalizedTitleText(title));
}
