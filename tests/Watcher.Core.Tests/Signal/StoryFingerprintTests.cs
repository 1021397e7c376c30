using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

public class StoryFingerprintTests
{
    [Fact]
    public void Tracking_parameters_and_attributions_do_not_change_the_keys()
    {
        var a = StoryFingerprint.Of("Carney accepts Xi's invitation to visit China", "text", "https://www.bbc.com/news/x?utm_source=rss&fbclid=1");
        var b = StoryFingerprint.Of("Carney accepts Xi's invitation to visit China - BBC News", "other text", "https://bbc.com/news/x/");
        Assert.Equal(a.UrlKey, b.UrlKey);
        Assert.Equal(a.TitleKey, b.TitleKey);
        Assert.Equal(1, StoryMatcher.Score(a, b));
    }

    [Fact]
    public void Signature_round_trips_through_base64_and_bad_input_is_refused()
    {
        var fp = StoryFingerprint.Of("t", "China imposes a 76% levy on canola seed", null);
        Assert.Equal(fp.Signature, StoryFingerprint.ParseSignature(fp.SignatureBase64()));
        Assert.Throws<FormatException>(() => StoryFingerprint.ParseSignature(Convert.ToBase64String(new byte[7])));
    }

    [Fact]
    public void Keys_are_bands_then_title_then_url()
    {
        var keys = StoryFingerprint.Of("Canada and China agree to talks", "body", "https://x.example/a").Keys().ToList();
        Assert.Equal(StoryFingerprint.Bands + 2, keys.Count);
        Assert.StartsWith("b00-", keys[0]);
        Assert.StartsWith("t-", keys[^2]);
        Assert.StartsWith("u-", keys[^1]);
    }

    [Theory]
    [InlineData("m:US>CA:35@2025-08", "m:US>CA:35@2025-08", true)]
    [InlineData("m:US>CA:35@2025-08", "m:US>CA:35", true)]
    [InlineData("m:US>CA:35@2025-08", "m:US>CA:35@2024-03", false)]
    [InlineData("m:US>CA:35", "m:US>CA:25", false)]
    public void Facts_agree_unless_they_differ(string a, string b, bool agree) =>
        Assert.Equal(agree, StoryFingerprint.FactsAgree(a, b));

    [Fact]
    public async Task Index_returns_only_stories_sharing_a_key()
    {
        var index = new InMemoryStoryIndex();
        var matcher = new StoryMatcher(index);
        var canola = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed", "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry said.", null);
        await matcher.AddAsync("s-canola", canola);
        var copy = StoryFingerprint.Of("Beijing hits canola with 76% duty", "Beijing will put a 76% levy on Canadian canola seed imports and 100% on canola oil, meal and peas, China's commerce ministry said on Saturday.", null);
        var other = StoryFingerprint.Of("Oilers edge Flames in overtime", "Edmonton scored 42 seconds into overtime to beat Calgary 4-3.", null);
        Assert.Equal("s-canola", await matcher.FindAsync(copy));
        Assert.Null(await matcher.FindAsync(other));
    }
}
