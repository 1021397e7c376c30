using System.Diagnostics;
using System.Globalization;
using Watcher.Azure.Email;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Digests;
using Watcher.Core.Matching;
using Watcher.Core.State;

// Composes N personalised digests (each subscriber: own name, address, topics, links; 15 of 200 stories, some
// updated), then the same alerts as the instant e-mails they replace (the baseline), then the digests again
// serialised to SendGrid's JSON. Prints time, allocations and peak working set.
var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
const int perDigest = 15;
var rng = new Random(42);
var topics = new[] { "tariffs", "summits", "sanctions", "trade-deals" };
var pool = Enumerable.Range(0, 200).Select(i => new Alert
{
    Id = $"s-{i}-r0", Kind = i % 10 == 0 ? AlertKinds.TariffChanged : AlertKinds.NewStory, StoryId = $"s-{i}", SourceId = "wire", SourceName = $"Wire {i % 7}",
    Title = $"Story {i}: Canada and China trade measures, round {i} of talks on electric vehicles and canola",
    Link = $"https://news.example/{i}", SourceCount = 1 + i % 5, Detected = DateTimeOffset.UnixEpoch.AddMinutes(i),
    Summary = string.Join(' ', Enumerable.Repeat("Officials said the measure would take effect next month after consultations with industry & <partners>.", 3)),
    Matches = [new TopicMatch(topics[i % topics.Length], ["tariff"], string.Empty)],
    Changes = i % 4 == 0 ? ["- The measure applies from August.", "+ The measure applies from October 1."] : [],
}).ToArray();
var links = new EmailLinks(new EmailOptions { BaseUrl = "https://watcher.example.org" }, new UnsubscribeTokens(new byte[32]));
var subs = Enumerable.Range(0, n).Select(i => new Subscription
{
    Id = $"sub-{i}", Channel = "email", Target = $"person{i}@example.com", DisplayName = $"Person {i}", Cadence = Cadences.Daily,
    Topics = [topics[i % 4], topics[(i + 1) % 4]], TimeZone = "Europe/Berlin",
}).ToArray();
var picks = subs.Select(_ => Enumerable.Range(0, perDigest).Select(_ => pool[rng.Next(pool.Length)]).ToArray()).ToArray();
var sendGrid = new SendGridOptions { ApiKey = "SG.x", From = "alerts@watcher.example" };

for (var round = 0; round < 3; round++) for (var i = 0; i < 2000; i++) Digest(i); // warm-up past tiered JIT, not counted
var digests = Measure($"{n:N0} digests composed ({perDigest} alerts each)", () => { long b = 0; for (var i = 0; i < n; i++) b += Digest(i); return b; });
var instants = Measure($"baseline: the {n * perDigest:N0} instant e-mails they replace", () =>
{
    long b = 0;
    for (var i = 0; i < n; i++)
        foreach (var a in picks[i]) { var m = EmailComposer.InstantAlert(a, subs[i], "d-x", links); b += m.Html.Length + m.Text.Length; }
    return b;
});
var json = Measure($"{n:N0} digests composed and serialised as SendGrid JSON", () =>
{
    long b = 0;
    for (var i = 0; i < n; i++) b += SendGridEmailTransport.ToSendGrid(Compose(i), sendGrid).Serialize().Length;
    return b;
});
Console.WriteLine($"ratio digest / the instant e-mails it replaces: {digests.Elapsed.TotalMilliseconds / instants.Elapsed.TotalMilliseconds:F2}");
Console.WriteLine($"average digest: {digests.Output / n / 1024.0:F1} KiB of HTML+text");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");

long Digest(int i) { var m = Compose(i); return m.Html.Length + m.Text.Length; }

EmailMessage Compose(int i) => DigestComposer.Compose(
    new DigestRequest(subs[i], "Daily digest, Sat 28 Nov", HoldReason.Digest, picks[i], $"d-{i}"), links);

static (TimeSpan Elapsed, long Output) Measure(string what, Func<long> work)
{
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var sw = Stopwatch.StartNew();
    var output = work();
    sw.Stop();
    var alloc = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine($"{what}: {sw.Elapsed.TotalSeconds:F2} s, {alloc / 1048576.0:F0} MiB allocated, {output / 1048576.0:F0} MiB output");
    return (sw.Elapsed, output);
}
