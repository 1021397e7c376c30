using System.Diagnostics;
using System.Text.Json;
using Watcher.Core.Facts;

namespace Watcher.Benchmarks;

/// <summary>
/// Session 16 (pipe16): how many items a starved host drops under the regex budget, by the old rule (every timeout a
/// strike, two strikes drop) and the new (a timeout that used under half its budget in thread CPU is a starved thread,
/// tried again without a strike). The process's match timeout is set low (so that a loaded machine's descheduling shows
/// at a sample's scale), items are read on many more threads than cores while busy threads spin, and each item is read by
/// both rules one after the other, under the same load. Usage (from tests/Watcher.Benchmarks):
/// dotnet run -c Release -- --starved TIMEOUT_MS READERS SPINNERS SET.jsonl [SET.jsonl …]
/// </summary>
public static class StarvationProbe
{
    public static void Run(int timeoutMs, int readers, int spinners, IReadOnlyList<string> sets)
    {
        AppContext.SetData(MatchBudget.Switch, TimeSpan.FromMilliseconds(timeoutMs)); // before any regex is built
        var items = sets.SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var root = doc.RootElement;
            return (root.GetProperty("title").GetString() ?? "") + "\n" + (root.TryGetProperty("text", out var t) ? t.GetString() : "");
        }).ToList();
        using var stop = new CancellationTokenSource();
        var spin = Enumerable.Range(0, spinners).Select(_ => new Thread(() => { var x = 0L; while (!stop.IsCancellationRequested) x++; }) { IsBackground = true }).ToList();
        spin.ForEach(t => t.Start());
        int oldDropped = 0, newDropped = 0, starved = 0, blowUps = 0, oldRetries = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = readers }, text =>
        {
            Func<int> read = () => TariffExtractor.Extract(MatchBudget.Head(text)).Count + EventExtractor.Extract(MatchBudget.Head(text)).Count;
            MatchBudget.OrElse(read, -1, () => null, out var oldOutcome, out var oldTries);
            MatchBudget.OrElse(read, -1, ThreadCpu.Now, out var newOutcome, out var newTries);
            if (oldOutcome == MatchBudget.Outcome.Dropped) Interlocked.Increment(ref oldDropped);
            if (newOutcome == MatchBudget.Outcome.Dropped) Interlocked.Increment(ref newDropped);
            Interlocked.Add(ref oldRetries, oldTries.Starved + oldTries.BlowUp);
            Interlocked.Add(ref starved, newTries.Starved);
            Interlocked.Add(ref blowUps, newTries.BlowUp);
        });
        stop.Cancel();
        Console.WriteLine($"{items.Count} items, timeout {timeoutMs} ms, {readers} readers + {spinners} spinners on {Environment.ProcessorCount} cores, "
            + $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"old rule (two timeouts drop): {oldDropped} dropped, {oldRetries} retries");
        Console.WriteLine($"new rule (thread CPU):        {newDropped} dropped, {starved} starved retries, {blowUps} blow-up retries");
    }
}
