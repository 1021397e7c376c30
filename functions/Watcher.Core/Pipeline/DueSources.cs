using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Core.Pipeline;

/// <summary>Which sources a timer tick should poll: those whose interval has passed and that are not backing off.</summary>
public static class DueSources
{
    public static IReadOnlyList<SourceDefinition> Select(IReadOnlyList<SourceDefinition> sources, IReadOnlyList<SourceState> states, DateTimeOffset now)
    {
        var byId = states.ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        return sources.Where(source =>
        {
            if (!byId.TryGetValue(source.Id, out var state)) return true;
            if (state.NextPollNotBefore is { } notBefore && notBefore > now) return false;
            // A little slack so a 5-minute source is due on every 5-minute tick despite timer jitter.
            return source.Every is not { } every || state.LastPolled is not { } last || now - last >= every - TimeSpan.FromSeconds(30);
        }).ToList();
    }
}
