using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 32 (cluster44), from holdout 33's false pairs: two headlines naming their summits by two names are two summits
/// (StoryFingerprint.NamesOtherSummit: two small forums meeting in one city and month, two mountains' summits), and leaders' talks
/// whose lede says they were by phone are a call, no copy of the visit the leaders agree on afterwards
/// (StoryFingerprint.TalksHeldByPhone). Headlines and texts are the tests' own.
/// </summary>
public class SummitNameAndPhoneTalksTests
{
    private static StoryFingerprint F(string title, string text = "", string? country = null) => StoryFingerprint.Of(title, text, null, country);

    [Theory]
    [InlineData("OCTA summit opens in Nuuk with fisheries on agenda", "", "n:OCTA")]
    [InlineData("OCTA leaders gather in Nuuk for fisheries summit", "", "n:OCTA")]
    [InlineData("West Nordic Council leaders' summit opens in Nuuk", "", "n:west nordic council")]
    [InlineData("Nuuk hosts summit of the West Nordic Council", "", "n:west nordic council")]
    [InlineData("Capital hosts summit of heads of state of the Arctic Fisheries Compact", "", "n:arctic fisheries compact")]
    [InlineData("Ice closes path to Snaefell summit", "", "n:snaefell")]
    [InlineData("Second OCTA Summit opens in Nuuk", "", "n:OCTA")]
    // one capitalised word opening the headline: a name where the text writes it so inside a sentence
    [InlineData("Scafell summit path closed after ice storm", "Wardens closed the path to the Scafell summit after an ice storm.", "n:scafell")]
    public void A_headline_names_its_summit(string title, string text, string mark) =>
        Assert.Contains(mark, StoryFingerprint.SummitNameMarks(title, text));

    [Theory]
    // title case: no name stands out
    [InlineData("Leaders Gather In Nuuk For Fisheries Summit", "")]
    // a pair's summit, a capital's: the parties tell it
    [InlineData("EU-China summit ends without a deal on steel", "")]
    [InlineData("Trump-Putin summit set for next month", "")]
    // words any summit's name carries
    [InlineData("Climate summit opens with calls for finance", "")]
    [InlineData("Leaders' summit opens in Nuuk", "")]
    // one word opening the headline that the text never writes as a name
    [InlineData("Fisheries summit opens in Nuuk", "Ministers opened a fisheries summit in Nuuk on Monday.")]
    [InlineData("Fisheries summit opens in Nuuk", "")]
    // no summit, or lower case around it
    [InlineData("Leaders meet in Nuuk to discuss fisheries", "")]
    [InlineData("Talks reach summit of ambition, says minister", "")]
    public void No_name_is_read(string title, string text) => Assert.Empty(StoryFingerprint.SummitNameMarks(title, text));

    [Fact]
    public void Two_forums_summits_in_one_city_stay_apart() =>
        Apart(F("OCTA summit opens in Nuuk with fisheries on agenda"),
            F("West Nordic Council leaders' summit opens in Nuuk", "Leaders of the West Nordic Council opened their summit in Nuuk on Tuesday, with fisheries and air links on the agenda.", "IS"));

    [Fact]
    public void Two_mountains_summits_stay_apart()
    {
        var (snaefell, nevis, scafell) = (F("Ice closes path to Snaefell summit", "", "IM"),
            F("Ben Nevis summit path closed as ice blankets plateau", "Rangers closed the path to the Ben Nevis summit after ice covered the plateau overnight.", "GB"),
            F("Scafell summit path closed after ice storm", "Wardens closed the path to the Scafell summit after an ice storm, and walkers were turned back at the car park.", "GB"));
        Apart(snaefell, nevis);
        Apart(nevis, scafell);
    }

    [Fact]
    public void One_summit_by_its_abbreviation_and_its_name_is_not_kept_apart()
    {
        var (abbreviation, name, leaders) = (F("OCTA summit opens in Nuuk with fisheries on agenda"),
            F("Overseas Countries and Territories Association summit opens in Nuuk", "Leaders of the Overseas Countries and Territories Association opened their summit in Nuuk, with fisheries on the agenda.", "GL"),
            F("OCTA leaders gather in Nuuk for fisheries summit", "Leaders of the Overseas Countries and Territories Association opened their summit in Nuuk, where fisheries top the agenda.", "GL"));
        Assert.False(abbreviation.NamesOtherSummit(name));
        Assert.False(name.NamesOtherSummit(abbreviation));
        Assert.False(leaders.NamesOtherSummit(abbreviation));
        Joined(abbreviation, name);
        Joined(leaders, abbreviation);
    }

    [Fact]
    public void A_name_the_text_spells_with_its_abbreviation_is_that_abbreviation()
    {
        var (name, abbreviation) = (F("Nuuk hosts the summit of heads of state of the Arctic Island Alliance", "The heads of state of the Arctic Island Alliance (AIN) met in Nuuk for their second summit.", "GL"),
            F("AIN summit: rotating chair handed over in Nuuk", "Iceland takes over the rotating chair of the Arctic Island Alliance, the leaders decided at the close of their summit.", "IS"));
        Assert.Contains("n:AIN", name.Occasion);
        Assert.False(name.NamesOtherSummit(abbreviation));
        Assert.False(abbreviation.NamesOtherSummit(name));
        // a name keeps its topic words for its abbreviation's initials
        Assert.False(F("Summit of the Economic Cooperation Council held in Nuuk").NamesOtherSummit(F("ECC summit in Nuuk adopts declaration")));
    }

    [Fact]
    public void A_summit_named_by_its_city_is_not_another_summit_in_that_city()
    {
        var (city, forum) = (F("Johannesburg summit ends with call for fair trade"), F("G20 summit opens in Johannesburg", "Leaders of the G20 opened their summit in Johannesburg with trade on the agenda.", "ZA"));
        Assert.False(city.NamesOtherSummit(forum));
        Assert.False(forum.NamesOtherSummit(city));
    }

    private const string Call = "President discusses US tariffs with US counterpart";
    private const string CallText = "The President has held talks by phone with the US President on the 25 percent tariff on Malawian tobacco. State House said the call was cordial.";

    [Theory]
    [InlineData(Call, CallText, true)]
    [InlineData("Prime Minister speaks about tariffs with his Japanese counterpart", "The Prime Minister held a video call with the Japanese Prime Minister on the 10% tariff on beef.", true)]
    // the talks were held in person, or the lede does not say how
    [InlineData(Call, "The President held talks at the White House with the US President on the 25 percent tariff on Malawian tobacco.", false)]
    [InlineData(Call, "The President discussed with the US President the 25 percent tariff on Malawian tobacco.", false)]
    // a phone named later in the text only
    [InlineData(Call, "The President met the US President in Washington on the 25 percent tariff on Malawian tobacco. He later told reporters by phone that talks went well.", false)]
    // no leaders' talks in the headline
    [InlineData("Tobacco farmers fear 25% US tariff", "Farmers said by phone that the 25 percent tariff would ruin the season.", false)]
    public void Talks_held_by_phone(string title, string text, bool call) =>
        Assert.Equal(call, F(title, text, "MW").HeadlineNamesCall);

    [Fact]
    public void A_call_told_without_its_phone_in_the_headline_is_no_copy_of_the_visit_after_it()
    {
        var call = F(Call, CallText, "MW");
        var trip = F("President heads to Washington over tobacco tariff", "The President leaves for Washington on 3 November for talks with the US President on the 25 percent tariff on Malawian tobacco, State House has announced.", "MW");
        var visit = F("President to visit US for talks on tobacco tariff", "", "MW");
        Apart(call, trip);
        Apart(call, visit);
    }

    [Fact]
    public void Two_copies_of_the_call_still_join() =>
        Joined(F(Call, CallText, "MW"), F("President holds telephone call with US President on tobacco tariff", "The President of Malawi held a telephone conversation with the President of the United States on the 25 percent tariff on Malawian tobacco.", "MW"));
}
