using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A customs union named only as a bystander to its member's measure (session 32, extract61): as the owner of the nomenclature
/// the goods are classified under ("classified under MERCOSUR Common Nomenclature item 8516.71.00", "the tariff positions of the
/// Mercosur Common Nomenclature"). It neither acts nor is charged: read as a party, it became the item's home and the imposer of
/// Argentina's own duties (holdouts 28 and 33). Two other forms were tried and dropped: a bracketed abbreviation after the name
/// ("the Gulf Cooperation Council (GCC)") took the GCC's own remedy from its imposer on holdout 8, and the area trade is free
/// within ("duty-free within the Southern African Customs Union") made Namibia's duty on every origin one on South Africa
/// (holdout 19, its copies split).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>Whether the mention at <paramref name="at"/> is a customs union named only as a bystander: before its nomenclature.</summary>
    private static bool BlocBystander(string s, List<Mention> mentions, int at)
    {
        var m = mentions[at];
        if (m.Entity.Kind != EntityKind.Bloc) return false;
        return NomenclatureAfter().IsMatch(LineAfter(s, m.End, 40));
    }

    /// <summary>A nomenclature's name after the union's: " Common Nomenclature", " Tariff Nomenclature", " Nomenclature".</summary>
    [GeneratedRegex(@"^\s+(?:Common\s+)?(?:Tariff\s+)?Nomenclature\b", RegexOptions.IgnoreCase)]
    private static partial Regex NomenclatureAfter();
}
