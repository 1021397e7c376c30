using System.Diagnostics;
using Activity = Watcher.Core.Bot.Activity;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Core.Alerts;
using Watcher.Core.Api;
using Watcher.Core.Bot;
using Watcher.Core.Channels.Teams;
using Watcher.Core.Matching;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Azure.Tests.Bot;

/// <summary>Every card Watcher sends, parsed by the `adaptivecards` npm library (the renderer Teams is built on).</summary>
public class CardSchemaTests
{
    private static readonly Alert Sample = new()
    {
        Id = "al-1", Kind = AlertKinds.UpdatedStory, Title = "Canada raises surtax on Chinese EVs to 110%", Link = "https://example.org/ev",
        StoryId = "s-1", Revision = 2, SourceId = "gc-finance", SourceName = "Finance Canada", SourceCount = 3, Summary = "Ottawa raised the surtax.",
        Matches = [new TopicMatch("tariffs", ["surtax"], "…a 110% surtax on…")], Changes = ["- a 100% surtax", "+ a 110% surtax"],
        Published = DateTimeOffset.Parse("2026-03-20T08:00:00Z"), Detected = DateTimeOffset.Parse("2026-03-20T08:05:00Z"),
    };

    private static async Task<Dictionary<string, JsonObject>> CardsAsync()
    {
        var cards = new Dictionary<string, JsonObject>();
        foreach (var detail in Enum.GetValues<CardDetail>())
            cards[$"bot-{detail}"] = AlertCard.Build(Sample, AlertCard.BotVersion, detail, "d-1");
        cards["workflow"] = (JsonObject)AlertCard.WorkflowMessage(Sample)["attachments"]![0]!["content"]!;
        cards["workflow-huge"] = (JsonObject)AlertCard.WorkflowMessage(Sample with { Summary = new string('x', 200_000) })["attachments"]![0]!["content"]!;
        cards["outbox"] = (JsonObject)AlertCard.Activity(Sample)["attachments"]![0]!["content"]!;
        var digestSub = new Subscription { Id = "s", Channel = "teams", Target = "a:1", Digest = "daily 08:00 America/Toronto" };
        var digest = new Watcher.Core.Digests.DigestDescriptor(Sample.Detected, 1, 2, Watcher.Core.Digests.HoldReason.Digest, []);
        var many = Enumerable.Range(0, 25).Select(i => Sample with { Id = $"al-{i}", StoryId = $"s-{i}", Link = i % 2 == 0 ? Sample.Link : "javascript:alert(1)" }).ToList();
        var request = DigestCardRequest.For(digestSub, digest, many, TeamsDigests.MoreHint);
        foreach (var detail in Enum.GetValues<CardDetail>())
            cards[$"digest-bot-{detail}"] = (JsonObject)DigestCard.Activity(request, AlertCard.BotVersion, detail)["attachments"]![0]!["content"]!;
        cards["digest-workflow"] = (JsonObject)DigestCard.WorkflowMessage(request)["attachments"]![0]!["content"]!;
        cards["digest-workflow-huge"] = (JsonObject)DigestCard.WorkflowMessage(request with { Alerts = many.Select(a => a with { Title = new string('x', 5000) }).ToList() })["attachments"]![0]!["content"]!;

        var time = TimeProvider.System;
        var stores = new InMemoryStores();
        await stores.SaveStoryAsync(new StoryRecord { StoryId = "s-1", Title = "China slaps 100% tariff on canola", Link = "https://example.org/c", Sources = ["wire"], Topics = ["tariffs"], FirstSeen = time.GetUtcNow(), LastUpdated = time.GetUtcNow() });
        await stores.TryAddAsync(new DeliveryRecord { Id = "d-1", SubscriptionId = "x", Channel = "teams", AlertId = "al-1", AlertJson = Sample.ToJson() });
        var conversations = new InMemoryConversationStore();
        var tariffStore = new Watcher.Core.Tariffs.InMemoryTariffStore();
        var commands = new BotCommands(stores, stores, conversations, stores, new SourceCatalog(new SourcesFile()), new WatcherApi(stores, stores, time), new Watcher.Core.Tariffs.TariffApi(tariffStore), time);
        var bot = new BotConversation(conversations, commands, new CardActions(conversations, stores, time), time, NullLogger<BotConversation>.Instance);
        var from = new ChannelAccount { Id = "29:a" };
        var conversation = new ConversationAccount { Id = "a:1" };
        var tariffs = await bot.HandleAsync(new Activity { Type = "message", Text = "tariffs china", ServiceUrl = "https://x/", From = from, Conversation = conversation });
        cards["tariffs-from-stories"] = (JsonObject)tariffs.Replies[0]["attachments"]![0]!["content"]!;
        await tariffStore.SaveAsync(new Watcher.Core.Tariffs.TariffRecord
        {
            Imposer = "CN", Target = "CA", Product = "canola oil", LastChanged = time.GetUtcNow(),
            Current = new() { Rate = 100, Status = "in-force", Action = "imposed", Evidence = "China imposed a 100% tariff.", Link = "https://example.org/c" },
            History = [new() { Rate = 76, Status = "in-force", Action = "imposed", Evidence = "76%." }],
        });
        tariffs = await bot.HandleAsync(new Activity { Type = "message", Text = "tariffs china", ServiceUrl = "https://x/", From = from, Conversation = conversation });
        cards["tariffs-tracker"] = (JsonObject)tariffs.Replies[0]["attachments"]![0]!["content"]!;
        Assert.Contains("CN → CA", cards["tariffs-tracker"].ToJsonString(AlertCard.JsonOptions));
        var invoke = await bot.HandleAsync(new Activity
        {
            Type = "invoke", Name = "adaptiveCard/action", ServiceUrl = "https://x/", From = from, Conversation = conversation,
            Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "useful", ["data"] = new JsonObject { ["deliveryId"] = "d-1", ["alertId"] = "al-1" } } },
        });
        cards["refreshed"] = (JsonObject)invoke.Invoke!.Body!["value"]!;
        return cards;
    }

    private static Dictionary<string, List<string>> Validate(Dictionary<string, JsonObject> cards)
    {
        var repo = AzuriteFixture.RepoRoot;
        var library = Path.Combine(repo, "node_modules", "adaptivecards", "dist", "adaptivecards.js");
        Assert.True(File.Exists(library), $"{library} is missing: run `npm ci` in {repo} (package.json pins adaptivecards 3.0.6)");
        var input = Path.GetTempFileName();
        File.WriteAllText(input, new JsonArray(cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Key, ["card"] = c.Value.DeepClone() }).ToArray()).ToJsonString());
        var script = Path.Combine(repo, "tests", "Watcher.Azure.Tests", "Bot", "validate-cards.js");
        using var node = Process.Start(new ProcessStartInfo("node", [script, input, repo]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = node.StandardOutput.ReadToEnd();
        var stderr = node.StandardError.ReadToEnd();
        node.WaitForExit();
        File.Delete(input);
        Assert.True(node.ExitCode == 0, $"validate-cards.js failed: {stderr}");
        return JsonSerializer.Deserialize<Dictionary<string, List<string>>>(stdout)!;
    }

    [Fact]
    public async Task Every_card_parses_without_unknown_elements_or_errors()
    {
        var cards = await CardsAsync();
        var report = Validate(cards);
        Assert.Equal(cards.Keys.Order(), report.Keys.Order());
        foreach (var (name, problems) in report) Assert.True(problems.Count == 0, $"{name}: {string.Join("; ", problems)}");
    }

    [Fact]
    public void The_validator_does_report_a_broken_card()
    {
        var broken = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.4","body":[{"type":"Carousel"},{"type":"TextBlock","text":"x"}],"actions":[{"type":"Action.Explode"}]}""")!.AsObject();
        var problems = Validate(new() { ["broken"] = broken })["broken"];
        Assert.Contains(problems, p => p.StartsWith("UnknownElementType", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("UnknownActionType", StringComparison.Ordinal));
    }
}
