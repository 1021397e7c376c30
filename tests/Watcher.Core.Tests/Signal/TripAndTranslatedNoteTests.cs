using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (cluster39), from holdout 30's false pairs: a leaders' call is not the trip one of them makes afterwards ("President
/// heads to Washington over 20% tariff": StoryFingerprint.NamesTrip in OtherMeans), and the note "(translated)" after a headline
/// is no word of its topic (two importers' rulings on one origin shared it and nothing else). Headlines and texts are the tests' own.
/// </summary>
public class TripAndTranslatedNoteTests
{
    private const string Call = "Prime Minister and US President speak by phone on 20% garment tariff";
    private const string CallText = "The Prime Minister spoke by telephone with the President of the United States about the 20% tariff that the United States applies to Lesotho's garments. The two leaders agreed that their trade officials would meet.";

    [Theory]
    // a trip to the other country, told by a verb of travel before it
    [InlineData("Prime Minister heads to Washington over 20% garment tariff", "The Prime Minister will travel to Washington next month for talks on the 20% US tariff on Lesotho's garments, his office said.", true)]
    [InlineData("PM flies to Washington for talks on 20% garment tariff", "The Prime Minister left for Washington on Sunday for talks on the 20% US tariff on Lesotho's garments.", true)]
    // no trip: another copy of the call, a verb of travel before no place, heads of state
    [InlineData("PM, US President discuss 20% garment tariff in phone call", "The Prime Minister and the US President discussed by phone the 20% tariff on Lesotho's garments.", false)]
    [InlineData("Garment makers head to court over 20% US tariff", "Lesotho's garment makers will challenge the 20% US tariff in court, their association said.", false)]
    [InlineData("Heads of state discuss 20% US garment tariff", "The heads of state discussed the 20% US tariff on Lesotho's garments.", false)]
    public void A_trip_is_another_occasion_than_the_call(string title, string text, bool other)
    {
        var (call, item) = (StoryFingerprint.Of(Call, CallText, null, "LS"), StoryFingerprint.Of(title, text, null, "LS"));
        Assert.Equal(other, call.HeadlinesNameOtherOccasion(item));
        Assert.Equal(other, item.HeadlinesNameOtherOccasion(call));
    }

    [Fact]
    public void The_call_and_the_trip_stay_apart()
    {
        var (call, trip) = (StoryFingerprint.Of(Call, CallText, null, "LS"),
            StoryFingerprint.Of("Prime Minister heads to Washington over 20% garment tariff", "The Prime Minister will travel to Washington next month for talks on the 20% US tariff on Lesotho's garments, his office said.", null, "LS"));
        Assert.True(StoryMatcher.Score(call, trip) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(call, trip):F2}");
        Assert.True(StoryMatcher.Score(trip, call) < StoryMatcher.DefaultThreshold);
    }

    [Theory]
    // two importers' rulings on one origin, both headlines translated: no word of their topic in common
    [InlineData("Authority imposes anti-dumping duties on ceramic tiles from China (translated)", "Board imposes definitive anti-dumping duties on steel wire from China and Vietnam (translated)", false)]
    // one ruling's two translated headlines share its goods
    [InlineData("Authority imposes anti-dumping duties on ceramic tiles from China (translated)", "Ceramic tiles from China to pay anti-dumping duties (translated)", true)]
    public void The_translated_note_is_no_topic_word(string a, string b, bool shared) =>
        Assert.Equal(shared, StoryFingerprint.Of(a, "", null).HeadlinesShareATopicWord(StoryFingerprint.Of(b, "", null)));

    [Fact]
    public void Two_commissions_rulings_on_one_origin_stay_apart()
    {
        var (a, b) = (StoryFingerprint.Of("Commission imposes anti-dumping duties on ceramic tiles from China (translated)",
                "The Commission on Dumping and Subsidies ordered definitive anti-dumping duties of between US$0.41 and US$0.87 per square metre on ceramic tiles from China, for five years.", null, "PY"),
            StoryFingerprint.Of("Commission imposes definitive anti-dumping duties on steel wire from China and Vietnam (translated)",
                "The Interdepartmental Trade Commission decided to apply definitive anti-dumping duties of 27.4% on steel wire from China and 11.9% on steel wire from Vietnam.", null, "MD"));
        Assert.True(StoryMatcher.Score(a, b) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}");
        Assert.True(StoryMatcher.Score(b, a) < StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void Two_translated_copies_of_one_ruling_still_join()
    {
        var (a, b) = (StoryFingerprint.Of("Commission imposes anti-dumping duties on ceramic tiles from China (translated)",
                "The Commission on Dumping and Subsidies ordered definitive anti-dumping duties of between US$0.41 and US$0.87 per square metre on ceramic tiles from China, for five years.", null, "PY"),
            StoryFingerprint.Of("Ceramic tiles from China to pay up to US$0.87 per square metre (translated)",
                "Chinese ceramic tiles will pay anti-dumping duties of between US$0.41 and US$0.87 per square metre for five years, the Commission on Dumping and Subsidies decided.", null, "PY"));
        Assert.True(StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}");
        Assert.True(StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold);
    }
}
