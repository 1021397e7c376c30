using System.Text.Json;
using System.Text.Json.Serialization;
using Watcher.Core.Matching;

namespace Watcher.Core.Facts;

/// <summary>Everything `watcher extract` reports for one article: matching default topics, tariff measures and diplomatic events.</summary>
public static class FactExtractor
{
    /// <param name="sourceCountry">The outlet's country, if it has one (<see cref="TariffExtractor.Extract(string, string?)"/>).</param>
    public static ExtractResult Extract(string text, ITopicMatcher? matcher = null, string? sourceCountry = null) =>
        Extract(text, (matcher ?? QueryTopicMatcher.Default).Match(string.Empty, text).Select(m => m.Topic).ToList(), sourceCountry);

    /// <summary>The article's measures and events for topics already matched, within the match budget (<see cref="MatchBudget"/>).</summary>
    public static ExtractResult Extract(string text, IReadOnlyList<string> topics, string? sourceCountry = null) =>
        new(topics, MatchBudget.OrElse(() => TariffExtractor.Extract(text, sourceCountry), []), MatchBudget.OrElse(() => EventExtractor.Extract(text), []));

    /// <summary>The same, finished from a reading of the article another reader may have started (<see cref="TariffExtractor.ItemReading"/>).</summary>
    internal static ExtractResult Extract(TariffExtractor.ItemReading reading, IReadOnlyList<string> topics) =>
        new(topics, MatchBudget.OrElse(() => reading.Measures(headlineRestated: true), []), MatchBudget.OrElse(() => EventExtractor.Extract(reading.Text), []));
}

/// <summary>The `extract --json` document (see CONTRACTS.md): one compact JSON object per article.</summary>
public static class ExtractJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExtractResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Writes the document and a newline.</summary>
    public static void Write(TextWriter writer, ExtractResult result) => writer.WriteLine(Serialize(result));
}
