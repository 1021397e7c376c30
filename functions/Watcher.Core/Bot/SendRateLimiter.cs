using System.Collections.Concurrent;

namespace Watcher.Core.Bot;

/// <summary>
/// Sliding-window limits per key (protocols.md §3): per bot per thread 7 sends/1 s, 8/2 s, 60/30 s, 1800/3600 s;
/// per tenant 50/s. <see cref="Reserve"/> books a slot and returns how long to wait before using it.
/// </summary>
public sealed class SendRateLimiter(TimeProvider time, params (int Count, TimeSpan Window)[] limits)
{
    public static (int, TimeSpan)[] PerThread => [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];
    public static (int, TimeSpan)[] PerTenant => [(50, TimeSpan.FromSeconds(1))];

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new();
    private readonly TimeSpan _longest = limits.Max(l => l.Window);

    /// <summary>Reserves the earliest slot that keeps every window within its limit; returns the wait until it (zero if now).</summary>
    public TimeSpan Reserve(string key)
    {
        var queue = _sent.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            var now = time.GetUtcNow();
            while (queue.Count > 0 && queue.Peek() <= now - _longest) queue.Dequeue();
            var times = queue.ToArray();
            var slot = times.Length > 0 && times[^1] > now ? times[^1] : now;
            foreach (var (count, window) in limits)
            {
                // The send `count` places back must have left the window before this one may go.
                if (times.Length >= count)
                {
                    var blocker = times[^count] + window;
                    if (blocker > slot) slot = blocker;
                }
            }
            queue.Enqueue(slot);
            return slot - now;
        }
    }
}
