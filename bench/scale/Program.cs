using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure;
using Watcher.Azure.Queues;
using Watcher.Azure.Tables;
using Watcher.Bench.Scale;
using Watcher.Cli.Commands;
using Azurite = Watcher.Cli.LocalHost.Azurite;
using Watcher.Functions;

// dotnet run -c Release --project bench/scale -- [--sources 1000] [--rounds 6] [--changed 50] [--items 20] [--hosts 50] [--workers 16]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "true");
int Opt(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var sourceCount = Opt("sources", 1000);
var rounds = Opt("rounds", 6);
var changedPerRound = Opt("changed", 50);
var itemsPerFeed = Opt("items", 20);
var hosts = Opt("hosts", 50);
var workers = Opt("workers", 16);

var repo = FindRepo();
var work = Directory.CreateTempSubdirectory("watcher-scale-").FullName;
await using var azurite = await Azurite.StartEphemeralAsync(repo, Console.Error);
StorageCounter.QueuePort = azurite.QueuePort;
await using var farm = await FeedFarm.StartAsync(sourceCount, itemsPerFeed, hosts);

var sourcesFile = Path.Combine(work, "sources.json");
await File.WriteAllTextAsync(sourcesFile, JsonSerializer.Serialize(new
{
    sources = Enumerable.Range(0, sourceCount).Select(i => new { id = $"src-{i:D5}", kind = "feed", url = farm.Url(i), every = "00:05:00" }),
}));
var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
    ["Watcher:Sources:File"] = sourcesFile,
    ["Watcher:Outbox:Directory"] = Path.Combine(work, "outbox"),
    ["Watcher:Net:AllowPrivateAddresses"] = "true",
}).Build();

var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
var counter = new StorageCounter();
var services = new ServiceCollection().AddLogging(l => l.AddFilter(_ => false)).AddSingleton<IConfiguration>(config).AddSingleton<TimeProvider>(time);
services.AddWatcherFunctions(config);
// The same clients the app builds, with the counting policy in their pipelines.
var storage = new StorageOptions { ConnectionString = azurite.ConnectionString };
var tableOptions = new TableClientOptions();
tableOptions.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
var queueOptions = new QueueClientOptions();
queueOptions.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
services.AddSingleton(StorageClients.Tables(storage, tableOptions));
services.AddSingleton(StorageClients.Queues(storage, queueOptions));
services.AddTransient<PollTimer>().AddTransient<PollSource>().AddTransient<DeliverAlert>();
await using var provider = services.BuildServiceProvider();
await provider.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
await provider.GetRequiredService<WatcherQueues>().EnsureCreatedAsync();
await DemoCommand.SeedAsync(provider, CancellationToken.None);
counter.Take();

// Depth sampling uses its own client, outside the count.
var sampler = StorageClients.Queues(storage);
var depthLog = new List<string> { "round,ms,sources_queue,deliveries_queue" };
var results = new List<RoundResult>();
var random = new Random(42);
var functionFailures = 0;

for (var round = 0; round < rounds; round++)
{
    // Round 0 is the baseline (every feed new to us); round 1 changes nothing (all 304); later rounds publish one
    // new item on `changedPerRound` feeds.
    var changed = round >= 2 ? Enumerable.Range(0, sourceCount).OrderBy(_ => random.Next()).Take(changedPerRound).ToList() : [];
    foreach (var feed in changed) farm.Publish(feed);
    if (round > 0) time.Advance(TimeSpan.FromMinutes(5));
    var requestsBefore = farm.Requests;
    var notModifiedBefore = farm.NotModified;

    var clock = Stopwatch.StartNew();
    using var sampling = new CancellationTokenSource();
    var maxDepth = (Sources: 0, Deliveries: 0);
    var roundNo = round;
    var sample = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            var s = (await sampler.GetQueueClient(QueueNames.Sources).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            var d = (await sampler.GetQueueClient(QueueNames.Deliveries).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            lock (depthLog) depthLog.Add($"{roundNo},{clock.ElapsedMilliseconds},{s},{d}");
            maxDepth = (Math.Max(maxDepth.Sources, s), Math.Max(maxDepth.Deliveries, d));
            try { await Task.Delay(250, sampling.Token); } catch (OperationCanceledException) { }
        }
    });

    await provider.GetRequiredService<PollTimer>().Run(new TimerInfo(), CancellationToken.None);
    var timerMs = clock.ElapsedMilliseconds;
    var timerCounts = counter.Take();
    var polled = await DrainAsync(QueueNames.Sources, body => provider.GetRequiredService<PollSource>().Run(body, CancellationToken.None));
    var pollMs = clock.ElapsedMilliseconds - timerMs;
    var pollCounts = counter.Take();
    var delivered = await DrainAsync(QueueNames.Deliveries, body => provider.GetRequiredService<DeliverAlert>().Run(body, CancellationToken.None));
    var totalMs = clock.ElapsedMilliseconds;
    var deliveryCounts = counter.Take();
    sampling.Cancel();
    await sample;

    var result = new RoundResult(round, changed.Count, polled, delivered, farm.Requests - requestsBefore, farm.NotModified - notModifiedBefore,
        timerMs, pollMs, totalMs - timerMs - pollMs, totalMs, timerCounts, pollCounts, deliveryCounts, maxDepth.Sources, maxDepth.Deliveries);
    results.Add(result);
    Console.Error.WriteLine($"round {round}: {result.Summary()}; function failures so far {functionFailures}");
}

await File.WriteAllLinesAsync(Path.Combine(repo, ".watcher", "bench-scale-queue-depth.csv"), depthLog);
var json = JsonSerializer.Serialize(new { sources = sourceCount, itemsPerFeed, changedPerRound, hosts, workers, rounds = results }, new JsonSerializerOptions { WriteIndented = true });
await File.WriteAllTextAsync(Path.Combine(repo, ".watcher", "bench-scale.json"), json);
Console.WriteLine(json);
Directory.Delete(work, recursive: true);
return 0;

// What the Functions host does with a queue: `workers` messages in flight, each deleted once its function returns;
// a function that throws (a lost ETag race on a shared story, say) leaves its message, which comes back after a
// short visibility timeout (host.json uses 30 s; 1 s here) and is moved to the poison queue after 5 tries.
async Task<int> DrainAsync(string queue, Func<string, Task> handle)
{
    var client = provider.GetRequiredService<WatcherQueues>().Client(queue);
    var handled = 0;
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
    {
        while (true)
        {
            var batch = (await client.ReceiveMessagesAsync(Math.Min(32, Math.Max(1, 32 / workers * 2)), TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0)
            {
                if ((await sampler.GetQueueClient(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount == 0) return;
                await Task.Delay(250);
                continue;
            }
            foreach (var m in batch)
            {
                try
                {
                    await handle(m.Body.ToString());
                }
                catch (Exception ex) when (m.DequeueCount < 5)
                {
                    Interlocked.Increment(ref functionFailures);
                    Console.Error.WriteLine($"  {queue}: {ex.GetType().Name}: {ex.Message} (retried)");
                    await client.UpdateMessageAsync(m.MessageId, m.PopReceipt, visibilityTimeout: TimeSpan.FromSeconds(1));
                    continue;
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref functionFailures);
                    await provider.GetRequiredService<WatcherQueues>().Client(queue + "-poison").SendMessageAsync(m.Body.ToString());
                }
                await client.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                Interlocked.Increment(ref handled);
            }
        }
    }));
    return handled;
}

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Watcher.sln not found");
}

internal sealed record RoundResult(int Round, int ChangedFeeds, int SourcesPolled, int Deliveries, long HttpRequests, long NotModified,
    long TimerMs, long PollMs, long DeliverMs, long TotalMs,
    IReadOnlyDictionary<string, long> TimerStorage, IReadOnlyDictionary<string, long> PollStorage, IReadOnlyDictionary<string, long> DeliverStorage,
    int MaxSourcesQueue, int MaxDeliveriesQueue)
{
    private static long Requests(IReadOnlyDictionary<string, long> c) => c.Where(kv => kv.Key != "table.batch.entities").Sum(kv => kv.Value);
    private static long Writes(IReadOnlyDictionary<string, long> c) =>
        c.Where(kv => kv.Key.StartsWith("table.", StringComparison.Ordinal) && kv.Key is not ("table.read" or "table.query" or "table.batch.entities")).Sum(kv => kv.Value);

    public long StorageRequests => Requests(TimerStorage) + Requests(PollStorage) + Requests(DeliverStorage);
    public long PollTableWrites => Writes(PollStorage);

    public string Summary() =>
        $"{ChangedFeeds} changed, {SourcesPolled} polled ({NotModified} x 304), {Deliveries} deliveries; {TotalMs} ms (timer {TimerMs}, poll {PollMs}, deliver {DeliverMs}); " +
        $"storage requests {StorageRequests} (poll phase: {string.Join(", ", PollStorage.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"))}; " +
        $"deliver phase: {string.Join(", ", DeliverStorage.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}"))}); max queue {MaxSourcesQueue}/{MaxDeliveriesQueue}";
}
