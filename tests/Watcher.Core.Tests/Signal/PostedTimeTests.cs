using Watcher.Core.Facts;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 31 (extract58): a live blog's entry that opens on the clock time it was posted ("4:46 pm:", "14:05 -", "11:48") is read
/// as the statement after the time (TariffExtractor.PostedTime.cs): its goods subject is the measure's goods, not "goods". A rate
/// written with a dot and no am/pm is no time. The measure's evidence is the sentence as written, its time kept. Sentences are the tests' own.
/// </summary>
public class PostedTimeTests
{
    private static string[] Read(string text, string country) => TariffExtractor.Extract(text, country).Select(MeasureKey.Of).ToArray();

    [Theory]
    [InlineData("4:46 pm: Plastic garden chairs to attract 25 per cent duty.", "JM", "JM>* 25% Plastic garden chairs")]
    [InlineData("14:05 - Garden hoses will pay 10% import duty.", "SX", "SX>* 10% Garden hoses")]
    [InlineData("4:05 pm: Electric tractors to attract 30 percent customs duty.", "NP", "NP>* 30% Electric tractors")]
    [InlineData("09:40 GMT – Roofing nails will pay 15% import duty from Monday.", "TT", "TT>* 15% Roofing nails")]
    public void An_entry_after_its_posting_time_is_read_on_its_own_goods(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country));

    [Theory]
    // the same entries without a time read the same goods
    [InlineData("Plastic garden chairs to attract 25 per cent duty.", "JM", "JM>* 25% Plastic garden chairs")]
    [InlineData("Garden hoses will pay 10% import duty.", "SX", "SX>* 10% Garden hoses")]
    // a rate with a dot at the sentence's start is no time
    [InlineData("12.50 per cent import duty on rice from Monday, the ministry said.", "KE", "KE>* 12.5% rice")]
    public void Sentences_that_open_on_no_time_read_as_before(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country));

    [Fact]
    public void The_evidence_is_the_sentence_as_written_time_and_all() =>
        Assert.Equal("10:42 a.m. ET — Shares of toy makers fell after Washington announced a 25% tariff on imported toys.",
            TariffExtractor.Extract("Markets live.\n10:42 a.m. ET — Shares of toy makers fell after Washington announced a 25% tariff on imported toys.", null).Single().Evidence);

    [Fact]
    public void A_story_fingerprint_finds_the_measure_its_time_stamped_lede_states()
    {
        // the fingerprint keeps the measures whose evidence is a sentence of the lede as written
        const string lede = "11:20 - The peso rallied after Washington said its tariff on Mexican goods would fall to 15% from 30%.";
        Assert.Equal(lede, TariffExtractor.Extract(lede, headlineRestated: false).Single().Evidence);
        Assert.Contains(StoryFingerprint.FactKeys("Peso rallies on tariff news", lede), k => k.StartsWith("m:US>MX:15", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_alone_is_no_rate() =>
        Assert.Empty(Read("15:20 - The minister ends the budget speech to applause.", "KE"));
}
