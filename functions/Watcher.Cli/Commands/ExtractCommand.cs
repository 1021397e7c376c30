using Watcher.Core.Facts;
using Watcher.Core.Sources;

namespace Watcher.Cli.Commands;

/// <summary>`watcher extract FILE-or--... [--country XX]`: tariff measures, diplomatic events and default topics of plain-text
/// articles; <c>--country</c> is the outlet's country, as a source's <c>country</c> in sources.json.</summary>
public static class ExtractCommand
{
    public static async Task<int> RunAsync(CommandLine cmd, CancellationToken ct)
    {
        var json = cmd.Flag("json");
        var country = cmd.Option("country");
        cmd.EnsureAllUsed();
        if (country is not null && !SourceCountry.IsValid(country))
            throw new UsageException($"--country takes a country's ISO-2 code or a party id such as EU, not '{country}'");
        var inputs = cmd.Positionals.Count > 0 ? cmd.Positionals : ["-"];
        var worst = ExitCodes.Ok;
        foreach (var input in inputs)
        {
            string text;
            try
            {
                text = input == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(input, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"watcher: {input}: {ex.Message}");
                if (json) Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { input, error = ex.Message }));
                worst = Math.Max(worst, ExitCodes.Failure);
                continue;
            }
            var result = FactExtractor.Extract(text, sourceCountry: country);
            if (json)
            {
                ExtractJson.Write(Console.Out, result);
                continue;
            }
            Console.Out.WriteLine($"{input}: topics {(result.Topics.Count > 0 ? string.Join(", ", result.Topics) : "(none)")}");
            foreach (var m in result.Measures)
                Console.Out.WriteLine($"  tariff  {m.Imposer} → {m.Target}  {m.Rate}{(m.RateUnit == "percent" ? "%" : " " + m.RateUnit)}  {string.Join(", ", m.Products)}  ({m.Action}{(m.Date is null ? string.Empty : ", " + m.Date)})");
            foreach (var e in result.Events)
                Console.Out.WriteLine($"  {e.Type,-7} {string.Join(" – ", e.Participants)}{(e.Place is null ? string.Empty : " in " + e.Place)}");
        }
        return worst;
    }
}
