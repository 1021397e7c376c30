using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Watcher.Core.Matching;
using Watcher.Signal.Benchmarks;

// `dotnet run -c Release -- quick [seconds] [cold] [explain]` interleaves the three rule counts round by round (so load on a shared machine
// hits them alike) and prints the median ms per MB and the ratio to 10 rules; anything else goes to BenchmarkDotNet.
// `-- extract [seconds]`: the tariff extractor's cost per item over the dev sets (labelled.jsonl, holdout.jsonl, holdout-2..8; never the
// unseen sets), median of rounds, in µs per item and µs per KB (docs/benchmarks.md, "Signal: tariff extraction per item").
if (args is ["extract", ..])
{
    var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
    var texts = Corpus.DevSetTexts();
    var kb = texts.Sum(t => (long)t.Length) / 1024.0;
    var perItem = new List<double>();
    var cpuPerItem = new List<double>();
    var measures = 0;
    using var process = Process.GetCurrentProcess();
    var clock = Stopwatch.StartNew();
    for (var round = 0; clock.Elapsed.TotalSeconds < seconds || round < 5; round++)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var t = Stopwatch.GetTimestamp();
        measures = 0;
        foreach (var text in texts) measures += Watcher.Core.Facts.TariffExtractor.Extract(text).Count;
        perItem.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds * 1000 / texts.Count);
        process.Refresh();
        cpuPerItem.Add((process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / texts.Count);
    }
    perItem.Sort();
    cpuPerItem.Sort();
    var median = perItem[perItem.Count / 2];
    // on a loaded machine the CPU time a round takes is steadier than its wall time
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{texts.Count} items, {kb:F0} KB, {measures} measures, {perItem.Count} rounds: wall median {median:F1} µs/item (min {perItem[0]:F1}), {median * texts.Count / kb:F1} µs/KB; CPU median {cpuPerItem[cpuPerItem.Count / 2]:F1} µs/item (min {cpuPerItem[0]:F1})"));
    return;
}

if (args is ["quick", ..])
{
    var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
    var cold = args.Contains("cold");
    var explain = args.Contains("explain");
    var items = Corpus.Items();
    var mb = Corpus.Bytes(items) / (double)(1 << 20);
    var counts = new[] { 10, 100, 1000 };
    var sets = counts.Select(n => new RuleSet(Corpus.Rules(n, items, cold))).ToArray();
    var full = counts.Select(_ => new List<double>()).ToArray();
    var scan = counts.Select(_ => new List<double>()).ToArray();
    var explained = counts.Select(_ => new List<double>()).ToArray();
    var matches = new double[counts.Length];
    var cpuTimes = counts.Select(_ => new List<double>()).ToArray();
    using var process = Process.GetCurrentProcess();
    var clock = Stopwatch.StartNew();
    for (var round = 0; clock.Elapsed.TotalSeconds < seconds || round < 4; round++)
        for (var k = 0; k < sets.Length; k++)
        {
            var t = Stopwatch.GetTimestamp();
            var cpu = process.TotalProcessorTime;
            var m = 0;
            foreach (var (title, text) in items) m += sets[k].Match(title, text).Count;
            var fullMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / mb;
            t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in items) sets[k].Match(title, text, _ => false);
            var scanMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            // With `explain`: every match's explanation read as well (what it costs if every match were shown in an alert).
            var explainedMs = 0.0;
            if (explain)
            {
                t = Stopwatch.GetTimestamp();
                foreach (var (title, text) in items)
                    foreach (var match in sets[k].Match(title, text)) _ = match.Hits.Count;
                explainedMs = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            }
            if (round < 2) continue; // warm-up (tiered JIT)
            explained[k].Add(explainedMs);
            full[k].Add(fullMs);
            cpuTimes[k].Add(cpuMs);
            scan[k].Add(scanMs);
            matches[k] = m / (double)items.Count;
        }
    static double Median(List<double> xs) { xs.Sort(); return xs[xs.Count / 2]; }
    var baseline = Median(full[0]);
    var cpuBaseline = Median(cpuTimes[0]);
    Console.WriteLine($"{(cold ? "cold" : "hot")} rules, {items.Count} items, {mb:F2} MB, {full[0].Count} interleaved rounds");
    var explainedBaseline = Math.Max(Median(explained[0]), 1e-9);
    Console.WriteLine("| rules | trie patterns | scan + candidates, ms/MB | full match, ms/MB (median) | ratio to 10 rules | process CPU, ms/MB (median) | CPU ratio | every match explained, ms/MB | its ratio | matches per item |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (var k = 0; k < sets.Length; k++)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {counts[k]:N0} | {sets[k].PatternCount:N0} | {Median(scan[k]):F1} | {Median(full[k]):F1} | {Median(full[k]) / baseline:F2}× | {Median(cpuTimes[k]):F1} | {Median(cpuTimes[k]) / cpuBaseline:F2}× | {Median(explained[k]):F1} | {Median(explained[k]) / explainedBaseline:F2}× | {matches[k]:F2} |"));
    return;
}
if (args is ["profile", var count])
{
    var items = Corpus.Items();
    var set = new RuleSet(Corpus.Rules(int.Parse(count, CultureInfo.InvariantCulture), items));
    var clock = Stopwatch.StartNew();
    var rounds = 0;
    var alloc = GC.GetTotalAllocatedBytes();
    while (clock.Elapsed.TotalSeconds < 15) { foreach (var (title, text) in items) set.Match(title, text); rounds++; }
    Console.WriteLine($"{rounds} rounds, {clock.Elapsed.TotalMilliseconds / rounds:F1} ms/round, gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds / rounds:F1} ms/round, {(GC.GetTotalAllocatedBytes() - alloc) / rounds / 1e6:F1} MB/round, server {System.Runtime.GCSettings.IsServerGC}");
    return;
}
// `-- parts [seconds] [cold]`: where the time goes, interleaved like `quick`: tokenising alone, the trie over tokens
// already made (a trie of the rules' own patterns), scan + candidates (Match with no rule accepted) and the full match.
if (args is ["parts", ..])
{
    var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
    var cold = args.Contains("cold");
    var items = Corpus.Items();
    var mb = Corpus.Bytes(items) / (double)(1 << 20);
    var counts = new[] { 10, 100, 1000 };
    var rules = counts.Select(n => Corpus.Rules(n, items, cold)).ToArray();
    var sets = rules.Select(r => new RuleSet(r)).ToArray();
    var tries = rules.Select(Parts.Trie).ToArray();
    var noPrefix = rules.Select(r => Parts.Trie(r, p => !p.Any(t => t.EndsWith('*')))).ToArray();
    var single = rules.Select(r => Parts.Trie(r, p => p.Length == 1 && !p[0].EndsWith('*'))).ToArray();
    var tokens = items.Select(i => (Tokenizer.Tokenize(i.Title), Tokenizer.Tokenize(i.Text))).ToList();
    var names = new[] { "tokenise", "trie over tokens", "scan + candidates", "full match", "trie without prefixes", "trie of single words only" };
    var times = counts.Select(_ => names.Select(_ => new List<double>()).ToArray()).ToArray();
    var found = new List<(int, int, int)>();
    var clock = Stopwatch.StartNew();
    for (var round = 0; clock.Elapsed.TotalSeconds < seconds || round < 4; round++)
        for (var k = 0; k < counts.Length; k++)
        {
            var t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in items) { Tokenizer.Tokenize(title); Tokenizer.Tokenize(text); }
            var a = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in tokens) { found.Clear(); tries[k].Scan(title, found); tries[k].Scan(text, found); }
            var b = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in items) sets[k].Match(title, text, _ => false);
            var c = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in items) sets[k].Match(title, text);
            var d = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in tokens) { found.Clear(); noPrefix[k].Scan(title, found); noPrefix[k].Scan(text, found); }
            var e = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            t = Stopwatch.GetTimestamp();
            foreach (var (title, text) in tokens) { found.Clear(); single[k].Scan(title, found); single[k].Scan(text, found); }
            var f = Stopwatch.GetElapsedTime(t).TotalMilliseconds / mb;
            if (round < 2) continue;
            times[k][0].Add(a); times[k][1].Add(b); times[k][2].Add(c); times[k][3].Add(d); times[k][4].Add(e); times[k][5].Add(f);
        }
    static double Mid(List<double> xs) { xs.Sort(); return xs[xs.Count / 2]; }
    Console.WriteLine($"{(cold ? "cold" : "hot")} rules, median ms/MB over {times[0][0].Count} interleaved rounds");
    Console.WriteLine("| rules | " + string.Join(" | ", names) + " |");
    for (var k = 0; k < counts.Length; k++)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {counts[k]:N0} | {string.Join(" | ", times[k].Select(x => Mid(x).ToString("F1", CultureInfo.InvariantCulture)))} |"));
    return;
}
// `-- dump FILE` writes every match with its explanation (to check that an optimisation changes no result).
if (args is ["dump", var file])
{
    var items = Corpus.Items().Take(400).ToList();
    using var w = new StreamWriter(file);
    foreach (var n in new[] { 10, 100, 1000 })
    {
        var set = new RuleSet(Corpus.Rules(n, items));
        for (var i = 0; i < items.Count; i++)
            foreach (var m in set.Match(items[i].Title, items[i].Text))
                w.WriteLine($"{n} {i} {m.Rule} {string.Join(' ', m.Hits.Select(h => $"{h.TermId}:{h.Field}:{h.FirstToken}-{h.LastToken}"))}");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(MatchingBenchmarks).Assembly).Run(args);
