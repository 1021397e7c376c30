using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>A phrase that opens with a preposition names no goods: the words after a rate that run into the clause about the
    /// measure ("duty rises to 50% under new tariff", "20% after a review", "35% from July", "10% for two years") are read as
    /// "a 25% steel tariff" would be, but goods never start with "under", "after" or "from" (a word joined by a hyphen, "in-shell
    /// walnuts", is no preposition).</summary>
    [GeneratedRegex(@"^(?:under|after|before|over|with|without|from|since|until|till|amid|despite|following|during|as|at|by|in|into|for|against|beyond|through|via|within|upon)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionLed();
}
