using System.Globalization;
using Watcher.Core.Alerts;

namespace Watcher.Core.Digests;

/// <summary>
/// A digest travels through the delivery ledger like any alert, so the ledger's claim-send-record cycle makes it
/// exactly-once and retries it on failure. Its ledger "alert" names the period, the part, why it exists and the queue
/// entries it carries (in <see cref="Alert.Changes"/>); the e-mail channel reads the entries back when it sends.
/// </summary>
public sealed record DigestDescriptor(DateTimeOffset Due, int Part, int Parts, HoldReason Reason, IReadOnlyList<string> EntryIds)
{
    public const string Kind = "email.digest";

    public Alert ToAlert(DateTimeOffset now) => new()
    {
        Id = $"digest-{Due.UtcDateTime.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture)}-{Part}of{Parts}",
        Kind = Kind,
        Title = Reason.ToString(),
        SourceId = "watcher",
        Revision = Part,
        SourceCount = Parts,
        Published = Due,
        Detected = now,
        Changes = EntryIds,
    };

    public static DigestDescriptor FromAlert(Alert alert) => new(
        alert.Published ?? alert.Detected,
        alert.Revision,
        alert.SourceCount,
        Enum.TryParse<HoldReason>(alert.Title, out var reason) ? reason : HoldReason.Digest,
        alert.Changes);

    /// <summary>The digest alert id for a period: deterministic, so the ledger id (subscriber + this) is too.</summary>
    public static string PeriodKey(DateTimeOffset due) => "digest-" + due.UtcDateTime.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture);
}
