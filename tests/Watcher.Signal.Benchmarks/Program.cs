using System.Diagnostics;
using BenchmarkDotNet.Running;
using Watcher.Core.Matching;
using Watcher.Signal.Benchmarks;

// `dotnet run -c Release -- quick` gives a rough Stopwatch table in seconds; anything else goes to BenchmarkDotNet.
if (args is ["quick", ..])
{
    var items = Corpus.Items();
    var mb = Corpus.Bytes(items) / (double)(1 << 20);
    foreach (var n in new[] { 10, 100, 1000 })
    {
        var set = new RuleSet(Corpus.Rules(n, items));
        var matches = 0;
        foreach (var (t, x) in items) matches += set.Match(t, x).Count; // warm-up
        var sw = Stopwatch.StartNew();
        const int rounds = 5;
        for (var r = 0; r < rounds; r++) foreach (var (t, x) in items) set.Match(t, x);
        sw.Stop();
        var scanOnly = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var (t, x) in items) set.Match(t, x, _ => false);
        scanOnly.Stop();
        var tokenize = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var (t, x) in items) { Tokenizer.Tokenize(t); Tokenizer.Tokenize(x); }
        tokenize.Stop();
        Console.WriteLine($"{n,5} rules: tokenizing {tokenize.Elapsed.TotalMilliseconds / rounds / mb,6:F1} ms/MB; + trie scan and candidate lookup {scanOnly.Elapsed.TotalMilliseconds / rounds / mb,6:F1} ms/MB");
        Console.WriteLine($"{n,5} rules, {set.PatternCount,6} patterns: full match {sw.Elapsed.TotalMilliseconds / rounds / mb,6:F1} ms/MB, {matches / (double)items.Count:F2} matches/item");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(MatchingBenchmarks).Assembly).Run(args);
