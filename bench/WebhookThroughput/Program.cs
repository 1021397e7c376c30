// Signed webhook deliveries per second from the local host's services to a Kestrel receiver on 127.0.0.1.
//   sender    : WebhookSender.SendAsync with the endpoint in hand (serialize, sign, POST)
//   channel   : WebhookChannel.SendAsync alone (CloudEvent + HMAC signature + HTTP POST), endpoint kept in memory
//   ledger    : DeliveryDispatcher.DeliverAsync per id over Azurite tables (claim, send, record), as DeliverAlert does
//   local host: the poll cycle's RecordAsync, then LocalCycleRunner's DeliverManyAsync + SweepAsync: the full path
// Table requests are counted at the client (a pipeline policy) and reported per delivery.
// The receiver checks every signature (HMAC over "{id}.{timestamp}.{body}") and counts mismatches.
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Watcher.Azure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Webhooks;
using Watcher.Core.Delivery;
using Watcher.Core.Matching;
using Watcher.Core.State;
using Watcher.Core.Webhooks;

var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16;

var root = new DirectoryInfo(Directory.GetCurrentDirectory());
while (root is not null && !File.Exists(Path.Combine(root.FullName, "Watcher.sln"))) root = root.Parent;
if (root is null) throw new InvalidOperationException("run from inside the repository");

// The receiver: verifies each signature with the secret it was given at registration.
string? secret = null;
long received = 0, badSignatures = 0;
var rb = WebApplication.CreateSlimBuilder();
rb.Logging.ClearProviders();
rb.WebHost.UseUrls("http://127.0.0.1:0");
var receiver = rb.Build();
receiver.Run(async ctx =>
{
    using var reader = new StreamReader(ctx.Request.Body);
    var body = await reader.ReadToEndAsync();
    var id = ctx.Request.Headers["webhook-id"].ToString();
    var ts = ctx.Request.Headers["webhook-timestamp"].ToString();
    var sigs = ctx.Request.Headers["webhook-signature"].ToString().Split(' ');
    if (secret is not null)
    {
        var mac = "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret[6..]), Encoding.UTF8.GetBytes($"{id}.{ts}.{body}")));
        if (!sigs.Contains(mac)) Interlocked.Increment(ref badSignatures);
    }
    Interlocked.Increment(ref received);
    ctx.Response.StatusCode = 204;
});
await receiver.StartAsync();
var url = receiver.Urls.First() + "/hook";

await using var azurite = await Azurite.StartEphemeralAsync(root.FullName, TextWriter.Null);
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddWatcherConfiguration(new Dictionary<string, string?>
{
    ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
    ["Watcher:Net:AllowPrivateAddresses"] = "true",
});
builder.AddWatcherServices(LogLevel.Error);
// Every Table request the services make goes through this counter (the last registration wins).
var requests = new CountingPolicy();
var tableOptions = new TableClientOptions();
tableOptions.AddPolicy(requests, HttpPipelinePosition.PerRetry);
builder.Services.AddSingleton(sp => StorageClients.Tables(sp.GetRequiredService<StorageOptions>(), tableOptions));
using var host = builder.Build();
var services = host.Services;
await services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
var registration = await services.GetRequiredService<WebhookManager>().RegisterAsync(url, []);
secret = registration.Secret;

Alert MakeAlert(int i) => new()
{
    Id = $"bench-{i}", Kind = AlertKinds.NewStory, Title = $"Canada imposes 100% tariff on Chinese EVs ({i})", SourceId = "wire", StoryId = $"s-{i}",
    Link = "https://example.com/ev", Summary = "Ottawa announced a 100% surtax on Chinese-made electric vehicles, matching US measures.",
    Matches = [new TopicMatch("tariffs", ["tariff"], "100% tariff")], Detected = DateTimeOffset.UtcNow,
};

async Task<double> Measure(string name, int n, int parallel, Func<int, Task> send)
{
    received = 0;
    var before = requests.Count;
    var sw = Stopwatch.StartNew();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < n) await send(i);
    }));
    sw.Stop();
    var rate = n / sw.Elapsed.TotalSeconds;
    Console.WriteLine($"{name,-34} workers {parallel,3}  {n,6} deliveries  {sw.Elapsed.TotalSeconds,7:0.00} s  {rate,8:0} /s  {(requests.Count - before) / (double)n,5:0.00} table requests each  (received {received}, bad signatures {badSignatures})");
    return rate;
}

// Warm-up (JIT, connection pool).
var channel = services.GetServices<IAlertChannel>().OfType<WebhookChannel>().Single();
var subscription = new Subscription { Id = WebhookManager.SubscriptionId(registration.Id), Channel = ChannelNames.Webhook, Target = registration.Id };
var alerts = Enumerable.Range(0, count).Select(MakeAlert).ToArray();
await Measure("warm-up", 200, 4, i => channel.SendAsync(alerts[i], subscription, $"warm-{i}"));

// Sender only: CloudEvent + signature + POST, the endpoint already in hand (the ceiling of the HTTP path).
var sender = services.GetRequiredService<WebhookSender>();
var endpoint = (await services.GetRequiredService<IWebhookEndpointStore>().GetAsync(registration.Id))!;
await Measure("sender (serialize + sign + POST)", count, 1, i => sender.SendAsync(endpoint, $"s1-{i}", AlertCloudEvent.Serialize(alerts[i])));
await Measure("sender (serialize + sign + POST)", count, workers, i => sender.SendAsync(endpoint, $"sn-{i}", AlertCloudEvent.Serialize(alerts[i])));

// Channel: adds the endpoint lookup (one Azurite point read per send), as in production.
await Measure("channel (sign + POST)", count, 1, i => channel.SendAsync(alerts[i], subscription, $"c1-{i}"));
await Measure("channel (sign + POST)", count, workers, i => channel.SendAsync(alerts[i], subscription, $"cn-{i}"));

// Through the ledger, one delivery per call (as the DeliverAlert function does per queue message): record the
// alerts, then DeliverAsync each id, one at a time and with parallel workers.
var dispatcher = services.GetRequiredService<DeliveryDispatcher>();
var ledger = services.GetRequiredService<IDeliveryLedger>();
var batch = 0;
// Alerts come in as 100 per source; `sources` of them record at once (PollCycle polls 16 sources at a time).
async Task<List<string>> Record(int n, int sources)
{
    var prefix = $"b{++batch}-";
    var chunks = alerts.Take(n).Select(a => a with { Id = prefix + a.Id }).Chunk(100).ToArray();
    var ids = new IReadOnlyList<string>[chunks.Length];
    await Parallel.ForEachAsync(Enumerable.Range(0, chunks.Length), new ParallelOptions { MaxDegreeOfParallelism = sources },
        async (i, _) => ids[i] = await dispatcher.RecordAsync(chunks[i]));
    return ids.SelectMany(x => x).ToList();
}
var perCall = await Record(count, 1);
var half = perCall.Count / 2;
await Measure("ledger, DeliverAsync per id", half, 1, i => dispatcher.DeliverAsync(perCall[i]));
await Measure("ledger, DeliverAsync per id", perCall.Count - half, workers, i => dispatcher.DeliverAsync(perCall[half + i]));

// The local host's path end to end: the poll cycle records the alerts (RecordAsync per source, 100 alerts each here,
// 16 sources at a time as PollCycle polls them),
// then LocalCycleRunner sends what it recorded (DeliverManyAsync, Watcher:Delivery:Parallelism at a time) and sweeps.
var sw = Stopwatch.StartNew();
received = 0;
var before = requests.Count;
var cycle = await Record(count, 16);
var recorded = sw.Elapsed;
var recordRequests = requests.Count - before;
var results = (await dispatcher.DeliverManyAsync(cycle)).Concat(await dispatcher.SweepAsync()).ToList();
sw.Stop();
var deliverSeconds = (sw.Elapsed - recorded).TotalSeconds;
var deliveredNow = results.Count(r => r.Outcome == DeliveryOutcome.Delivered);
var options = services.GetRequiredService<DeliveryOptions>();
Console.WriteLine($"local host: record                 {cycle.Count,6} rows        {recorded.TotalSeconds,7:0.00} s  {cycle.Count / recorded.TotalSeconds,8:0} /s  {recordRequests / (double)cycle.Count,5:0.00} table requests each");
Console.WriteLine($"local host: deliver (parallel {options.Parallelism,2})  {deliveredNow,6} deliveries  {deliverSeconds,7:0.00} s  {deliveredNow / deliverSeconds,8:0} /s  {(requests.Count - before - recordRequests) / (double)deliveredNow,5:0.00} table requests each  (received {received}, bad signatures {badSignatures})");
var endToEnd = deliveredNow / sw.Elapsed.TotalSeconds;
Console.WriteLine($"local host: record + deliver       {deliveredNow,6} deliveries  {sw.Elapsed.TotalSeconds,7:0.00} s  {endToEnd,8:0} /s  {(requests.Count - before) / (double)deliveredNow,5:0.00} table requests each");
Console.WriteLine($"  ratio to the 500/s target: deliver {deliveredNow / deliverSeconds / 500:0.00}x, record + deliver {endToEnd / 500:0.00}x");

var all = perCall.Concat(cycle).ToList();
var delivered = 0;
foreach (var id in all) if ((await ledger.GetAsync(id))!.Status == DeliveryStatus.Delivered) delivered++;
Console.WriteLine($"ledger rows delivered: {delivered}/{all.Count}; due-index rows left: {services.GetRequiredService<TableServiceClient>().GetTableClient(TableNames.DeliveryDue).Query<TableEntity>().Count()}; signature mismatches at the receiver: {badSignatures}");
await receiver.StopAsync();

/// <summary>Counts the HTTP requests the Table client sends (retries included).</summary>
sealed class CountingPolicy : HttpPipelineSynchronousPolicy
{
    private long _count;
    public long Count => Interlocked.Read(ref _count);
    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
