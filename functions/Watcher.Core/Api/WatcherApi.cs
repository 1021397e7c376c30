using Watcher.Core.State;

namespace Watcher.Core.Api;

/// <summary>The read side of the HTTP routes, shared by the Function app and the local host.</summary>
public sealed class WatcherApi(IItemStore items, ISourceStateStore sources, TimeProvider time, IWebhookEndpointStore? webhooks = null,
    Pipeline.WarmupStatus? warmup = null)
{
    public sealed record StoryView(string Id, string Title, string? Link, IReadOnlyList<string> Sources, int SourceCount,
        IReadOnlyList<string> Topics, int Revision, DateTimeOffset FirstSeen, DateTimeOffset LastUpdated);

    /// <summary>GET /api/items?topic=&amp;q=&amp;since=&amp;top=: stored stories, newest first.</summary>
    public async Task<IReadOnlyList<StoryView>> ItemsAsync(string? topic, string? q, DateTimeOffset? since, int? top, CancellationToken ct = default)
    {
        var limit = Math.Clamp(top ?? 50, 1, 500);
        var from = since ?? time.GetUtcNow().AddDays(-30);
        var stories = await items.RecentStoriesAsync(from, 5000, ct);
        return stories
            .Where(s => topic is null || s.Topics.Contains(topic, StringComparer.OrdinalIgnoreCase))
            .Where(s => string.IsNullOrWhiteSpace(q) || s.Title.Contains(q, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .Select(s => new StoryView(s.StoryId, s.Title, s.Link, s.Sources, s.Sources.Count, s.Topics, s.Revision, s.FirstSeen, s.LastUpdated))
            .ToList();
    }

    public sealed record SourceHealth(string Id, int ConsecutiveFailures, string? LastError, DateTimeOffset? LastSuccess);

    /// <summary>A webhook endpoint that is disabled, or whose deliveries have been failing since <c>FailingSince</c>.</summary>
    public sealed record WebhookHealth(string Id, string Url, bool Enabled, string? DisabledReason, DateTimeOffset? FailingSince);

    public sealed record Health(string Status, DateTimeOffset Time, object? LastCycle, int Sources, IReadOnlyList<SourceHealth> Failing,
        IReadOnlyDictionary<string, int>? PoisonQueues = null, IReadOnlyList<WebhookHealth>? Webhooks = null, object? Warmup = null);

    /// <summary>GET /api/health: liveness, the last cycle (where the host knows it) and the sources that are failing.</summary>
    public async Task<Health> HealthAsync(object? lastCycle, IReadOnlyDictionary<string, int>? poison = null, CancellationToken ct = default)
    {
        var states = await sources.ListAsync(ct);
        var failing = states.Where(s => s.ConsecutiveFailures > 0)
            .Select(s => new SourceHealth(s.SourceId, s.ConsecutiveFailures, s.LastError, s.LastSuccess)).ToList();
        var degraded = failing.Count > 0 || poison?.Values.Any(v => v > 0) == true;
        // Receivers' trouble is listed for their owners but does not make Watcher itself degraded.
        var hooks = webhooks is null ? null : (await webhooks.ListAsync(ct)).Where(w => !w.Enabled || w.FailingSince is not null)
            .Select(w => new WebhookHealth(w.Id, Webhooks.WebhookDisabler.Display(w.Url), w.Enabled, w.DisabledReason, w.FailingSince)).ToList();
        // A long-running host's warm-up ("warming", then "ready"; "off" where there is none): its first cycle waits for it.
        return new Health(degraded ? "degraded" : "ok", time.GetUtcNow(), lastCycle, states.Count, failing, poison, hooks, warmup?.Describe());
    }
}
