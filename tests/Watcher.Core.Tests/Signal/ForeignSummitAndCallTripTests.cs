using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 33 (cluster48), from the split and false pairs of holdouts 24–30 and 34: a forum's summit headlined in another language
/// ("sommet", "cumbre", "vertice") names a meeting and the city after "à", "a" or "em", so it joins the forum's English copy in that
/// city (StoryForeignSummit.cs); a leader pressing, urging or asking the other over a lede saying "in a telephone call" is a call
/// (StoryCallLede.cs), and "President's Washington trip" is a trip (NamesTrip): neither is the visit's copy. Headlines and texts
/// are the tests' own.
/// </summary>
public class ForeignSummitAndCallTripTests
{
    private static StoryFingerprint F(string title, string text = "", string? country = null) => StoryFingerprint.Of(title, text, null, country);

    private static readonly string SadcText =
        "GABORONE (Reuters) - Heads of state of the Southern African Development Community opened their ordinary summit in Gaborone on "
        + "Sunday, with food security and a regional power pool on the agenda.";

    [Theory]
    [InlineData("Sommet de la SADC à Gaborone : la sécurité alimentaire en débat")]
    [InlineData("Vertice della SADC a Gaborone sulla sicurezza alimentare")]
    [InlineData("Cimeira da SADC em Gaborone debate segurança alimentar")]
    public void A_summits_headline_in_another_language_joins_its_copy_in_that_city(string foreign) =>
        Joined(F("SADC leaders meet in Gaborone for ordinary summit", SadcText, "BW"), F(foreign));

    [Theory]
    [InlineData("Sommet de la CEDEAO à Abuja", "abuja")]
    [InlineData("Vertice Med5 a La Valletta", "lavalletta")]
    [InlineData("Cimeira da SADC em Luanda aprova roteiro", "luanda")]
    public void A_foreign_summits_place_is_read(string headline, string place) =>
        Assert.Contains(place, StoryFingerprint.ForeignSummitPlaces(headline));

    [Theory]
    // "a" and "em" before a name are no place in an English headline, nor in a foreign one naming no summit
    [InlineData("Exporters face a US tariff as summit nears")]
    [InlineData("Ministre attendu à Abuja pour des discussions")]
    public void No_place_is_read_without_a_foreign_summit(string headline) =>
        Assert.Empty(StoryFingerprint.ForeignSummitPlaces(headline));

    [Fact]
    public void The_forums_summit_a_year_apart_in_another_city_stays_apart() =>
        Apart(F("SADC leaders meet in Gaborone for ordinary summit", SadcText, "BW"),
            F("Sommet de la SADC à Windhoek : la sécurité alimentaire en débat"));

    [Fact]
    public void A_mountains_sommet_names_no_forums_summit() =>
        Apart(F("SADC leaders meet in Gaborone for ordinary summit", SadcText, "BW"),
            F("Randonnée au sommet du mont Gaborone : une route fermée"));

    private static readonly StoryFingerprint Visit = F("President to visit Washington for talks on cocoa tariff",
        "ACCRA — The President will pay a working visit to Washington next month at the invitation of the US President, with the 20% "
        + "tariff on Ghanaian cocoa on the agenda.", "GH");

    private static readonly StoryFingerprint Trip = F("Cocoa tariff tops agenda of President's Washington trip",
        "The President travels to Washington at the end of the month for talks with the US President; the 20% tariff on Ghanaian "
        + "cocoa is high on the agenda.", "GH");

    private static readonly StoryFingerprint PhoneUrge = F("President urges US to lift cocoa tariff",
        "The President asked the US President to lift the 20% tariff on Ghanaian cocoa in a telephone call on Monday. Cocoa farmers "
        + "say the tariff has cut their prices.", "GH");

    [Fact]
    public void A_leader_urging_the_other_on_the_phone_is_a_call()
    {
        Assert.True(PhoneUrge.HeadlineNamesCall);
        Assert.False(F("President urges US to lift cocoa tariff", "The President asked Washington to lift the 20% tariff on Ghanaian cocoa in a speech to farmers.", "GH").HeadlineNamesCall);
    }

    [Fact]
    public void A_call_and_a_visit_of_two_countries_in_one_week_stay_apart()
    {
        Apart(PhoneUrge, Visit);
        Apart(PhoneUrge, Trip);
    }

    [Fact]
    public void A_places_trip_is_no_copy_of_the_call() =>
        Apart(F("President raises cocoa tariff in phone call with US President", "", "GH"), Trip);

    [Fact]
    public void A_calls_copies_still_join() =>
        Joined(PhoneUrge, F("President raises cocoa tariff in phone call with US President",
            "The President raised the 20% tariff on Ghanaian cocoa in a telephone call with the US President on Monday.", "GH"));
}
