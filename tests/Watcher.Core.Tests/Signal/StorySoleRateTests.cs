namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A lede stating one rate and nothing else is that rate's news: a release that names the measure in its own words ("new
/// steel trade measure", "duty-free import … extended") and a wire that says what it does ("double steel tariffs to 50%") share
/// that one rate and a word of their topic, and little else. With nothing disagreeing and a tenth of their words shared they are
/// one story; the same rate on other goods, for another importer, as background of another story, or raised and then cut, is
/// not. Parties, goods and outlets are the tests' own.
/// </summary>
public class StorySoleRateTests
{
    public static TheoryData<string, string, string, string, string> OneRate => new()
    {
        // a ministry release naming the measure in its own words, and the wire saying what it does
        {
            "release and wire, the measure named in other words",
            "New safeguard measure to protect domestic tyre makers",
            "The Ministry of Trade has today confirmed that a new safeguard measure on imported passenger car tyres will replace the existing quota when it expires in March. Imports above the reduced quota will face a duty of 30%, up from the current out-of-quota rate. The measure will be reviewed after two years.",
            "Egypt to raise tyre import duty to 30% as local plants struggle",
            "Egypt will raise the duty on imported passenger car tyres above quota to 30 per cent from March, the trade ministry said, as domestic plants struggle with cheap imports. Importers said prices in Cairo would rise before the summer."
        },
        // a finance ministry notification told by an agency, and the trade paper: a waiver extended, the duty it waives
        {
            "agency notice and trade paper, a waiver extended",
            "Govt extends duty-free import of lentils till June 30, 2027",
            "NEW DELHI (PTI) - The government has extended the exemption from import duty on lentils till June 30, 2027 to keep pulse prices in check, according to a finance ministry notification. Lentil imports otherwise attract a 10 per cent duty. Traders welcomed the decision.",
            "Lentil duty waiver extended again as dal prices stay high",
            "Pulse importers have won another extension of the waiver on the 10% import duty on lentils, this time until the end of June 2027. Traders in Mumbai expect imports from Canada and Australia to rise as mills take advantage of lower global prices, while farm groups said the extension hurts growers."
        },
        // a government notice and a newsletter: a rate on one product class, the class named in both headlines
        {
            "government notice and newsletter",
            "Notice: revised customs duty on imported cement clinker",
            "Pursuant to the Customs Act, the Ministry of Finance gives notice that the customs duty applicable to imported cement clinker is set at 12% from 1 April 2027. The revised duty applies to imports from all origins and replaces the rate set in 2024.",
            "Morning Brief: clinker importers face higher duty from April",
            "Good morning. Cement makers that import clinker will pay a customs duty of 12% from 1 April, the finance ministry said in a notice on Friday. Importers said the revised duty would add to building costs; the industry body welcomed it."
        },
    };

    [Theory]
    [MemberData(nameof(OneRate))]
    public void One_rate_told_in_other_words_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> OtherStories => new()
    {
        // one importer, one rate, two goods: no word of their topic shared
        {
            "one rate, two goods",
            "Kenya raises duty on imported sugar to 25%",
            "NAIROBI (Reuters) - Kenya will raise its duty on imported sugar to 25% from January to protect local millers, the treasury said on Monday.",
            "Kenya raises duty on imported rice to 25%",
            "NAIROBI (Reuters) - Kenya will raise its duty on imported rice to 25% from January to protect Mwea growers, the treasury said on Thursday."
        },
        // the same goods and rate, two importers
        {
            "one rate, two importers",
            "Mexico imposes 25% duty on Chinese steel pipes",
            "MEXICO CITY (Reuters) - Mexico will impose a 25% anti-dumping duty on seamless steel pipes from China, the economy ministry said on Monday.",
            "Colombia imposes 25% duty on Chinese steel pipes",
            "BOGOTA (Reuters) - Colombia will impose a 25% anti-dumping duty on seamless steel pipes from China, the trade ministry said on Tuesday."
        },
        // a decision, and an output story whose lede recalls it as background
        {
            "decision and background",
            "UK to double steel tariffs to 50% as it follows EU lead",
            "Britain will double the tariff on steel imported above quota to 50 per cent, matching the EU, as ministers try to prevent cheap metal diverted from the US market from swamping the domestic industry.",
            "UK steel output falls to record low as mills idle furnaces",
            "British crude steel output fell to a record low in October, industry figures showed, with mills idling furnaces in Port Talbot and Scunthorpe. Producers said the 50% rate due from July came too late for two of them."
        },
        // a rate raised, and the same rate's cut a year later
        {
            "rate raised vs rate cut",
            "India raises import duty on edible oils to 20%",
            "NEW DELHI (Reuters) - India raised the import duty on crude edible oils to 20% to support oilseed farmers, the finance ministry said on Friday.",
            "India cuts import duty on edible oils to 20% as prices soar",
            "NEW DELHI (Reuters) - India cut the import duty on crude edible oils to 20% to cool food prices, the finance ministry said on Friday."
        },
    };

    [Theory]
    [MemberData(nameof(OtherStories))]
    public void One_rate_of_another_story_stays_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }
}
