using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Xunit;

namespace Watcher.Core.Tests.Pipeline;

public class SignalWarmupTests
{
    [Fact]
    public async Task The_warm_up_runs_every_step_of_the_signal_path_over_its_feed()
    {
        var result = await new SignalWarmup(new QueryTopicMatcher(DefaultTopics.Queries)).RunAsync(passes: 2);
        Assert.Equal(2 * SignalWarmup.Items.Length, result.Items);
        // both passes find the same stories: the copies told in other words join their story (each pass has its own index)
        Assert.True(result.Stories < result.Items, $"{result.Stories} stories of {result.Items} items");
        Assert.Equal(0, result.Stories % 2);
        Assert.True(result.Facts > 0);
    }

    [Fact]
    public void The_built_in_feed_parses_to_its_items()
    {
        var feed = Watcher.Core.Feeds.FeedParser.Parse(SignalWarmup.Feed(), new Uri("https://warmup.invalid/feed.xml"));
        Assert.Equal(SignalWarmup.Items.Select(i => i.Title), feed.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task A_host_without_a_warm_up_is_off_and_done_and_one_with_it_is_warming_until_it_has_run()
    {
        var off = new WarmupStatus();
        Assert.Equal("off", off.State);
        Assert.True(off.WhenDone.IsCompleted);

        var status = new WarmupStatus(warming: true);
        Assert.Equal("warming", status.State);
        Assert.False(status.WhenDone.IsCompleted);
        var service = new SignalWarmupService(new SignalWarmup(new QueryTopicMatcher(DefaultTopics.Queries)), status, TimeProvider.System,
            NullLogger<SignalWarmupService>.Instance);
        await service.StartAsync(CancellationToken.None);
        await status.WhenDone.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal("ready", status.State);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_warm_up_stopped_with_its_host_leaves_the_status_done()
    {
        var status = new WarmupStatus(warming: true);
        var service = new SignalWarmupService(new SignalWarmup(new QueryTopicMatcher(DefaultTopics.Queries)), status, TimeProvider.System,
            NullLogger<SignalWarmupService>.Instance);
        await service.StopAsync(CancellationToken.None); // stopped before it started: its first step sees the cancellation
        await service.StartAsync(CancellationToken.None);
        await status.WhenDone.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal("failed", status.State);
    }
}
