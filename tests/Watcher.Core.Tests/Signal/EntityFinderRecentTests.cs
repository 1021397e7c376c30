using Watcher.Core.Entities;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// <see cref="EntityFinder.Find(string)"/> answers a text it read lately (on this thread) from memory: the answer must be
/// the one a first reading gives, for an equal text in another string instance too, never one for another text, and a
/// caller changing the list it was given must not change what the next caller gets.
/// </summary>
public class EntityFinderRecentTests
{
    private static string Describe(IEnumerable<Mention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Entity.Id} {m.Form} {m.Start}-{m.End} {m.FirstToken}-{m.LastToken}"));

    [Theory]
    [InlineData("Beijing set a 76% tariff on canola seed from Canada.")]
    [InlineData("The Chinese president met South Korea's leader in Gyeongju.")]
    [InlineData("Exporters in Latin America and the United States braced for duties.")]
    [InlineData("No country is named here.")]
    [InlineData("")]
    public void A_text_read_again_gets_the_mentions_a_first_reading_found(string text)
    {
        var fresh = Describe(EntityFinder.Find(text, Watcher.Core.Matching.Tokenizer.Tokenize(text)));
        Assert.Equal(fresh, Describe(EntityFinder.Find(text)));
        Assert.Equal(fresh, Describe(EntityFinder.Find(text))); // from memory
        Assert.Equal(fresh, Describe(EntityFinder.Find(new string(text.AsSpan())))); // an equal text, another instance
    }

    [Fact]
    public void Texts_that_differ_get_their_own_mentions_however_many_were_read_in_between()
    {
        const string canada = "Ottawa imposed a 100% surtax on Chinese electric vehicles.";
        const string india = "New Delhi imposed a 100% surtax on Chinese electric vehicles.";
        var first = Describe(EntityFinder.Find(canada));
        Assert.NotEqual(first, Describe(EntityFinder.Find(india)));
        for (var i = 0; i < 40; i++) EntityFinder.Find($"Text {i} names Japan."); // pushes both out of memory
        Assert.Equal(first, Describe(EntityFinder.Find(canada)));
        Assert.Contains("IN", Describe(EntityFinder.Find(india)));
    }

    [Fact]
    public void A_caller_changing_its_list_does_not_change_the_next_answer()
    {
        const string text = "The EU and Japan agreed to cut tariffs on cars from the United States.";
        var expected = Describe(EntityFinder.Find(text));
        var mine = EntityFinder.Find(text);
        Assert.NotEmpty(mine);
        mine.Clear(); // what a caller may do with its own list
        Assert.Equal(expected, Describe(EntityFinder.Find(text)));
    }
}
