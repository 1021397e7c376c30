using Xunit.Abstractions;
using System.Text;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Runs the extractor (the entry point <see cref="QualityTests"/> scores) over <see cref="ExtractionGrid"/>: a row is right when
/// every expected measure is found (imposer, target, rate and product, paired as the quality sets are) and nothing else is.
/// Prints the share of right rows per value of every dimension, so a brittle verb, order or rate format shows as a low line.
/// Set WATCHER_GRID_REPORT to a file path to get the breakdown and every failing row written there.
/// </summary>
public class ExtractionGridTests(ITestOutputHelper output)
{
    // Floors: the measured figures rounded down (docs/quality.md "Session 10 (extract15)"). Raise them when the grid improves.
    private const double RowAccuracyFloor = 0.99;
    private const double MeasureF1Floor = 0.99;

    public sealed record Outcome(GridRow Row, bool Right, int Tp, int Fp, int Fn, string Got);

    public static List<Outcome> Run() =>
        ExtractionGrid.Build().Select(row =>
        {
            var got = TariffExtractor.Extract(row.Text);
            var (matched, missed, spurious) = QualityTests.Pair(row.Expected, got);
            return new Outcome(row, missed.Count == 0 && spurious.Count == 0, matched, spurious.Count, missed.Count, MeasureKeys(got));
        }).ToList();

    private static string MeasureKeys(IReadOnlyList<TariffMeasure> got) => got.Count == 0 ? "(nothing)" : string.Join(" | ", got.Select(MeasureKey.Of));

    [Fact]
    public void Grid_is_deterministic_and_sized()
    {
        var a = ExtractionGrid.Build();
        var b = ExtractionGrid.Build();
        Assert.Equal(a.Select(r => r.Text), b.Select(r => r.Text));
        Assert.InRange(a.Count, 300, 3000);
    }

    [Fact]
    public void Extraction_holds_across_the_paraphrase_grid()
    {
        var outcomes = Run();
        var report = Report(outcomes);
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("WATCHER_GRID_REPORT") is { Length: > 0 } path)
            File.WriteAllText(path, report + "\n" + Failures(outcomes));

        var positives = outcomes.Where(o => o.Row.Expected.Count > 0).ToList();
        var accuracy = (double)positives.Count(o => o.Right) / positives.Count;
        var (tp, fp, fn) = (outcomes.Sum(o => o.Tp), outcomes.Sum(o => o.Fp), outcomes.Sum(o => o.Fn));
        var f1 = 2.0 * tp / (2 * tp + fp + fn);
        Assert.True(accuracy >= RowAccuracyFloor, $"grid row accuracy {accuracy:F3} < {RowAccuracyFloor}\n{report}");
        Assert.True(f1 >= MeasureF1Floor, $"grid measure F1 {f1:F3} < {MeasureF1Floor}\n{report}");
        // a sentence that states no measure under the conventions must give none
        var wrongNegatives = outcomes.Where(o => o.Row.Expected.Count == 0 && !o.Right).Select(o => $"{o.Row.Text} → {o.Got}").ToList();
        Assert.True(wrongNegatives.Count == 0, "negative rows gave measures:\n" + string.Join("\n", wrongNegatives));
    }

    /// <summary>Per dimension, per value: rows right / rows, for the rows that state a measure; then the negatives.</summary>
    public static string Report(List<Outcome> outcomes)
    {
        var sb = new StringBuilder();
        var positives = outcomes.Where(o => o.Row.Expected.Count > 0).ToList();
        var negatives = outcomes.Where(o => o.Row.Expected.Count == 0).ToList();
        var (tp, fp, fn) = (outcomes.Sum(o => o.Tp), outcomes.Sum(o => o.Fp), outcomes.Sum(o => o.Fn));
        sb.AppendLine($"rows {outcomes.Count} ({positives.Count} stating a measure, {negatives.Count} negative); "
            + $"rows right {positives.Count(o => o.Right)}/{positives.Count} = {(double)positives.Count(o => o.Right) / positives.Count:F3}; "
            + $"measures tp {tp}, fp {fp}, fn {fn}, F1 {2.0 * tp / (2 * tp + fp + fn):F3}; negatives right {negatives.Count(o => o.Right)}/{negatives.Count}");
        foreach (var dim in new[] { "kind", "voice", "order", "rate format", "noun", "naming", "goods", "position", "distractor", "frame" })
        {
            sb.AppendLine();
            sb.AppendLine($"| {dim} | right / rows | share |");
            sb.AppendLine("| --- | --- | --- |");
            foreach (var g in positives.GroupBy(o => o.Row.Dims[dim]).OrderBy(g => (double)g.Count(o => o.Right) / g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
                sb.AppendLine($"| {g.Key} | {g.Count(o => o.Right)} / {g.Count()} | {(double)g.Count(o => o.Right) / g.Count():F3} |");
        }
        sb.AppendLine();
        sb.AppendLine("| negative | right / rows |");
        sb.AppendLine("| --- | --- |");
        foreach (var g in negatives.GroupBy(o => o.Row.Dims["frame"]))
            sb.AppendLine($"| {g.Key}: {g.First().Row.Text} | {g.Count(o => o.Right)} / {g.Count()} |");
        return sb.ToString();
    }

    private static string Failures(List<Outcome> outcomes) =>
        string.Join("\n", outcomes.Where(o => !o.Right).Select(o =>
            $"[{o.Row.Dims["frame"]}] {o.Row.Text}\n    want {(o.Row.Expected.Count == 0 ? "(nothing)" : string.Join(" | ", o.Row.Expected.Select(w => $"{w.Imposer}>{w.Target} {w.Rate}% {w.Product}")))}\n    got  {o.Got}"));
}
