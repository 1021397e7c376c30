using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Bot;

namespace Watcher.Core.Tests.Bot;

public class SendRateLimiterTests
{
    [Fact]
    public void Seven_per_second_then_the_eighth_waits_and_sixty_per_thirty_seconds_holds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var limiter = new SendRateLimiter(time, SendRateLimiter.PerThread);
        var waits = Enumerable.Range(0, 8).Select(_ => limiter.Reserve("a:1")).ToList();
        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[7]);
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a:2")); // per conversation

        // 61 sends booked as fast as allowed: none may fall inside any window with too many others.
        var slots = new List<DateTimeOffset>();
        var l2 = new SendRateLimiter(time, SendRateLimiter.PerThread);
        for (var i = 0; i < 61; i++) slots.Add(time.GetUtcNow() + l2.Reserve("t"));
        foreach (var (count, window) in SendRateLimiter.PerThread)
            for (var i = count; i < slots.Count; i++)
                Assert.True(slots[i] - slots[i - count] >= window, $"send {i} breaks {count}/{window}");
    }
}
