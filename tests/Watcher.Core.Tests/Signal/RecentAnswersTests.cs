using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The extractor remembers a thread's last answers about a sentence (<see cref="RecentAnswers{T}"/>: origin lists, joined
/// country lists, the product-phrase match, rates): an answer must be the one a first reading gives, for an equal text in
/// another string instance too, never one for another text, and a caller changing the list it was given must not change
/// what the next caller gets.
/// </summary>
public class RecentAnswersTests
{
    [Fact]
    public void An_equal_text_gets_the_answer_put_for_it_and_another_text_none()
    {
        var recent = new RecentAnswers<string>();
        recent.Put("Duties on steel from China.", "a");
        Assert.True(recent.TryGet(new string("Duties on steel from China.".AsSpan()), out var known));
        Assert.Equal("a", known);
        Assert.False(recent.TryGet("Duties on steel from Chile.", out _));
        Assert.False(recent.TryGet("", out _));
    }

    [Fact]
    public void The_oldest_answer_goes_when_the_memory_is_full()
    {
        var recent = new RecentAnswers<string>();
        for (var i = 0; i <= RecentAnswers<string>.Size; i++) recent.Put($"text {i}", $"answer {i}");
        Assert.False(recent.TryGet("text 0", out _));
        Assert.True(recent.TryGet("text 1", out var second));
        Assert.Equal("answer 1", second);
        Assert.True(recent.TryGet($"text {RecentAnswers<string>.Size}", out var last));
        Assert.Equal($"answer {RecentAnswers<string>.Size}", last);
    }

    private static string Describe(IEnumerable<RateMention> rates) => string.Join("; ", rates);

    [Theory]
    [InlineData("Beijing set a 76% tariff on canola seed and 25 per cent on peas.")]
    [InlineData("A duty of US$ 0.36 per kilogram applies; the ad valorem part is 12.5 percent.")]
    [InlineData("No rate is stated here.")]
    [InlineData("")]
    public void Rates_read_again_are_the_rates_a_first_reading_found(string sentence)
    {
        var first = Describe(RateParser.Find(sentence));
        Assert.Equal(first, Describe(RateParser.Find(sentence)));
        Assert.Equal(first, Describe(RateParser.Find(new string(sentence.AsSpan()))));
        for (var i = 0; i < 2 * RecentAnswers<string>.Size; i++) RateParser.Find($"Sentence {i} states {i}%."); // pushes it out of memory
        Assert.Equal(first, Describe(RateParser.Find(sentence)));
    }

    [Fact]
    public void A_caller_changing_its_rates_does_not_change_the_next_answer()
    {
        const string sentence = "Ottawa imposed a 100% surtax on Chinese electric vehicles and 25% on steel.";
        var expected = Describe(RateParser.Find(sentence));
        var mine = RateParser.Find(sentence);
        Assert.Equal(2, mine.Count);
        mine.Clear();
        Assert.Equal(expected, Describe(RateParser.Find(sentence)));
    }

    private static string Describe(IEnumerable<TariffMeasure> measures) =>
        string.Join("; ", measures.Select(m => $"{m.Imposer}>{m.Target}:{m.Rate} {string.Join(",", m.Products)} [{m.Evidence}]"));

    [Theory]
    [InlineData("Canada imposes 100% surtax on Chinese EVs\nOttawa said on Tuesday it would impose a 100% surtax on electric vehicles from China and a 25% surtax on Chinese steel and aluminium.")]
    [InlineData("EU duties on fertiliser from Russia and Belarus\nThe Commission imposed duties on fertiliser from Russia and Belarus. Duties of 40% will apply to imports from the two countries.")]
    [InlineData("India extends anti-dumping duty\nIndia has extended anti-dumping duties on certain steel products from China, Vietnam and Thailand. The duties range from 12.5% to 30.1%.")]
    public void An_item_read_again_after_others_gets_the_measures_of_its_first_reading(string text)
    {
        var first = Describe(TariffExtractor.Extract(text));
        Assert.Equal(first, Describe(TariffExtractor.Extract(text))); // every sentence answered from memory
        for (var i = 0; i < 2 * RecentAnswers<string>.Size; i++) TariffExtractor.Extract($"Item {i}\nJapan imposed a {i + 1}% duty on steel from Korea.");
        Assert.Equal(first, Describe(TariffExtractor.Extract(text)));
        Assert.Equal(first, Describe(TariffExtractor.Extract(new string(text.AsSpan()))));
    }
}
