using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A customs duty named in a headline by its abbreviation, followed by "on" and its goods: "RD" (the regulatory duty of
/// Pakistan's and Bangladesh's tariff schedules), "SCL" (Sri Lanka's special commodity levy), read like a tariff word in the
/// headline change clause: beside a change verb and with a goods cue (docs/quality.md "Session 15 (relev15)"). The matcher
/// reads no case, so "ADD" (the verb "add on") and "CD" stay out, as does a road ("Rd"). Sentences written for these tests.
/// </summary>
public class TopicRelevanceDutyAbbreviationsTests
{
    private static bool Tariffs(string title) =>
        QueryTopicMatcher.Default.Match(title, string.Empty).Any(m => m.Topic == DefaultTopics.Tariffs);

    [Theory]
    // negatives first: a road, an abbreviation with no change, no goods, the verb "add on", a research department
    [InlineData("Traffic on Jinnah Rd cut off for two hours", false)]
    [InlineData("Shops on Mall Rd raise prices ahead of Eid", false)]
    [InlineData("RD on holiday as talks stall", false)]
    [InlineData("Retailers add on fees as card costs raised", false)]
    [InlineData("Firm's R&D on batteries doubled in 2026", false)]
    [InlineData("SCL on strike over pay cut", false)]
    // a duty's abbreviation, "on" its goods, beside a change
    [InlineData("RD on imported tyres raised to 30pc", true)]
    [InlineData("Govt halves RD on palm oil", true)]
    [InlineData("SCL on sugar reduced to Rs. 5 per kg", true)]
    [InlineData("SCL on imported potatoes increased", true)]
    [InlineData("Budget: RD on mobile phones withdrawn and RD on cars cut", true)]
    public void A_duty_by_its_abbreviation(string title, bool tariffs) => Assert.Equal(tariffs, Tariffs(title));
}
