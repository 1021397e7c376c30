namespace Watcher.Core.Fetching;

/// <summary>When a failing source may be polled again: Retry-After when the server gave one, else exponential back-off.</summary>
public static class FetchBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Max = TimeSpan.FromHours(6);

    /// <summary>5 min after the first failure, doubling each time, capped at 6 h; a longer Retry-After wins.</summary>
    public static DateTimeOffset NextPoll(DateTimeOffset now, int consecutiveFailures, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 20);
        var backoff = TimeSpan.FromTicks(Math.Min(Max.Ticks, First.Ticks * (1L << exponent)));
        var wait = retryAfter is { } ra && ra > backoff ? (ra < TimeSpan.FromDays(7) ? ra : TimeSpan.FromDays(7)) : backoff;
        return now + wait;
    }
}
