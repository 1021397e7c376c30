using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (cluster29): a headline alone of four content words ("Helmet import duty halved", "CARICOM leaders gather in St
/// Kitts") is its article's copy when the article contains the whole of it (StoryMatcher.MinHeadlineWords, FullContainment);
/// five words and more need less (three of four words are a template, "Import duty on … scrapped", with another product: on
/// holdout 23 without outlet countries a 0.6 bar joined such a headline to another decision's). Another country's paper
/// printing the same four words reports another government's decision. All sentences are
/// written for this test.
/// </summary>
public class FourWordHeadlineTests
{
    private static StoryFingerprint Article(string country = "MW") => StoryFingerprint.Of(
        "Import duty on bicycles and spare parts scrapped",
        "The government has scrapped the import duty on bicycles and bicycle spare parts, the finance minister said.", null, country);

    [Fact]
    public void A_four_word_headline_the_article_contains_whole_is_its_story()
    {
        var (headline, article) = (StoryFingerprint.Of("Import duty on bicycles scrapped", null, null, "MW"), Article());
        Assert.True(StoryMatcher.Score(headline, article) >= StoryMatcher.DefaultThreshold,
            $"score {StoryMatcher.Score(headline, article):F2}, containment {headline.Containment(article):F2}");
    }

    [Fact]
    public void The_same_four_words_in_another_countrys_paper_stay_apart() =>
        Assert.True(StoryMatcher.Score(StoryFingerprint.Of("Import duty on bicycles scrapped", null, null, "ZM"), Article())
            < StoryMatcher.DefaultThreshold);
}
