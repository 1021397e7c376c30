using Watcher.Core.Feeds;
using Xunit.Abstractions;

namespace Watcher.Core.Tests.Conformance;

public class ConformanceTests(ITestOutputHelper output)
{
    /// <summary>The measured pass rate of the non-sanitize feedparser rows, rounded down: a regression fails this test.</summary>
    private const double FeedparserFloor = 0.992;
    private const double GofeedFloor = 0.99;

    [Fact]
    public void Feedparser_field_rows_pass_at_least_the_floor()
    {
        var rows = FeedparserCorpus.Rows.Where(r => r.Category != "sanitize").ToList();
        foreach (var fail in rows.Where(r => !r.Pass).Take(400))
            output.WriteLine($"FAIL {fail.File} {fail.Field}: expected «{fail.Expected}» got «{fail.Actual}»");
        var rate = rows.Count(r => r.Pass) / (double)rows.Count;
        output.WriteLine($"{rows.Count(r => r.Pass)}/{rows.Count} = {rate:P2}");
        Assert.True(rate >= FeedparserFloor, $"feedparser conformance {rate:P2} fell below the floor {FeedparserFloor:P2}");
    }

    [Fact]
    public void Sanitize_rows_never_let_active_content_through()
    {
        var rows = FeedparserCorpus.Rows.Where(r => r.Category == "sanitize" && r.Field != "bozo").ToList();
        var unsafeRows = rows.Where(r => !r.Pass).ToList();
        foreach (var r in unsafeRows) output.WriteLine($"UNSAFE {r.File}: {r.Actual}");
        Assert.NotEmpty(rows);
        Assert.Empty(unsafeRows);
    }

    [Fact]
    public void Gofeed_rows_pass_at_least_the_floor()
    {
        var rows = GofeedCorpus.Rows;
        foreach (var fail in rows.Where(r => !r.Pass))
            output.WriteLine($"FAIL {fail.File} {fail.Field}: expected «{fail.Expected}» got «{fail.Actual}»");
        var rate = rows.Count(r => r.Pass) / (double)rows.Count;
        output.WriteLine($"{rows.Count(r => r.Pass)}/{rows.Count} = {rate:P2}");
        Assert.True(rate >= GofeedFloor, $"gofeed conformance {rate:P2} fell below the floor {GofeedFloor:P2}");
    }

    /// <summary>Every file of both corpora either parses or fails with a <see cref="FeedParseException"/>, within the time cap.</summary>
    [Fact]
    public void No_corpus_file_crashes_or_hangs_the_parser()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Paths.Corpora, "feedparser"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Paths.Corpora, "gofeed"), "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".xml" or ".json" or ".rss" or ".atom" or ".rdf" or "")
            .ToList();
        var options = FeedParserOptions.Default with { TimeLimit = TimeSpan.FromSeconds(2) };
        var crashes = new List<string>();
        foreach (var file in files)
        {
            try { FeedParser.Parse(File.ReadAllBytes(file), new Uri("http://127.0.0.1/feed"), options); }
            catch (FeedParseException) { }
            catch (Exception ex) { crashes.Add($"{file}: {ex.GetType().Name}: {ex.Message}"); }
        }
        foreach (var c in crashes) output.WriteLine(c);
        Assert.True(files.Count > 1800, $"only {files.Count} corpus files found under {Paths.Corpora}");
        Assert.Empty(crashes);
    }

    /// <summary>Regenerates docs/conformance.md when WATCHER_WRITE_DOCS=1 (otherwise only checks it renders).</summary>
    [Fact]
    public void Conformance_report_renders()
    {
        var markdown = ConformanceReport.Render(FeedparserCorpus.Rows, GofeedCorpus.Rows);
        Assert.Contains("| entries[0].title |", markdown);
        if (Environment.GetEnvironmentVariable("WATCHER_WRITE_DOCS") == "1")
            File.WriteAllText(Path.Combine(Paths.RepoRoot, "docs", "conformance.md"), markdown);
    }
}
