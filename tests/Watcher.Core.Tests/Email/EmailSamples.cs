using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Matching;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Email;

/// <summary>A realistic day of tariff and summit alerts, and the subscribers who receive them.</summary>
public static class EmailSamples
{
    public static readonly DateTimeOffset Day = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);

    public static EmailLinks Links { get; } = new(new EmailOptions { BaseUrl = "https://watcher.example.org" }, new UnsubscribeTokens(new byte[32]));

    public static Subscription Daily => new()
    {
        Id = "sub-ana", Channel = "email", Target = "ana@example.com", DisplayName = "Ana Trade Desk",
        Topics = ["tariffs", "summits"], Cadence = "daily", TimeZone = "America/Toronto", SendHour = 7,
    };

    public static Subscription Instant => new() { Id = "sub-ben", Channel = "email", Target = "ben@example.com", DisplayName = "Ben" };

    private static TopicMatch M(string topic, params string[] terms) => new(topic, terms, string.Empty);

    public static Alert Alert(string story, string kind, string title, string source, string topic, int minute, int sources = 1, int revision = 0,
        string summary = "", IReadOnlyList<string>? changes = null) => new()
    {
        Id = $"{story}-r{revision}", Kind = kind, Title = title, Link = $"https://news.example/{story}", StoryId = story, Revision = revision,
        SourceId = source.ToLowerInvariant().Replace(' ', '-'), SourceName = source, SourceCount = sources, Summary = summary,
        Matches = [M(topic, topic == "tariffs" ? "tariff" : "summit")], Changes = changes ?? [], Detected = Day.AddMinutes(minute),
        Published = Day.AddMinutes(minute - 5),
    };

    public static IReadOnlyList<Alert> DayOfNews =>
    [
        Alert("s-evs", AlertKinds.NewStory, "Canada imposes 100% tariff on Chinese electric vehicles", "Finance Canada", "tariffs", 10, sources: 3,
            summary: "Ottawa will apply a 100% surtax on all Chinese-made electric vehicles from October 1, matching measures announced by the United States."),
        Alert("s-evs", AlertKinds.UpdatedStory, "Canada imposes 100% tariff on Chinese electric vehicles, effective October 1", "Finance Canada", "tariffs", 95, sources: 4, revision: 1,
            summary: "Ottawa will apply a 100% surtax on all Chinese-made electric vehicles from October 1; steel and aluminium follow at 25%.",
            changes: ["- The surtax applies from August.", "+ The surtax applies from October 1.", "+ Steel and aluminium products face a 25% surtax from October 15."]),
        Alert("s-canola", AlertKinds.TariffChanged, "China imposes 75.8% anti-dumping deposit on Canadian canola seed", "Reuters", "tariffs", 40, sources: 2,
            summary: "Beijing's commerce ministry said importers must post a 75.8% deposit on canola seed from Canada, escalating a dispute over EV tariffs."),
        Alert("s-apec", AlertKinds.NewStory, "Carney and Xi meet on the sidelines of APEC summit", "CBC News", "summits", 130, sources: 5,
            summary: "Prime Minister Mark Carney accepted an invitation to visit China after a 40-minute meeting with President Xi Jinping in Gyeongju."),
        Alert("s-g7", AlertKinds.NewStory, "G7 trade ministers to meet in Ottawa next month", "Global Affairs Canada", "summits", 200,
            summary: "Ministers will discuss critical minerals and overcapacity, the department said."),
        Alert("s-xss", AlertKinds.NewStory, "Tariff <script>alert('x')</script> & \"quotes\" <b>bold</b>", "Sketchy <Feed>", "tariffs", 220,
            summary: "<img src=x onerror=alert(1)><form action=https://evil.example><input></form> Text with <a href=\"javascript:alert(1)\">link</a>.")
            with { Link = "javascript:alert(document.cookie)" },
    ];

    public static IReadOnlyList<TariffRow> Tariffs(Alert a) => a.StoryId switch
    {
        "s-evs" when a.Revision > 0 => [new("CA", "CN", "Electric vehicles", "6.1%", "106.1%", "2026-10-01"), new("CA", "CN", "Steel and aluminium", null, "25%", "2026-10-15")],
        "s-canola" => [new("CN", "CA", "Canola seed", "9%", "75.8% deposit", "2026-11-28")],
        _ => [],
    };
}
