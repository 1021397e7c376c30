using System.Text.Json;
using System.Text.Json.Serialization;
using Watcher.Core.Matching;

namespace Watcher.Core.Facts;

/// <summary>Everything `watcher extract` reports for one article: matching default topics, tariff measures and diplomatic events.</summary>
public static class FactExtractor
{
    public static ExtractResult Extract(string text, ITopicMatcher? matcher = null) =>
        Extract(text, (matcher ?? QueryTopicMatcher.Default).Match(string.Empty, text).Select(m => m.Topic).ToList());

    /// <summary>The article's measures and events for topics already matched, within the match budget (<see cref="MatchBudget"/>).</summary>
    public static ExtractResult Extract(string text, IReadOnlyList<string> topics) =>
        new(topics, MatchBudget.OrElse(() => TariffExtractor.Extract(text), []), MatchBudget.OrElse(() => EventExtractor.Extract(text), []));

    /// <summary>As <see cref="Extract(string, IReadOnlyList{string})"/>, and the measures as stated sentence by sentence (no headline
    /// folded into the body's measure) from the same reading, or none when the reading ran out of time.</summary>
    internal static (ExtractResult Result, IReadOnlyList<TariffMeasure>? AsStated) ExtractWithStated(string text, IReadOnlyList<string> topics)
    {
        List<TariffMeasure>? asStated = null;
        var measures = MatchBudget.OrElse(() =>
        {
            var stated = new List<TariffMeasure>();
            var restated = TariffExtractor.Extract(text, headlineRestated: true, stated);
            asStated = stated;
            return restated;
        }, []);
        return (new(topics, measures, MatchBudget.OrElse(() => EventExtractor.Extract(text), [])), asStated);
    }
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
