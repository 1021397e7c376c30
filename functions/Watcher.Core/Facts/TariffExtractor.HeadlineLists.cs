using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A headline's list of goods without "and": headlines drop the conjunction ("Saudi Arabia lifts duty on imported yogurt,
/// cheese to 25%", "Türkiye imposes extra duties of up to 25 percent on taps, shower heads", "Brazil lifts import tax on
/// polyethylene, polystyrene to 20%"). In a sentence of headline length, a phrase after the tariff's "on" whose comma-joined parts are
/// each a short noun phrase (up to three words, every word after the first part a product word, no name of a country, firm or
/// person) is one list. Not an apposition ("on steel, Canada's top export", "on potash, a key export"), nor a clause that says
/// who speaks ("on steel, officials say"), nor a list of more than four parts.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A sentence of a headline's length (<see cref="HeadlineWords"/> words or fewer): the one test of it that the goods
    /// list, the headline fold (<see cref="FoldHeadline"/>) and the item's goods (<see cref="GoodsOfTheItem"/>) share.</summary>
    private static bool HeadlineLike(string s) => SpaceWords(s, HeadlineWords + 1) <= HeadlineWords;

    /// <summary>How many words separated by spaces <paramref name="s"/> has (what <c>Split(' ', RemoveEmptyEntries).Length</c>
    /// counts), counting no further than <paramref name="upTo"/>, without allocating: it runs on every goods phrase read.</summary>
    private static int SpaceWords(ReadOnlySpan<char> s, int upTo = int.MaxValue)
    {
        var count = 0;
        for (var i = 0; i < s.Length && count < upTo; i++)
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) count++;
        return count;
    }

    /// <summary>The comma-joined parts of a headline's goods phrase form one list (see the type's summary).</summary>
    private static bool HeadlineGoodsList(string[] parts)
    {
        if (parts.Length is < 2 or > 4) return false;
        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', '!', '?', ';')).Where(w => w.Length > 0).ToArray();
            if (words.Length is 0 or > 3) return false;
            if (words.Any(w => w is "and" or "or" or "&")) return false;
            if (i > 0 && (words.Any(w => !IsProductWord(w) || HeadlineNotGoods().IsMatch(w)) || EntityFinder.Find(part).Count > 0)) return false;
        }
        return true;
    }

    /// <summary>Words that make a headline's comma part a clause about who speaks or acts, not goods.</summary>
    [GeneratedRegex(@"^(?:says?|said|warns?|claims?|reports?|officials?|sources?|ministry|minister|government|report|study|analysts?|experts?|data|shows?)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadlineNotGoods();
}
