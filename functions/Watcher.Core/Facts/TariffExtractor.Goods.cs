using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// Where a product phrase stops, and what it never is: a phrase runs up to the auxiliary of its own clause ("ceramic tiles will
/// increase to 25%") and no further; a pronoun ("those outside it", "them") or goods a verb takes out of the measure ("excluded
/// shrimp", "exempted beef") name none of the measure's goods.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>An auxiliary inside a list item: where the goods' own clause begins ("tiles will increase", "sugar shall be").</summary>
    [GeneratedRegex(@"\s(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had)\b(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryInside();

    /// <summary>An item that opens with a pronoun or with a verb that takes goods out of a measure.</summary>
    [GeneratedRegex(@"^(?:those|these|them|they|it|this|that|which|who|excluded|exempted|removed|dropped|spared|waived|excepted|struck)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeverGoods();
}
