using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A specific duty that falls year by year writes its unit once (RateParser.Schedule.cs): an amount in the same currency with no unit
/// of its own is a step of the schedule when it is a list item joined to an amount that has one, or a year's step after one; and a duty
/// per square metre is a specific duty. The sentences are written for the grammar of a schedule, not copied from a labelled set.
/// </summary>
public class RateScheduleStepsTests
{
    private static string Rates(string sentence) =>
        string.Join('|', RateParser.Find(sentence).Select(r => $"{r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {r.Unit}"));

    [Theory]
    // a year's step takes the unit of the step before it
    [InlineData("The duty is RM 3.40 per kilogram in the first year, RM 3.10 in the second year and RM 2.80 in the third year.", "3.4 myr/kg|3.1 myr/kg|2.8 myr/kg")]
    [InlineData("Importers will pay US$ 52 per tonne in the first year, then US$ 48 in the second.", "52 usd/tonne|48 usd/tonne")]
    // a list's last item carries its unit back to the items before it
    [InlineData("Over three years the duty steps down through US$ 410, US$ 385 and US$ 360 per tonne.", "410 usd/tonne|385 usd/tonne|360 usd/tonne")]
    [InlineData("A duty of R$ 12 per unit applies at first, falling to R$ 10 and then R$ 8 per unit.", "12 brl/unit|10 brl/unit|8 brl/unit")]
    // a duty per square metre
    [InlineData("The safeguard on vinyl flooring is US$ 2.75 per square metre.", "2.75 usd/m2")]
    [InlineData("Floor mats will pay RM 6 per square meter from June.", "6 myr/m2")]
    public void A_schedule_step_is_read_at_the_schedule_unit(string sentence, string expected) =>
        Assert.Equal(expected, Rates(sentence));

    [Theory]
    // the rate it had is no step ("up from")
    [InlineData("The levy rises to Rs 30 per kg, up from Rs 20.", "30 inr/kg")]
    // a sum of money the duty raises is no step
    [InlineData("A duty of RM 2 per kilogram will raise RM 40 million in the first year.", "2 myr/kg")]
    // a fee beside the duty, joined by more than a list's words
    [InlineData("Importers pay US$ 5 and a duty of US$ 3 per tonne.", "3 usd/tonne")]
    // an amount in another currency
    [InlineData("The duty is RM 3.40 per kilogram in the first year; the old tariff was US$ 1 in the first year of the pact.", "3.4 myr/kg")]
    // no amount with a unit at all: a price list is no schedule
    [InlineData("Sinks cost RM 450, RM 400 and RM 350 in the first year of sales.", "")]
    public void An_amount_with_no_tie_to_the_schedule_is_no_rate(string sentence, string expected) =>
        Assert.Equal(expected, Rates(sentence));

    [Fact]
    // the item reads every step of the schedule, on the goods the duty is on
    public void Every_step_of_a_yearly_safeguard_is_a_measure() =>
        Assert.Equal("MY>* 45 myr/unit ceramic sinks|MY>* 40 myr/unit ceramic sinks|MY>* 35 myr/unit ceramic sinks",
            string.Join('|', TariffExtractor.Extract(
                "Malaysia imposes safeguard duty on ceramic sinks.\nUnder the new order, the safeguard duty on ceramic sinks is set at RM 45 per unit in the first year, RM 40 in the second year and RM 35 in the third year.",
                "MY").Select(MeasureKey.Of)));
}
