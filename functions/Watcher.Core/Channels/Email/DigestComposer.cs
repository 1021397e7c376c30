using System.Globalization;
using System.Text;
using Watcher.Core.Alerts;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Channels.Email;

/// <summary>What one digest e-mail covers: the period's label, which part of how many, and the alerts.</summary>
public sealed record DigestRequest(Subscription Subscription, string Label, HoldReason Reason, IReadOnlyList<Alert> Alerts, string DeliveryId, int Part = 1, int Parts = 1)
{
    /// <summary>Tariff rows per alert; null uses <see cref="EmailStory.TariffsOf"/>.</summary>
    public Func<Alert, IReadOnlyList<TariffRow>>? TariffsOf { get; init; }
}

/// <summary>
/// A digest: alerts grouped by topic and story, each story once with its source count and what changed, a subject
/// naming the lead story, and the same unsubscribe and preference links as an instant alert.
/// </summary>
public static class DigestComposer
{
    public static EmailMessage Compose(DigestRequest r, EmailLinks? links = null)
    {
        var topics = DigestContent.Group(r.Alerts, r.TariffsOf);
        if (topics.Count == 0) throw new ArgumentException("a digest needs at least one alert", nameof(r));
        var stories = topics.Sum(t => t.Stories.Count);
        var lead = DigestContent.Lead(topics);
        var part = r.Parts > 1 ? $" (part {r.Part} of {r.Parts})" : string.Empty;
        var subject = EmailComposer.OneLine(
            (stories == 1 ? lead.Title : $"{EmailHtml.Clip(lead.Title, 90)} + {stories - 1} more") + $" · {r.Label}{part}", 160);
        var updated = topics.Sum(t => t.Stories.Count(s => s.Kind == AlertKinds.UpdatedStory));
        var meta = string.Join(" · ", new[]
        {
            $"{stories} {(stories == 1 ? "story" : "stories")}",
            updated > 0 ? $"{updated} updated" : null,
            $"{topics.Count} {(topics.Count == 1 ? "topic" : "topics")}",
            r.Parts > 1 ? $"part {r.Part} of {r.Parts}" : null,
        }.Where(x => x is not null));
        var unsubscribe = links?.Unsubscribe(r.Subscription);
        var preferences = links?.Preferences(r.Subscription);
        var why = EmailComposer.WhyText(r.Subscription);

        var html = new StringBuilder(2048 + stories * 1200);
        EmailHtml.Open(html, subject, string.Join(" · ", topics.SelectMany(t => t.Stories).Take(3).Select(s => EmailHtml.Clip(s.Title, 60))));
        EmailHtml.Header(html, "Watcher · " + r.Label, Headline(r, stories), meta);
        var text = new StringBuilder(1024 + stories * 500);
        text.Append(r.Label).Append(part).Append(": ").Append(meta).Append("\n\n");
        foreach (var topic in topics)
        {
            EmailHtml.TopicHeading(html, topic.Name, topic.Stories.Count);
            var label = EmailHtml.TopicLabel(topic.Name).ToUpper(CultureInfo.InvariantCulture);
            text.Append(label).Append('\n').Append(new string('=', label.Length)).Append("\n\n");
            foreach (var story in topic.Stories)
            {
                EmailHtml.Story(html, story, lead: false);
                EmailText.Story(text, story);
            }
        }
        EmailHtml.Footer(html, why, preferences, unsubscribe);
        EmailHtml.Close(html);
        EmailText.Footer(text, why, preferences, unsubscribe);

        return new EmailMessage
        {
            To = r.Subscription.Target,
            ToName = r.Subscription.DisplayName,
            Subject = subject,
            Text = text.ToString(),
            Html = html.ToString(),
            Headers = EmailComposer.Headers(r.DeliveryId, r.Subscription, links),
            Categories = ["watcher", "digest", r.Reason == HoldReason.Digest ? Cadences.Of(r.Subscription) : r.Reason.ToString().ToLowerInvariant()],
            CustomArgs = new Dictionary<string, string>
            {
                ["delivery_id"] = r.DeliveryId,
                ["subscription_id"] = r.Subscription.Id,
                ["stories"] = stories.ToString(CultureInfo.InvariantCulture),
                ["part"] = $"{r.Part}/{r.Parts}",
            },
        };
    }

    private static string Headline(DigestRequest r, int stories) => r.Reason switch
    {
        HoldReason.Quiet => $"{stories} {(stories == 1 ? "story" : "stories")} while your quiet hours were on",
        HoldReason.Burst => $"{stories} more {(stories == 1 ? "story" : "stories")} in a busy spell",
        _ => $"{stories} {(stories == 1 ? "story" : "stories")} for you",
    };
}
