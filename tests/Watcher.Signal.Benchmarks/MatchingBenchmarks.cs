using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Watcher.Core.Matching;

namespace Watcher.Signal.Benchmarks;

/// <summary>Match ~1 MB of news items against 10, 100 and 1,000 rules compiled into one <see cref="RuleSet"/>.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class MatchingBenchmarks
{
    private List<(string Title, string Text)> _items = [];
    private RuleSet _rules = null!;

    [Params(10, 100, 1000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _items = Corpus.Items();
        _rules = new RuleSet(Corpus.Rules(Rules, _items));
    }

    [Benchmark(Description = "match 1 MB")]
    public int MatchOneMegabyte()
    {
        var matched = 0;
        foreach (var (title, text) in _items) matched += _rules.Match(title, text).Count;
        return matched;
    }
}

/// <summary>In-process (no generated project to build: a busy 2-core machine timed that out) and short.</summary>
public sealed class ShortInProcess : ManualConfig
{
    public ShortInProcess() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6).WithToolchain(InProcessEmitToolchain.Instance));
}
