using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

public class StoryMatcherRegressionTests
{
    [Fact]
    public void Shared_background_facts_do_not_merge_two_different_stories()
    {
        // Both ledes mention Canada's 100% EV tariff as background; the stories are different news (found by `watcher demo`).
        var earlier = StoryFingerprint.Of("China weighs response to Canadian EV surtax, industry groups say",
            "Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles, according to industry groups in Beijing. Canadian exporters of pork and seafood said they were bracing for retaliation.",
            "https://northwire.example/business/2025/03/01/pork-seafood-tariffs");
        var canola = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
            "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.",
            "https://northwire.example/business/2025/03/08/china-canola-levy");
        var copy = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed - Maple Broadcasting",
            "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, Beijing said on Saturday, in what is seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.",
            "https://mbc.example/news/business/china-canola-levy");

        Assert.True(StoryMatcher.Score(earlier, canola) < StoryMatcher.DefaultThreshold);
        Assert.True(StoryMatcher.Score(canola, copy) >= StoryMatcher.DefaultThreshold);
    }
}

public class PossessiveImposerTests
{
    [Theory]
    [InlineData("Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles.", "CA", "CN", 100)]
    [InlineData("Beijing said it would answer China's critics after Canada’s new 25% surtax on Chinese steel took effect.", "CA", "CN", 25)]
    public void A_possessive_names_the_imposer(string sentence, string imposer, string target, double rate)
    {
        var m = Assert.Single(Watcher.Core.Facts.TariffExtractor.Extract(sentence));
        Assert.Equal((imposer, target, rate), (m.Imposer, m.Target, m.Rate));
    }
}
