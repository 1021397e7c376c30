using Watcher.Core.Alerts;
using Watcher.Core.State;

namespace Watcher.Core.Delivery;

public static class ChannelNames
{
    public const string Email = "email";
    public const string Teams = "teams";
    public const string Webhook = "webhook";
    /// <summary>A Teams channel reached through a Workflows webhook URL (Target = the URL's name in Watcher:Teams:Workflows).</summary>
    public const string TeamsWorkflow = "teams-workflow";
    public static readonly IReadOnlyList<string> All = [Email, Teams, Webhook];
}

/// <summary>One way out: an e-mail transport, the Teams bot, a webhook sender, or a local outbox sink.</summary>
public interface IAlertChannel
{
    string Name { get; }

    /// <summary>
    /// Sends one alert to one subscriber. <paramref name="deliveryId"/> is stable across retries (an idempotency key).
    /// Throw <see cref="DeliveryException"/> to say whether and when to try again.
    /// </summary>
    Task SendAsync(Alert alert, Subscription subscription, string deliveryId, CancellationToken ct = default);
}

/// <summary>A failed send. Permanent failures are not retried; transient ones are, no sooner than RetryAfter.</summary>
public sealed class DeliveryException(string message, bool permanent = false, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
