using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Api;
using Watcher.Core.Bot;
using Watcher.Core.Facts;
using Watcher.Core.Feeds;
using Watcher.Core.Matching.Query;
using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Core.Tariffs;

namespace Watcher.Fuzz;

/// <summary>
/// What each fuzz target feeds its input to, and which exceptions are the documented answer to bad input (a clear
/// error). Anything else escaping a target is a finding: AFL++ records it as a crash, and the replay (and the
/// regression test over tests/Watcher.Core.Tests/Fuzz) reports it.
/// </summary>
public static class FuzzTargets
{
    public static readonly string[] Names = ["feed", "activity", "query", "extract"];

    public static void Run(string target, byte[] data)
    {
        switch (target)
        {
            case "feed": Feed(data); break;
            case "activity": Activity(data); break;
            case "query": Query(data); break;
            case "extract": Extract(data); break;
            default: throw new ArgumentException($"unknown fuzz target '{target}' (one of: {string.Join(", ", Names)})");
        }
    }

    /// <summary>The feed parser: a document, or <see cref="FeedParseException"/>; then everything a poll reads from it.</summary>
    private static void Feed(byte[] data)
    {
        FeedDocument doc;
        try
        {
            doc = FeedParser.Parse(data, new Uri("https://example.org/feed/"));
        }
        catch (FeedParseException)
        {
            return;
        }
        foreach (var item in doc.Items)
        {
            _ = item.Id.Length + (item.Title?.Length ?? 0) + item.PlainText.Length + (item.Link?.Length ?? 0);
            _ = ItemIdentity.Hash(item.PlainText);
        }
    }

    private static readonly FakeTimeProvider Time = new(DateTimeOffset.Parse("2026-03-20T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The bot's activity handling after authentication: parse the body, then the whole conversation turn (mentions,
    /// commands, card actions, conversation references) against in-memory stores. Parse answers null for non-activities.
    /// </summary>
    private static void Activity(byte[] data)
    {
        var activity = Watcher.Core.Bot.Activity.Parse(data);
        if (activity is null) return;
        var stores = new InMemoryStores();
        var conversations = new InMemoryConversationStore();
        var catalog = new SourceCatalog(new SourcesFile { Sources = [new SourceDefinition { Id = "gc-finance", Url = "https://example.org/rss", Name = "Finance Canada" }] });
        var commands = new BotCommands(stores, stores, conversations, stores, catalog, new WatcherApi(stores, stores, Time), new TariffApi(new InMemoryTariffStore()), Time);
        var bot = new BotConversation(conversations, commands, new CardActions(conversations, stores, Time), Time, NullLogger<BotConversation>.Instance);
        bot.HandleAsync(activity).GetAwaiter().GetResult();
    }

    /// <summary>The topic query language: a query tree, or <see cref="QueryParseException"/> with the position.</summary>
    private static void Query(byte[] data)
    {
        try
        {
            QueryParser.Parse(Encoding.UTF8.GetString(data));
        }
        catch (QueryParseException)
        {
        }
    }

    /// <summary>The fact extractor never throws: any text gives a (possibly empty) list of measures and events.</summary>
    private static void Extract(byte[] data) => FactExtractor.Extract(Encoding.UTF8.GetString(data));
}
