using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods named by example: "the 40% tariff on Brazilian products such as beef and coffee" is a tariff on beef and coffee, the
/// examples of a generic word of the trade (<see cref="PhraseFrom"/> reads them); goods that name themselves keep their own words
/// ("dairy products such as cheese", "household appliances such as refrigerators"), and a phrase cut at "such [as]" ends before it.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>"products such as beef and coffee", "Brazilian goods such as", "U.S. items such as": a generic word of the
    /// trade (with up to two capitalised modifiers, an origin) whose examples follow; the examples are the goods
    /// ("dairy products such as cheese" names its goods itself and keeps them).</summary>
    [GeneratedRegex(@"\G(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?:products|goods|items|imports|exports|commodities|merchandise)\s+such\s+as\s+", RegexOptions.IgnoreCase)]
    private static partial Regex GenericSuchAs();
}
