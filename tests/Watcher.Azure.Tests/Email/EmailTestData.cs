using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Matching;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.Email;

internal static class EmailTestData
{
    public static Subscription Instant(string id = "sub-ben", string to = "ben@example.com") =>
        new() { Id = id, Channel = "email", Target = to, DisplayName = "Ben" };

    public static Alert Alert(string story, string title, string topic = "tariffs", string kind = AlertKinds.NewStory) => new()
    {
        Id = story + "-r0", Kind = kind, Title = title, Link = $"https://news.example/{story}", StoryId = story, SourceId = "wire", SourceName = "Wire",
        Summary = $"{title}. More detail from the wire.", Matches = [new TopicMatch(topic, [topic], string.Empty)], Detected = DateTimeOffset.UtcNow,
    };

    public static EmailLinks Links => new(new EmailOptions { BaseUrl = "https://watcher.example.org" }, new UnsubscribeTokens(new byte[32]));

    public static EmailMessage Message(string to = "ben@example.com") =>
        EmailComposer.InstantAlert(Alert("s-evs", "Canada imposes 100% tariff on Chinese EVs"), Instant(to: to), "d-test-1", Links);
}
