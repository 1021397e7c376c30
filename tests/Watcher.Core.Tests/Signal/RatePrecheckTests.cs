using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The literal pre-check before a sentence's measure patterns (<c>TariffExtractor.NoRateWritten</c>): it may say "no rate"
/// only of a sentence in which <see cref="RateParser"/> reads none (a sentence without a rate states no measure), and it
/// must not say so of any way a rate is written — figures, "%", "per cent"/"percent", "pc"/"pct", "p.c.", rates in words,
/// specific duties.
/// </summary>
public class RatePrecheckTests
{
    [Theory]
    // rates in every form the parser reads: the pre-check must let each through
    [InlineData("Canada imposed a 100% surtax on Chinese electric vehicles.")]
    [InlineData("The levy rises to twenty-five per cent next year.")]
    [InlineData("Duties of ten percent apply to shoes.")]
    [InlineData("Officials set a fifty pc duty on sugar.")]
    [InlineData("The surcharge is five pct on imports.")]
    [InlineData("Rice faces a duty of ten p.c. from Monday.")]
    [InlineData("A duty of US$ 0.36 per kilogram applies.")]
    [InlineData("THE TARIFF WILL BE TWENTY PER CENT.")]
    [InlineData("Beijing set a duty of one hundred percent.")]
    [InlineData("The rate is 15 % on cars.")]
    // no rate, but a figure or the letters of a rate word: not settled here, the patterns decide (the check is only a cheap "no")
    [InlineData("Ministers met on March 3 in Geneva.")]
    [InlineData("Exporters expect a superb season.")]
    [InlineData("The PC maker shifted production.")]
    public void A_sentence_that_may_hold_a_rate_goes_on_to_the_patterns(string sentence) =>
        Assert.False(TariffExtractor.NoRateWritten(sentence));

    [Theory]
    [InlineData("Diplomats held talks on the sidelines of a regional forum.")]
    [InlineData("The tariff on steel stays in force, the ministry said.")]
    [InlineData("Washington will impose duties on Chinese solar panels.")]
    [InlineData("Ten ministers attended the summit.")]
    [InlineData("Manufacturers plan to shift suppliers.")]
    [InlineData("")]
    public void A_sentence_without_figures_or_rate_words_holds_no_rate(string sentence)
    {
        Assert.True(TariffExtractor.NoRateWritten(sentence));
        Assert.Empty(RateParser.Find(sentence));
        Assert.Empty(TariffExtractor.FromSentence(sentence, null, "US", ["goods"], ["US", "CN"], "CN", true, "US"));
    }

    /// <summary>Every sentence of every dev set the pre-check settles holds no rate the parser reads.</summary>
    [Fact]
    public void Every_dev_sentence_the_check_settles_holds_no_rate()
    {
        var settled = 0;
        var sentences = 0;
        foreach (var (_, path) in LabelledSet.DevSets)
            foreach (var item in LabelledSet.Load(path))
                foreach (var sentence in SentenceSplitter.Split(item.Title + "\n" + item.Text))
                {
                    sentences++;
                    if (!TariffExtractor.NoRateWritten(sentence.Text)) continue;
                    settled++;
                    Assert.True(RateParser.Find(sentence.Text).Count == 0, sentence.Text);
                }
        Assert.True(settled > 0 && settled < sentences);
    }
}
