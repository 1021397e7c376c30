using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract40): a headline whose goods (or their makers) face or are hit with a duty that a country adjective right before
/// the duty names ("Vietnamese coated steel faces Thai dumping duties of up to 18.7%") states that country's measure on the goods'
/// origin, whatever the outlet (docs/quality.md, "Session 23 (extract40)"). Sentences are the tests' own.
/// </summary>
public class AdjectiveImposerHeadlineTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Korean steel pipe makers face Canadian dumping duties of up to 27.5%", "CA>KR 27.5% steel pipe")]
    [InlineData("Malaysian glove makers hit with Brazilian anti-dumping duties of up to 33%", "BR>MY 33% glove")]
    [InlineData("Indonesian plywood faces Philippine anti-dumping duty of 12%", "PH>ID 12% plywood")]
    public void The_adjective_before_the_duty_names_the_imposer(string text, string expected)
    {
        Assert.Equal(expected, Read(text, null));
        Assert.Equal(expected, Read(text, "KR")); // the outlet's country does not change whose duty it is
    }

    // a duty that only could come, a threat, a probe or a case, a question, no rate, no origin before the verb, and a sports or
    // telecom sense of "tariff"
    [Theory]
    [InlineData("Korean steel pipe makers could face Canadian dumping duties of up to 27.5%")]
    [InlineData("Korean steel pipe makers face Canadian duty probe as prices fall 12%")]
    [InlineData("Korean steel pipe makers face Canadian dumping duties of up to 27.5%?")]
    [InlineData("Korean steel pipe makers face Canadian dumping duties")]
    [InlineData("Pipe makers face Canadian dumping duties of up to 27.5%")]
    [InlineData("Korean roaming users face Canadian tariffs 20% higher than at home")]
    public void Not_a_measure_read_from_the_adjective(string text) =>
        Assert.DoesNotContain("CA>KR", Read(text, "KR"));

    // two origins before the verb: the headline does not say whose goods its top rate is on
    [Fact]
    public void Two_origins_give_the_adjective_no_measure() =>
        Assert.DoesNotContain("CA>", Read("Korean, Japanese steel pipe makers face Canadian dumping duties of up to 27.5%", "KR"));
}
