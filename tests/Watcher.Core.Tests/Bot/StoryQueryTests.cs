using Watcher.Core.Bot;

namespace Watcher.Core.Tests.Bot;

public class StoryQueryTests
{
    [Theory]
    [InlineData("canola tariffs", "China slaps 100% tariff on Canadian canola oil", true)]
    [InlineData("canola tariffs", "Canada imposes 100% tariff on Chinese EVs", false)]
    [InlineData("tariffs", "Carney and Xi meet at APEC", true)] // the story's topic
    [InlineData("china", "Beijing retaliates against Ottawa", true)] // aliases
    [InlineData("CN", "Beijing retaliates against Ottawa", true)]
    [InlineData("ca", "Canola prices fall", false)] // a two-letter code is a whole word, not a prefix
    [InlineData("summit", "G7 summit opens in Kananaskis", true)]
    [InlineData("the latest on", "Anything at all", true)] // only stop words: everything
    public void Every_meaningful_word_must_match(string query, string title, bool expected) =>
        Assert.Equal(expected, new StoryQuery(query).Matches(title, ["tariffs"]));
}
