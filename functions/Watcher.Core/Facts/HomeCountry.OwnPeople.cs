using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// The outlet's own people named by its demonym (session 29, probe29): "Mongolian distillers said imports from Russia …", "a move
/// welcomed by Indian orchardists", "to support Bangladeshi oil mills", "the cut would hurt Icelandic pork producers" — in an item
/// that names no imposer, the makers, growers, traders and buyers of the outlet's country are the home's, and name the outlet's
/// country as itself, not as an origin of goods another country charges. Without this, an item whose measure is its home's and
/// that quotes the home's producers read nothing: the demonym counted as a mention of the outlet's country that the item might be
/// charged by another (the dev items of holdouts 24, 26 and 30 that read nothing for this, docs/quality.md "Session 29 (probe29)").
/// Not the outlet's goods ("Thai shrimp"), exporters, suppliers or sellers (another country's duty on what they sell), nor people who
/// pay, face or bear the duty, or whom it hits ("Indian steel makers face 25% duty", "Chinese producers … will pay $2,315 a tonne").
/// </summary>
internal static partial class HomeCountry
{
    /// <summary>The mention is the outlet's demonym on the home's own makers, growers, traders or buyers, who do not pay or face the
    /// duty.</summary>
    private static bool OwnPeople(string text, Mention m) =>
        m.Form == MentionForm.Adjective
        && OwnPeopleAfter().Match(text, m.End) is { Success: true } people
        && !PaysAfter().IsMatch(TariffExtractor.LineAfter(text, people.Index + people.Length, 60))
        && !(HarmBefore().IsMatch(TariffExtractor.LineBefore(text, m.Start, 40)) && !DutyLowered().IsMatch(text));

    /// <summary>Right after a demonym, up to two words of trade or place, then the home's people who make, grow, sell at home or buy:
    /// "distillers", "dairy farmers", "oil mills", "pork producers", "detergent makers", "orchardists", "retailers", "a maker"; not
    /// exporters, suppliers, shippers, sellers or vendors (the side a foreign duty charges).</summary>
    [GeneratedRegex(@"\G(?:[^\S\n]+[a-z][\w-]*){0,2}?[^\S\n]+(?:\w*makers?|manufacturers?|producers?|farmers?|growers?|orchardists?|planters?|ranchers?|breeders?|fishermen|millers?|mills|distillers?|distilleries|brewers?|breweries|refiners?|refineries|processors?|assemblers?|plants|factories|workshops|cooperatives|co-operatives|industry|industries|retailers?|wholesalers?|importers?|traders?|dealers?|distributors?|consumers|shoppers|households|buyers|users)\b")]
    private static partial Regex OwnPeopleAfter();

    /// <summary>The people pay, face, bear or attract a duty, or are hit by one, in the words after them ("… other than Zhuhai Jinyi will
    /// pay $2,315 a tonne", "… face 25% duty", "… hit with …"), or sell abroad ("… who export to …").</summary>
    [GeneratedRegex(@"^[^.;!?]*?\b(?:pay|pays|paying|paid|face|faces|facing|faced|bear|bears|attract|attracts|charged|hit|export|exports|exporting|ship|ships|shipping)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaysAfter();

    /// <summary>A duty that hits, hurts or squeezes the people named next ("hits Indian steel makers", "a blow to Thai growers"): theirs
    /// only when the item lowers a duty (a cut that hurts growers lets imports in: the home's own, as <see cref="ProducersHurt"/> reads
    /// it).</summary>
    [GeneratedRegex(@"\b(?:hits?|hitting|hurts?|hurting|blow\s+to|pain\s+for|squeez\w*|threatens?|threatening)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HarmBefore();
}
