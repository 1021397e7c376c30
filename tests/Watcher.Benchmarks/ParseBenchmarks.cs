using BenchmarkDotNet.Attributes;

namespace Watcher.Benchmarks;

/// <summary>
/// One operation parses every document of the workload. All four run on the same documents: the feeds that
/// SyndicationFeed, CodeHollow.FeedReader and XmlReader all accept (so each baseline is measured only where it works).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<byte[]> docs = [];

    [Params("corpus", "realistic")]
    public string Workload { get; set; } = "corpus";

    [GlobalSetup]
    public void Setup() => docs = (Workload == "corpus" ? Workloads.Corpus() : Workloads.Realistic()).Documents;

    [Benchmark(Description = "Watcher FeedParser")]
    public int Watcher() => Run(Parsers.Watcher);

    [Benchmark(Description = "Watcher + ids")]
    public int WatcherIds() => Run(Parsers.WatcherIds);

    [Benchmark(Description = "Watcher + plain text")]
    public int WatcherPlainText() => Run(Parsers.WatcherPlainText);

    [Benchmark(Description = "Watcher + sanitised HTML")]
    public int WatcherSanitised() => Run(Parsers.WatcherSanitised);

    [Benchmark(Baseline = true, Description = "SyndicationFeed.Load")]
    public int Syndication() => Run(Parsers.SyndicationFeedLoad);

    [Benchmark(Description = "CodeHollow.FeedReader")]
    public int CodeHollow() => Run(Parsers.CodeHollow);

    [Benchmark(Description = "XmlReader read-to-end")]
    public int XmlReaderToEnd() => Run(Parsers.XmlReaderToEnd);

    private int Run(Func<byte[], int> parse)
    {
        var n = 0;
        foreach (var d in docs) n += parse(d);
        return n;
    }
}
