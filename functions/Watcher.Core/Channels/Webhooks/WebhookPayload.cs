using System.Text;
using Watcher.Core.Alerts;

namespace Watcher.Core.Channels.Webhooks;

/// <summary>
/// The CloudEvent body for an alert, kept under <see cref="MaxBytes"/> (Standard Webhooks asks for small payloads):
/// an oversized alert keeps the head of its change list (a last line says how many more are at the link), a summary
/// cut at 2 000 characters and at most 10 topic matches; the link always leads to the full story.
/// </summary>
public static class WebhookPayload
{
    public const int MaxBytes = 20 * 1024;

    public static string For(Alert alert)
    {
        var body = AlertCloudEvent.Serialize(alert);
        for (var keep = Math.Min(alert.Changes.Count, 40); Encoding.UTF8.GetByteCount(body) > MaxBytes && keep >= 0; keep = keep == 0 ? -1 : keep / 2)
        {
            var summary = alert.Summary.Length > 2000 ? alert.Summary[..2000] + "…" : alert.Summary;
            var changes = alert.Changes.Take(keep).Select(c => c.Length > 500 ? c[..500] + "…" : c).ToList();
            if (changes.Count < alert.Changes.Count) changes.Add($"… {alert.Changes.Count - changes.Count} more changed lines at the link");
            body = AlertCloudEvent.Serialize(alert with { Summary = summary, Changes = changes, Matches = alert.Matches.Take(10).ToList() });
        }
        return body;
    }
}
