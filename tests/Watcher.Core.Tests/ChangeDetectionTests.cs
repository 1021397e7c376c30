using Watcher.Core.Detection;

namespace Watcher.Core.Tests;

public class ChangeDetectionTests
{
    [Theory]
    [InlineData("China imposes 76% levy on canola.", "China imposes 76% levy on canola .", false)]
    [InlineData("China imposes 76% levy on canola.", "CHINA imposes 76% levy on canola!", false)]
    [InlineData("China imposes 76% levy on canola. Updated 10:42 GMT.", "China imposes 76% levy on canola. Updated 11:15 GMT.", false)]
    [InlineData("China imposes 76% levy on canola.", "China imposes 100% levy on canola.", true)]
    [InlineData("Carney will attend APEC.", "Carney will attend APEC. He will meet Xi Jinping on the sidelines.", true)]
    [InlineData("Carney will attend APEC. He will meet Xi.", "Carney will attend APEC.", true)]
    public void Material_versus_cosmetic(string before, string after, bool material) =>
        Assert.Equal(material, ChangeClassifier.Compare(before, after).Material);

    [Fact]
    public void A_material_change_shows_what_changed()
    {
        var verdict = ChangeClassifier.Compare("China imposes a 76% levy. Farmers are worried.", "China imposes a 100% levy. Farmers are worried.");
        Assert.Equal(["- China imposes a 76% levy.", "+ China imposes a 100% levy."], verdict.Diff);
    }

    [Theory]
    [InlineData("https://www.Example.com/a/b/?utm_source=rss&id=7&fbclid=x#top", "example.com/a/b?id=7")]
    [InlineData("https://example.com/", "example.com")]
    [InlineData("mailto:x@example.com", null)]
    public void Canonical_urls_drop_tracking_and_cosmetics(string url, string? expected) =>
        Assert.Equal(expected, StoryKeys.CanonicalUrl(url));

    [Fact]
    public void Headline_attributions_do_not_split_a_story()
    {
        Assert.Equal(StoryKeys.NewStoryId("China imposes 76% levy on Canadian canola seed", null, "a"),
                     StoryKeys.NewStoryId("China imposes 76% levy on Canadian canola seed - Maple Broadcasting", null, "b"));
        Assert.NotEqual(StoryKeys.NewStoryId("China imposes 76% levy on Canadian canola seed", null, "a"),
                        StoryKeys.NewStoryId("China raises levy on Canadian canola seed to 100%", null, "a"));
    }
}
