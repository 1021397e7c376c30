namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Copies whose headline names the story in the outlet's own frame: a live blog's entry under the blog's headline, and a
/// farm paper's headline that names the imposer and the goods but not its own country. What links them is the other item's
/// lede measure; look-alikes with another measure, or another country's growers, stay apart. Parties and goods are the
/// tests' own.
/// </summary>
public class StoryOutletCopyTests
{
    public static TheoryData<string, string, string, string, string> Copies => new()
    {
        {
            "live blog entry",
            "US puts 20% tariff on imported titanium sponge",
            "WASHINGTON (AP) - President Donald Trump on Friday imposed a 20% tariff on imported titanium sponge, the raw material for aircraft engines and armour plate, saying reliance on foreign supplies threatens national security. The proclamation takes effect March 1.",
            "Live: Stocks, bonds and the dollar — Friday's market moves",
            "2:40 p.m. ET — Aerospace shares slip on titanium tariff. Howmet fell 2.1% and Carpenter Technology 1.4% after the White House confirmed a 20% tariff on imported titanium sponge from March 1. The S&P 500 was up 0.3% and the 10-year yield eased to 4.11%."
        },
        {
            "own country's press, target unnamed",
            "China lowers duty on Australian barley to 20%",
            "BEIJING (Reuters) - China will lower its anti-dumping duty on Australian barley to 20% from 80.5% from January 1, the commerce ministry said on Friday, after a review requested by Canberra.",
            "Wheatbelt growers welcome barley reprieve from Beijing",
            "Farmers across Western Australia's Wheatbelt say China's decision to cut its duty on barley to 20% gives them reason to plant more of the grain next season. Exports to China fell by two thirds after the original duty took effect."
        },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void A_copy_in_the_outlets_own_frame_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> OtherStories => new()
    {
        {
            "live blog entry on other goods",
            "US puts 20% tariff on imported titanium sponge",
            "WASHINGTON (AP) - President Donald Trump on Friday imposed a 20% tariff on imported titanium sponge, the raw material for aircraft engines and armour plate, saying reliance on foreign supplies threatens national security. The proclamation takes effect March 1.",
            "Live: Stocks, bonds and the dollar — Tuesday's market moves",
            "11:05 a.m. ET — Magnesium users slip on new tariff. Shares of die-casters fell 2.4% after the White House confirmed a 20% tariff on imported magnesium ingots from April 1. The S&P 500 was down 0.2%."
        },
        {
            "another country's growers",
            "China lowers duty on Australian barley to 20%",
            "BEIJING (Reuters) - China will lower its anti-dumping duty on Australian barley to 20% from 80.5% from January 1, the commerce ministry said on Friday, after a review requested by Canberra.",
            "Prairie growers welcome barley reprieve from Beijing",
            "Farmers across Saskatchewan and Alberta say China's decision to drop its probe into Canadian barley gives them reason to plant more of the grain next season. Canadian exports to China fell by a third during the investigation."
        },
        {
            "a headline about live animals is no live blog",
            "Indonesia scraps 5% tariff on Australian beef",
            "JAKARTA (Reuters) - Indonesia will scrap its 5% tariff on Australian beef from January 1, the trade ministry said on Monday, as part of a wider deal to lower food prices.",
            "Live sheep exports from Fremantle hit a record in October",
            "Fremantle exporters shipped a record number of sheep to the Middle East in October, port figures show, while abattoirs said Indonesia's removal of its 5% tariff on Australian beef would lift demand for cattle."
        },
    };

    [Theory]
    [MemberData(nameof(OtherStories))]
    public void Another_measure_or_country_stays_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }
}
