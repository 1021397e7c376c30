using System.Text.Json.Nodes;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Bot;

public class AlertCardTests
{
    internal static Alert Sample(int changes = 3, int summaryLength = 300) => new()
    {
        Id = "al-1", Kind = AlertKinds.UpdatedStory, Title = "Canada raises surtax on Chinese EVs to 110%", Link = "https://example.org/ev",
        StoryId = "s-1", Revision = 2, SourceId = "gc-finance", SourceName = "Finance Canada", SourceCount = 3,
        Summary = new string('x', summaryLength),
        Matches = [new TopicMatch("tariffs", ["surtax", "tariff"], "…a 110% surtax on…")],
        Changes = Enumerable.Range(0, changes).Select(i => (i % 2 == 0 ? "+ " : "- ") + new string('y', 300) + i).ToList(),
        Detected = DateTimeOffset.Parse("2026-03-20T12:00:00Z"),
    };

    [Fact]
    public void Bot_card_is_1_5_with_execute_actions_that_fall_back_to_submit()
    {
        var card = AlertCard.Build(Sample(), deliveryId: "d-1");
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var actions = card["actions"]!.AsArray();
        Assert.Equal("Action.OpenUrl", actions[0]!["type"]!.GetValue<string>());
        foreach (var verb in AlertCard.Verbs.All)
        {
            var execute = actions.Single(a => a!["verb"]?.GetValue<string>() == verb)!;
            Assert.Equal("Action.Execute", execute["type"]!.GetValue<string>());
            Assert.Equal("d-1", execute["data"]!["deliveryId"]!.GetValue<string>());
            Assert.Equal("Action.Submit", execute["fallback"]!["type"]!.GetValue<string>());
            Assert.Equal(verb, execute["fallback"]!["data"]!["verb"]!.GetValue<string>());
        }
        var text = card.ToJsonString();
        foreach (var part in new[] { "What changed", "Why it matched", "3 sources", "surtax" }) Assert.Contains(part, text);
    }

    [Theory]
    [InlineData(3, 300)]
    [InlineData(5000, 100_000)] // a huge update still fits
    public void Workflow_message_is_1_4_without_bot_actions_and_under_28_KB(int changes, int summary)
    {
        var message = AlertCard.WorkflowMessage(Sample(changes, summary) with { Title = new string('T', changes > 100 ? 40_000 : 50) });
        var card = message["attachments"]![0]!["content"]!;
        Assert.Equal("1.4", card["version"]!.GetValue<string>());
        Assert.True(AlertCard.Size(message) <= AlertCard.WorkflowMaxBytes, $"{AlertCard.Size(message)} bytes");
        Assert.DoesNotContain("Action.Execute", message.ToJsonString());
        Assert.DoesNotContain("Action.Submit", message.ToJsonString());
    }

    [Fact]
    public void Less_detail_is_smaller()
    {
        var sizes = Enum.GetValues<CardDetail>().Select(d => AlertCard.Size(AlertCard.Build(Sample(20, 2000), detail: d, deliveryId: "d"))).ToList();
        Assert.True(sizes[0] > sizes[1] && sizes[1] > sizes[2], string.Join(",", sizes));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("/relative/path")]
    public void A_card_carries_feed_text_as_text_and_opens_only_http_links(string link)
    {
        var hostile = Sample() with
        {
            Title = "[Reset your password](https://evil.example/login) <script>alert(1)</script>",
            Summary = "Click [here](javascript:alert(2)) now",
            Link = link,
        };
        var json = AlertCard.Activity(hostile, deliveryId: "d-1").ToJsonString(AlertCard.JsonOptions);

        Assert.DoesNotContain("](", json);                       // no markdown link survives into a TextBlock
        Assert.DoesNotContain("\"Action.OpenUrl\"", json);       // the only link the card opens is an http(s) one
        Assert.Contains("Reset your password (https://evil.example/login) <script>alert(1)</script>", json); // shown, inert: TextBlocks do not render HTML
    }

    [Fact]
    public void An_http_link_is_the_open_action()
    {
        var json = AlertCard.Build(Sample()).ToJsonString(AlertCard.JsonOptions);
        Assert.Contains("\"url\":\"https://example.org/ev\"", json);
    }
}
