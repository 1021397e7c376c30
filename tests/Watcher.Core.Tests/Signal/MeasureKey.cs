using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>A measure written the way table-driven extractor cases state it: "KE>* 25% sugar", "CH>* 2.5 chf/kg butter".</summary>
internal static class MeasureKey
{
    public static string Of(TariffMeasure m) =>
        $"{m.Imposer}>{m.Target} {m.Rate}{(m.RateUnit == "percent" ? "%" : " " + m.RateUnit)} {string.Join('+', m.Products)}";

    /// <summary>Every measure the extractor reads in <paramref name="text"/>, joined with "|".</summary>
    public static string All(string text) => string.Join('|', TariffExtractor.Extract(text).Select(Of));
}
