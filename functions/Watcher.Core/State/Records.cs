namespace Watcher.Core.State;

/// <summary>What Watcher remembers about a source between polls.</summary>
public sealed record SourceState
{
    public required string SourceId { get; init; }
    /// <summary>The URL polled: the configured one, or where a permanent redirect moved it.</summary>
    public string? Url { get; init; }
    /// <summary>The sources.json URL that <see cref="Url"/> derives from; when it changes, the state starts over.</summary>
    public string? ConfiguredUrl { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>True once the first successful poll has recorded a baseline.</summary>
    public bool Baselined { get; init; }
    /// <summary>
    /// When a poll of the source first failed before its baseline: the baseline poll then alerts the items published
    /// after this (they are news the failure delayed), while undated and older items stay silent.
    /// </summary>
    public DateTimeOffset? FirstAttempt { get; init; }
    public DateTimeOffset? LastPolled { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    public DateTimeOffset? NextPollNotBefore { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
    /// <summary>True after a "source broken" alert, until the source recovers.</summary>
    public bool BrokenAlerted { get; init; }
    /// <summary>The store's concurrency token; null for a row not yet stored.</summary>
    public string? Version { get; init; }
}

/// <summary>One stored item of one source, keyed by its identity.</summary>
public sealed record ItemRecord
{
    public required string SourceId { get; init; }
    public required string ItemId { get; init; }
    public string? Title { get; init; }
    public string? Link { get; init; }
    public required string StoryId { get; init; }
    /// <summary>Hash of the normalised title and text: equal hashes mean nothing worth looking at changed.</summary>
    public required string ContentHash { get; init; }
    /// <summary>
    /// Hashes of earlier versions (newest last, at most <see cref="MaxSeenHashes"/>). A document that flips back to
    /// one of them (a stale CDN copy, a feed replayed) is old news, not an update.
    /// </summary>
    public IReadOnlyList<string> SeenHashes { get; init; } = [];
    public const int MaxSeenHashes = 16;
    /// <summary>Plain text as last alerted (or baselined), kept to show what changed: its first <see cref="MaxTextChars"/> (see <see cref="Clip"/>).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>How much of an item's text is kept (a 100-row Table batch stays well under its 4 MiB limit).</summary>
    public const int MaxTextChars = 8000;

    /// <summary>
    /// The part of an item's text that is stored and compared: an edit is compared with what was stored, so an edit past it
    /// (a long article's typo fix in paragraph forty) is compared as text equal to the stored, not as a tail of new sentences.
    /// </summary>
    public static string Clip(string text) => Detection.TextNormalizer.Head(text, MaxTextChars);
    public IReadOnlyList<string> Topics { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastSeen { get; init; }
    public int Revision { get; init; }
    /// <summary>
    /// Where the item's story is listed while its story has no row of its own (a silent baseline's one-item story is written
    /// only as its index row until it grows: <see cref="IItemStore.GetStoryAsync(string, string?, CancellationToken)"/>),
    /// as the story index names it (<see cref="Stories.IStoryIndex.ListingOf"/>); null otherwise. Opaque to the pipeline.
    /// </summary>
    public string? StoryListing { get; init; }
    public string? Version { get; init; }
}

/// <summary>A story: the items, from any source, that report the same news.</summary>
public sealed record StoryRecord
{
    public required string StoryId { get; init; }
    public required string Title { get; init; }
    public string? Link { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastUpdated { get; init; }
    /// <summary>Bumps on every material update; alerts are keyed by (story, revision).</summary>
    public int Revision { get; init; }
    /// <summary>"source/item" of the item that started the story.</summary>
    public string? FirstItem { get; init; }
    public string? Version { get; init; }
}

/// <summary>Someone (or something) who receives alerts through one channel.</summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    /// <summary>email, teams or webhook.</summary>
    public required string Channel { get; init; }
    /// <summary>E-mail address, conversation id or webhook endpoint id.</summary>
    public required string Target { get; init; }
    public string? DisplayName { get; init; }
    /// <summary>Topic names; empty means every topic.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>
    /// Words an alert's headline or summary must contain (the bot's "subscribe canola"; matched as Bot.StoryQuery: every
    /// word, countries by their adjective and capital too); null for topic-only.
    /// </summary>
    public string? Query { get; init; }
    /// <summary>Digest preference, e.g. "daily 08:00 America/Toronto"; null for instant alerts only. The digest job reads it.</summary>
    public string? Digest { get; init; }
    public bool Enabled { get; init; } = true;

    // Cadence and filters (e-mail honours them; docs/email.md). Every one is optional: the defaults mean
    // "every matching alert, at once", which is how a subscription without them has always behaved.

    /// <summary>instant, hourly, daily or weekly (Digests.Cadences); null reads <see cref="Digest"/>, else instant.</summary>
    public string? Cadence { get; init; }
    /// <summary>Alert kinds sent at once even on a digest cadence; null means Digests.Cadences.DefaultInstantKinds.</summary>
    public IReadOnlyList<string>? InstantKinds { get; init; }
    /// <summary>IANA time zone for the send hour and quiet hours; null reads <see cref="Digest"/>, else UTC.</summary>
    public string? TimeZone { get; init; }
    /// <summary>Local hour (0-23) daily and weekly digests go out; null reads <see cref="Digest"/>, else 8.</summary>
    public int? SendHour { get; init; }
    /// <summary>Day weekly digests go out; null means Monday.</summary>
    public DayOfWeek? SendDay { get; init; }
    /// <summary>Quiet hours, local: no instant e-mail from QuietFrom:00 to QuietTo:00 (may wrap midnight); held alerts follow as one summary.</summary>
    public int? QuietFrom { get; init; }
    public int? QuietTo { get; init; }
    /// <summary>Burst collapse: once this many instant e-mails went out within <see cref="BurstMinutes"/>, further alerts become one summary.</summary>
    public int? BurstLimit { get; init; }
    public int? BurstMinutes { get; init; }

    public bool Wants(IEnumerable<string> topics) => Topics.Count == 0 || topics.Any(Topics.Contains);

    /// <summary>Topics, then the optional <see cref="Query"/> (the bot's StoryQuery words). Source health alerts reach every subscriber regardless.</summary>
    public bool Wants(Alerts.Alert alert) =>
        alert.Kind is Alerts.AlertKinds.SourceBroken or Alerts.AlertKinds.SourceRecovered ||
        Wants(alert.Topics) && SubscriptionQuery.Matches(Query, alert);
}

public enum DeliveryStatus { Pending, Delivered, Failed, Dead }

/// <summary>
/// One (subscription, alert, channel) delivery. Its id is deterministic, and the row is written before anything
/// is sent, so a crash or a retry can neither lose nor duplicate it.
/// </summary>
public sealed record DeliveryRecord
{
    public required string Id { get; init; }
    public required string SubscriptionId { get; init; }
    public required string Channel { get; init; }
    public required string AlertId { get; init; }
    /// <summary>The alert, serialised, so a delivery can be retried or replayed without the pipeline.</summary>
    public required string AlertJson { get; init; }
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;
    public int Attempts { get; init; }
    public DateTimeOffset Created { get; init; }
    public DateTimeOffset NextAttempt { get; init; }
    public DateTimeOffset? Delivered { get; init; }
    public string? LastError { get; init; }
    public string? Version { get; init; }
}

/// <summary>A registered webhook receiver. Secrets are kept newest first; more than one during a rotation overlap.</summary>
public sealed record WebhookEndpoint
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<string> Secrets { get; init; }
    /// <summary>When the older secrets stop being signed with.</summary>
    public DateTimeOffset? PreviousSecretsExpire { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public bool Enabled { get; init; } = true;
    public string? DisabledReason { get; init; }
    /// <summary>When the current run of failed deliveries began; null while deliveries succeed.</summary>
    public DateTimeOffset? FailingSince { get; init; }
    public DateTimeOffset Created { get; init; }
    public string? Version { get; init; }

    public IEnumerable<string> ActiveSecrets(DateTimeOffset now) =>
        PreviousSecretsExpire is { } until && until > now ? Secrets : Secrets.Take(1);
}
