using System.Text.Json.Nodes;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.Matching;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Bot;

public class DigestCardTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 28, 13, 0, 0, TimeSpan.Zero); // 08:00 in Toronto

    private static readonly Subscription Toronto = new()
        { Id = "sub-1", Channel = ChannelNames.Teams, Target = "19:abc@thread.tacv2", Digest = "daily 08:00 America/Toronto" };

    internal static Alert News(int i, string kind = AlertKinds.NewStory, string? title = null, string? link = null, string? change = null, string? story = null) => new()
    {
        Id = $"al-{i}", Kind = kind, Title = title ?? $"Story number {i} about canola tariffs", Link = link ?? $"https://news.example/{i}",
        StoryId = story ?? $"s-{i}", SourceId = "wire", SourceName = "Wire", SourceCount = 1 + i % 3,
        Matches = [new TopicMatch("tariffs", ["tariff"], string.Empty)], Changes = change is null ? [] : [change],
        Detected = Due.AddHours(-12).AddMinutes(i),
    };

    private static DigestCardRequest Request(IReadOnlyList<Alert> alerts) =>
        DigestCardRequest.For(Toronto, new DigestDescriptor(Due, 1, 1, HoldReason.Digest, []), alerts, TeamsDigests.MoreHint);

    private static IEnumerable<JsonNode> All(JsonNode node) => node switch
    {
        JsonObject o => new[] { node }.Concat(o.SelectMany(p => p.Value is null ? [] : All(p.Value))),
        JsonArray a => a.SelectMany(n => n is null ? [] : All(n)),
        _ => [node],
    };

    [Fact]
    public void A_digest_is_one_1_5_card_with_a_heading_and_one_block_per_story()
    {
        var alerts = Enumerable.Range(1, 12).Select(i => News(i)).ToList();
        var activity = DigestCard.Activity(Request(alerts));
        var card = Assert.Single(activity["attachments"]!.AsArray())!["content"]!;
        Assert.Equal(("message", AlertCard.ContentType), (activity["type"]!.GetValue<string>(), activity["attachments"]![0]!["contentType"]!.GetValue<string>()));
        Assert.Equal(("AdaptiveCard", "1.5"), (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>()));
        var body = card["body"]!.AsArray();
        Assert.Equal("Daily digest — 12 stories, 8:00 America/Toronto", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("Sat 28 Nov", body[1]!["text"]!.GetValue<string>());
        Assert.Equal(12, body.Count(b => b!["type"]!.GetValue<string>() == "Container"));
        var text = card.ToJsonString(AlertCard.JsonOptions);
        Assert.Contains("New · 2 sources · Wire", text);
        Assert.DoesNotContain("more stor", text);
    }

    [Theory]
    [InlineData(AlertKinds.NewStory, null, "New")]
    [InlineData(AlertKinds.UpdatedStory, "+ the rate rises to 100%", "Updated")]
    [InlineData(AlertKinds.TariffChanged, "- 25% + 100%", "Tariff change")]
    public void Each_story_says_its_kind_and_first_change_line(string kind, string? change, string label)
    {
        var card = DigestCard.Build(Request([News(1, kind, change: change)]));
        var story = card["body"]![2]!["items"]!.AsArray();
        Assert.StartsWith(label + " · ", story[1]!["text"]!.GetValue<string>());
        if (change is null) Assert.Equal(2, story.Count);
        else Assert.Equal(change, story[2]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Several_alerts_of_one_story_are_one_entry_with_the_newest_title_and_tariff_changes_come_first()
    {
        var alerts = new[]
        {
            News(1, story: "s-a", title: "Old headline"), News(5, AlertKinds.UpdatedStory, story: "s-a", title: "New headline", change: "+ now 100%"),
            News(2, story: "s-b"), News(3, AlertKinds.TariffChanged, story: "s-c", title: "Tariff on canola: 100%"),
        };
        var body = DigestCard.Build(Request(alerts))["body"]!.AsArray();
        Assert.Equal("Daily digest — 3 stories, 8:00 America/Toronto", body[0]!["text"]!.GetValue<string>());
        var titles = body.Skip(2).Select(b => b!["items"]![0]!["inlines"]![0]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Tariff on canola: 100%", "New headline", "Story number 2 about canola tariffs"], titles);
    }

    [Theory]
    [InlineData("https://news.example/a", "https://news.example/a")]
    [InlineData("http://news.example/a", "http://news.example/a")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("/relative", null)]
    public void Titles_link_only_to_http_urls(string link, string? expected)
    {
        var run = DigestCard.Build(Request([News(1, link: link)]))["body"]![2]!["items"]![0]!["inlines"]![0]!;
        Assert.Equal(expected, run["selectAction"]?["url"]?.GetValue<string>());
        if (expected is not null) Assert.Equal("Action.OpenUrl", run["selectAction"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("[Reset your password](https://evil.example/phish)", "Reset your password (https://evil.example/phish)")]
    [InlineData("[[nested](https://a.example)](https://evil.example)", "nested (https://a.example) (https://evil.example)")]
    [InlineData("Plain [brackets] (parens) stay", "Plain [brackets] (parens) stay")]
    public void Feed_text_never_becomes_a_markdown_link(string hostile, string shown)
    {
        var card = DigestCard.Build(Request([News(1, title: hostile, change: "+ " + hostile) with { SourceName = hostile }]));
        var texts = All(card).OfType<JsonObject>().Where(o => o["text"] is JsonValue).Select(o => o["text"]!.GetValue<string>()).ToList();
        Assert.Contains(shown, texts);
        Assert.All(texts, t => Assert.DoesNotMatch(@"\[[^\]]*\]\([^)]*\)", t));
        // The only URLs a reader can open are the http(s) OpenUrl actions.
        var actions = All(card).OfType<JsonObject>().Where(o => o["type"] is JsonValue v && v.GetValue<string>().StartsWith("Action.", StringComparison.Ordinal)).ToList();
        Assert.All(actions, a => Assert.Equal("Action.OpenUrl", a["type"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Matches("^https?://", a["url"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(21, 20, "… and 1 more story. Say `latest`")]
    [InlineData(45, 20, "… and 25 more stories. Say `latest`")]
    public void At_most_20_stories_are_shown_then_and_N_more(int count, int shown, string more)
    {
        var body = DigestCard.Build(Request(Enumerable.Range(1, count).Select(i => News(i)).ToList()))["body"]!.AsArray();
        Assert.Equal(shown, body.Count(b => b!["type"]!.GetValue<string>() == "Container"));
        Assert.StartsWith(more, body[^1]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(500, 'x')]    // long ASCII titles and change lines
    [InlineData(3000, '漢')]  // three UTF-8 bytes a character
    public void The_message_is_measured_and_stays_under_28_KB_for_bot_and_workflows(int length, char c)
    {
        var huge = Enumerable.Range(1, 60).Select(i => News(i, AlertKinds.UpdatedStory, title: new string(c, length), change: "+ " + new string(c, length)) with
            { SourceName = new string(c, 500), Link = "https://news.example/" + new string('p', 1500) }).ToList();
        var bot = DigestCard.Activity(Request(huge));
        var workflow = DigestCard.WorkflowMessage(Request(huge));
        Assert.InRange(AlertCard.Size(bot), 1, DigestCard.MaxBytes);
        Assert.InRange(AlertCard.Size(workflow), 1, DigestCard.MaxBytes);
        Assert.Equal("1.4", workflow["attachments"]![0]!["content"]!["version"]!.GetValue<string>());
        var body = bot["attachments"]![0]!["content"]!["body"]!.AsArray();
        Assert.Contains("more stories", body[^1]!["text"]!.GetValue<string>()); // what did not fit is counted, not dropped silently
    }

    [Theory]
    [InlineData("daily 08:00 America/Toronto", null, HoldReason.Digest, "Daily digest — 2 stories, 8:00 America/Toronto")]
    [InlineData("weekdays 07:30 Europe/Berlin", null, HoldReason.Digest, "Weekday digest — 2 stories, 14:00 Europe/Berlin")]
    [InlineData(null, null, HoldReason.Digest, "Held for your digest — 2 stories")]
    [InlineData(null, null, HoldReason.Quiet, "While you were away — 2 stories")]
    [InlineData(null, Cadences.Hourly, HoldReason.Digest, "Hourly digest — 2 stories, 13:00 UTC")]
    public void The_heading_says_what_and_when(string? digest, string? cadence, HoldReason reason, string heading) =>
        Assert.Equal(heading, DigestCard.Heading(Toronto with { Digest = digest, Cadence = cadence }, reason, Due, 2));
}
