using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

internal static partial class HomeCountry
{
    /// <summary>A headline whose goods face or are hit with a trade remedy at its rate, or whose remedy at its rate hits them (session 31,
    /// extract57): "Chinese steel woks hit with anti-dumping duties of up to 40%", "Kettle imports from China face AD duty of up to 33%",
    /// "Provisional duties of up to 28% hit Thai ceiling fans" — a remedy is laid by the country the goods enter, and the headline states it
    /// as that country's news in the present, as <see cref="Decided"/>'s "to face" does in the future; the outlet's on
    /// <see cref="StatedDuty"/>'s terms (no acting institution, no country that could lay it, the outlet's own goods not the origin). Not
    /// a duty whose remedy kind is not named ("… face 25% duty": a tariff of anyone's), not one another country is named as laying
    /// (a capitalised word before the remedy: "… face Thai dumping duties"), not exporters, makers or importers facing it (the exporters'
    /// side), and not one that could, may or will come, feared, possible or asked about (the future is <see cref="Decided"/>'s).</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+(?:\s+\d{4})?:\s+)?(?:"
        + @"(?:[\w'’,-]+\s+){1,8}?(?<!\b(?:exporters?|makers?|manufacturers?|producers?|firms?|compan(?:y|ies)|shippers?|suppliers?|sellers?|growers?|farmers?|traders?|importers?|buyers?|consumers?|users?)\s+)(?<!\b(?:could|can|may|might|would|should|will|shall|to|risks?)\s+)"
        + @"(?:now\s+)?(?:faces?|(?:(?:is|are)\s+)?(?:hit|slapped)\s+with)\s+"
        + @"(?:(?:up\s+to\s+)?" + Rate + @"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?" + RemedyKind + @"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?dut(?:y|ies)\b"
        + @"|(?:(?-i:[a-z])[\w-]*\s+){0,2}?" + RemedyKind + @"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?dut(?:y|ies)\s+(?:of\s+)?(?:up\s+to\s+)?" + Rate + @")"
        + @"|(?:(?-i:[A-Za-z])[\w-]*\s+){0,2}?" + RemedyKind + @"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?dut(?:y|ies)\s+of\s+(?:up\s+to\s+)?" + Rate + @"\s+hits?\s)"
        + @"(?![^\n]*(?:\b(?:could|would|may|might|should|risk\w*|urg\w*|seek\w*|sought|demand\w*|calls?\s+for|wants?|propos\w*|mooted|threat\w*|fears?|feared|possible|if)\b|\?))", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyFaced();

    private const string Rate = @"\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b)";

    private const string RemedyKind = @"(?:anti-?dumping|dumping|(?-i:AD|CVD)|countervailing|anti-?subsidy|safeguard|provisional|definitive)";
}
