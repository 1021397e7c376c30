using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Whether two headlines share a word of their topic does not depend on which item asks: a long headline's goods may come
/// after the six words the index pairs ("Cognac makers relieved as Beijing spares them from brandy duties").
/// </summary>
public class StoryHeadlineTopicTests
{
    [Theory]
    [InlineData("Speyside distillers and bottlers toast long awaited Indian pact trimming whisky duties", "India cuts duty on Scotch whisky to 75%", true)]
    [InlineData("Wine growers, coopers and shippers relieved as Canberra spares Chilean wine from duties", "Australia drops duty on Chilean wine", true)]
    [InlineData("Speyside distillers and bottlers toast long awaited Indian pact trimming whisky duties", "India cuts duty on British gin to 75%", false)]
    public void A_word_of_the_topic_is_found_whichever_headline_asks(string a, string b, bool shared)
    {
        var (x, y) = (StoryFingerprint.Of(a, "", null), StoryFingerprint.Of(b, "", null));
        Assert.Equal(shared, x.HeadlinesShareAWordOfTheirTopic(y));
        Assert.Equal(shared, y.HeadlinesShareAWordOfTheirTopic(x));
    }
}
