using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>A poll's own view of the story index: what it adds without the lock is seen by its later items at once and written at the end.</summary>
public sealed class PollStoryIndexTests
{
    private static readonly StoryFingerprint Canola = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
        "China will impose a 76% levy on imports of Canadian canola seed, the commerce ministry said.", "https://wire.example/canola");

    private static readonly StoryFingerprint Copy = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
        "Beijing will put a 76% levy on Canadian canola seed imports, China's commerce ministry said.", null);

    [Fact]
    public async Task Added_stories_are_found_by_the_poll_at_once_and_reach_the_index_only_when_flushed()
    {
        var shared = new InMemoryStoryIndex();
        var poll = new PollStoryIndex(shared);
        await poll.AddAsync("s-canola", Canola);

        Assert.Equal("s-canola", await new StoryMatcher(poll).FindAsync(Copy)); // this poll's next item joins it
        Assert.Null(await new StoryMatcher(shared).FindAsync(Copy)); // others do not see it yet
        Assert.Equal(1, poll.Pending);

        await poll.FlushAsync();
        Assert.Equal("s-canola", await new StoryMatcher(shared).FindAsync(Copy));
        Assert.Equal(0, poll.Pending);
    }

    [Fact]
    public async Task Stories_added_under_the_lock_reach_the_index_before_it_is_released()
    {
        var shared = new InMemoryStoryIndex();
        var poll = new PollStoryIndex(shared);
        await using (await poll.LockCreationAsync())
            await poll.AddNowAsync("s-canola", Canola);
        Assert.Equal("s-canola", await new StoryMatcher(shared).FindAsync(Copy));
        Assert.Equal(0, poll.Pending);
        // Found through the index, not twice.
        Assert.Single(await poll.CandidatesAsync(Copy));
    }
}
