using System.Diagnostics;
using Watcher.Core.Stories;

namespace Watcher.Benchmarks;

/// <summary>
/// Story lookup cost among template stories, as the 1,000-feed farm writes them (bench/peers/farm.py: "{Country}
/// imposes {rate}% tariff on {Origin} {product}" with a wire lede and two stock sentences): every story is added the
/// way the poller does (look up, then add when nothing matched), then copies and fresh stories are looked up in the
/// full index. Prints microseconds per lookup and how many lookups matched. Fingerprinting is not timed.
/// Usage (from tests/Watcher.Benchmarks): dotnet run -c Release -- --story-lookup [stories] [decimal]
/// ("decimal": rates with decimals, 12.5% … 38.4%, so every story has a distinctive figure and its figure key is shared by
/// a quarter of the index: the worst case for figure keys).
/// </summary>
public static class StoryLookupProbe
{
    private static readonly string[] Countries = ["Canada", "China", "the United States", "Mexico", "Japan", "India", "Brazil", "Australia", "South Korea", "Indonesia",
        "Turkey", "South Africa", "Vietnam", "Argentina", "Chile", "Norway", "Switzerland", "the United Kingdom", "Egypt", "Nigeria", "Thailand", "Malaysia",
        "the Philippines", "Colombia", "Peru", "Kenya", "Morocco", "Pakistan", "Saudi Arabia", "New Zealand"];
    private static readonly string[] Origins = ["China", "Canada", "the United States", "Mexico", "Japan", "India", "Brazil", "Australia", "South Korea", "Indonesia",
        "Turkey", "Vietnam", "Germany", "France", "Italy", "Spain", "Russia", "Ukraine", "Thailand", "Malaysia"];
    private static readonly string[] Products = ["steel pipes", "aluminium sheet", "canola oil", "soybeans", "electric vehicles", "solar panels", "wind turbines",
        "softwood lumber", "dairy products", "wine", "beef", "pork", "shrimp", "rice", "coffee", "cocoa", "cotton yarn", "textiles", "footwear", "furniture", "tyres",
        "glass bottles", "ceramic tiles", "fertiliser", "copper wire", "lithium batteries", "semiconductors", "smartphones", "laptops", "washing machines",
        "refrigerators", "bicycles", "motorcycles", "trucks", "auto parts", "paper", "plywood", "cement", "sugar", "wheat"];
    private static readonly string[] Verbs = ["imposes", "raises", "sets", "announces", "slaps", "confirms"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Details = ["Exporters warned of lost contracts worth millions.", "Industry groups welcomed the decision after months of lobbying.",
        "Port authorities expect shipments to slow before the deadline.", "Farmers' unions called for compensation.", "The finance minister defended the measure in parliament.",
        "Analysts said retaliation was likely within weeks.", "Importers rushed cargo through customs ahead of the change.", "The trade commissioner promised a review next spring.",
        "Retail prices could climb as stocks run down.", "Opposition lawmakers demanded a vote on the policy.", "Shipping lines reported cancelled bookings.",
        "Economists expect a small dent in growth.", "Manufacturers plan to shift suppliers.", "Consumer associations criticised the timing.",
        "Diplomats held talks on the sidelines of a regional forum.", "The central bank flagged inflation risks.", "Trade lawyers expect a challenge at the WTO.",
        "Unions praised the protection for local jobs.", "Provincial leaders asked for exemptions.", "Customs officers will publish guidance on Friday."];

    public static async Task RunAsync(int stories, bool decimalRates = false)
    {
        var random = new Random(7);
        var combos = (from c in Enumerable.Range(0, Countries.Length) from o in Enumerable.Range(0, Origins.Length) from p in Enumerable.Range(0, Products.Length)
                      where Countries[c] != Origins[o] select (c, o, p)).OrderBy(_ => random.Next()).ToList();
        var items = new List<StoryFingerprint>(stories);
        var titles = new List<string>(stories);
        for (var i = 0; i < stories; i++)
        {
            var (c, o, p) = combos[i % combos.Count];
            var rate = decimalRates ? new[] { 12.5, 26.41, 38.4, 7.5 }[random.Next(4)] : new[] { 10, 25, 35, 50 }[random.Next(4)];
            var country = char.ToUpperInvariant(Countries[c][0]) + Countries[c][1..];
            var title = $"{country} {Verbs[random.Next(Verbs.Length)]} {rate}% tariff on {Origins[o]} {Products[p]}";
            var body = $"{country} said on {Days[random.Next(Days.Length)]} it will apply a {rate}% tariff on imports of {Products[p]} from {Origins[o]}, "
                + $"effective {Months[random.Next(Months.Length)]} {1 + i % 28}. {Details[random.Next(Details.Length)]} {Details[random.Next(Details.Length)]}";
            titles.Add(title);
            items.Add(StoryFingerprint.Of(title, body, $"https://news{i % 1000}.example/story/{i}"));
        }
        var index = new InMemoryStoryIndex();
        var matcher = new StoryMatcher(index);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var merged = 0;
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < items.Count; i++)
        {
            if (await matcher.FindAsync(items[i]) is { } hit)
            {
                merged++;
                if (Environment.GetEnvironmentVariable("PROBE_SHOW") is not null)
                    Console.WriteLine($"merged: {titles[i]} | {string.Join(";", items[i].Facts)}\n     => {titles[int.Parse(hit[2..], System.Globalization.CultureInfo.InvariantCulture)]} | {string.Join(";", items[int.Parse(hit[2..], System.Globalization.CultureInfo.InvariantCulture)].Facts)}");
            }
            else await matcher.AddAsync("s-" + i, items[i]);
        }
        var fill = clock.Elapsed;
        process.Refresh();
        var fillCpu = process.TotalProcessorTime - cpu;
        // Copies of stories already indexed (another outlet's URL) and the same stories again: each must find its own.
        var found = 0;
        const int Probes = 2000;
        process.Refresh();
        cpu = process.TotalProcessorTime;
        clock.Restart();
        for (var k = 0; k < Probes; k++)
        {
            var i = (int)((long)k * 7919 % items.Count);
            if (await matcher.FindAsync(items[i] with { UrlKey = null }) is not null) found++;
        }
        var probe = clock.Elapsed;
        process.Refresh();
        var probeCpu = process.TotalProcessorTime - cpu;
        var candidates = 0L;
        // A digest of every candidate set (ids sorted): two index implementations that must return the same candidates print the same digest.
        var digest = 1469598103934665603UL;
        for (var k = 0; k < Probes; k++)
        {
            var set = await index.CandidatesAsync(items[(int)((long)k * 7919 % items.Count)] with { UrlKey = null });
            candidates += set.Count;
            foreach (var ch in string.Join('\n', set.Select(c => c.StoryId).Order(StringComparer.Ordinal)) + "|") digest = (digest ^ ch) * 1099511628211UL;
        }
        Console.WriteLine($"fill: {stories} lookups+adds {fill.TotalMilliseconds:0} ms = {fill.TotalMicroseconds / stories:0} µs per lookup (CPU {fillCpu.TotalMicroseconds / stories:0} µs); {merged} merged (distinct stories: should be 0)");
        Console.WriteLine($"full index: {Probes} lookups {probe.TotalMilliseconds:0} ms = {probe.TotalMicroseconds / Probes:0} µs per lookup (CPU {probeCpu.TotalMicroseconds / Probes:0} µs); {found} found their story; {candidates / (double)Probes:0.0} candidates scored per lookup; candidate digest {digest:x16}");
    }
}
