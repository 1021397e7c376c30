using Watcher.Core.Pipeline;
using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Pipeline;

public class BaselineBatchTests
{
    private static readonly StoryFingerprint First = StoryFingerprint.Of("Canada imposes 100% tariff on Chinese EVs",
        "Ottawa announced a 100% surtax on electric vehicles made in China on Tuesday.", "https://wire.example/1");
    private static readonly StoryFingerprint Copy = StoryFingerprint.Of("Ottawa slaps 100% surtax on China-made electric cars",
        "Canada will charge a 100 per cent levy on Chinese-built EVs, the finance minister said.", "https://daily.example/2");

    [Fact]
    public async Task A_copy_a_first_poll_keeps_is_its_own_entry_and_the_story_still_answers_with_its_first_item()
    {
        // Copies reach the batch through the poll's flush (AddManyAsync with Copy set) or directly (AddCopyAsync); added as
        // a story, a copy replaced its story's own fingerprint in the batch's view.
        foreach (var direct in new[] { false, true })
        {
            var batch = new BaselineBatch();
            var view = batch.View(new InMemoryStoryIndex(), deferred: true);
            if (direct)
            {
                await view.AddAsync("s1", First);
                await view.AddCopyAsync("s1", Copy);
            }
            else await view.AddManyAsync([new StoryCandidate("s1", First), new StoryCandidate("s1", Copy) { Copy = true }]);

            Assert.Contains(await view.CandidatesAsync(First), c => ReferenceEquals(c.Fingerprint, First));
            Assert.Contains(await view.CandidatesAsync(Copy), c => ReferenceEquals(c.Fingerprint, Copy));
            Assert.Equal([false, true], batch.Contents().Index.Select(c => c.Copy));
        }
    }
}
