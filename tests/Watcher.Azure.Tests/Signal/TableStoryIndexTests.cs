using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.Stories;

namespace Watcher.Azure.Tests.Signal;

/// <summary>The story index in Azurite Table Storage: one row per (fingerprint key, story), found again by a rewritten copy.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStoryIndexTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rewritten_copy_finds_the_story_and_an_unrelated_item_does_not()
    {
        var index = new TableStoryIndex(azurite.Tables);
        var matcher = new StoryMatcher(index);
        var original = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
            "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry said.",
            "https://wire.example/canola?utm_source=rss");
        await matcher.AddAsync("s-canola/1", original); // '/' is not allowed in keys: stored escaped, read back intact

        var copy = StoryFingerprint.Of("Beijing hits canola with 76% duty",
            "Beijing will put a 76% levy on Canadian canola seed imports and 100% on canola oil, meal and peas, China's commerce ministry said on Saturday.", null);
        var other = StoryFingerprint.Of("Oilers edge Flames in overtime", "Edmonton scored 42 seconds into overtime to beat Calgary 4-3.", null);
        var sameUrl = StoryFingerprint.Of("Completely different headline here", "Nothing alike.", "https://wire.example/canola");

        Assert.Equal("s-canola/1", await matcher.FindAsync(copy));
        Assert.Null(await matcher.FindAsync(other));
        Assert.Equal("s-canola/1", await matcher.FindAsync(sameUrl));

        var candidate = Assert.Single(await index.CandidatesAsync(copy));
        Assert.Equal(original.Signature, candidate.Fingerprint.Signature);
        Assert.Equal(original.Facts, candidate.Fingerprint.Facts);
        Assert.Equal(original.TitleWords, candidate.Fingerprint.TitleWords);
        Assert.Equal(["CA", "CN"], candidate.Fingerprint.Entities);
        Assert.Equal(original.WordCount, candidate.Fingerprint.WordCount);

        // a headline alone, worded differently, finds its article through the headline bands
        Assert.Equal("s-canola/1", await matcher.FindAsync(StoryFingerprint.Of("China slaps 76% levy on Canadian canola seed", "", null)));

        var rows = azurite.Tables.GetTableClient(TableNames.StoryIndex).Query<TableEntity>().ToList();
        Assert.Equal(original.Keys().Count(), rows.Count);
        Assert.All(rows, r => Assert.Equal("s-canola%2F1", r.RowKey));
    }

    [Fact]
    public async Task Adding_the_same_story_twice_keeps_one_row_per_key()
    {
        var index = new TableStoryIndex(azurite.Tables);
        var fp = StoryFingerprint.Of("US raises tariff on Canadian goods to 35%", "The United States will raise its tariff on Canadian goods to 35%.", null);
        await index.AddAsync("s-1", fp);
        await index.AddAsync("s-1", fp);
        Assert.Single(await index.CandidatesAsync(fp));
        Assert.Equal(fp.Keys().Count(), azurite.Tables.GetTableClient(TableNames.StoryIndex).Query<TableEntity>().Count());
    }
}
