using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

internal static partial class HomeCountry
{
    /// <summary>A headline that is goods' duty moved up to its rate, the goods named before the duty and no verb (session 34, extract66):
    /// "Chicken quarters duty up to 25 percent from July", "Clove import duty up to 50%", "Frozen fish duty going up to 20%" — the compound
    /// form of <see cref="DutyUpTo"/>'s "Import duty on fishing nets up to 25pc", the outlet's country's measure on the same terms (no acting
    /// institution, no country that could lay it). At least one word must name the goods ("Import duty up to 25%" names none); not a
    /// domestic charge (stamp, excise, estate, road, airport, hotel or fuel duty), an export duty, goods that face or are hit with it,
    /// a rise "by up to", nor a duty feared, sought or asked about (<see cref="UpToNotStated"/>). A bare "levy" or "tariff" is no such
    /// headline: a sugar levy or an electricity tariff rises with no word of trade.</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+(?:\s+\d{4}(?:[-/]\d{2,4})?)?:\s+)?(?!(?:[\w'’-]+\s+){0,4}?(?:(?:stamp|excise|estate|death|road|airport|departure|hotel|fuel|export)\s|(?:face[sd]?|facing|hit|hits|by)\s))"
        + @"(?:(?!(?:new|additional|extra|higher|provisional|definitive|final|anti-?dumping|countervailing|safeguard|import|customs|regulatory|dumping|protective|special|basic)\s)[\w'’-]+\s+){1,4}?" + DutyKinds
        + @"dut(?:y|ies)\s+(?:(?:is\s+)?going\s+|goes\s+)?up\s+to\s+" + Rate + UpToNotStated, RegexOptions.IgnoreCase)]
    private static partial Regex GoodsDutyUpTo();
}
