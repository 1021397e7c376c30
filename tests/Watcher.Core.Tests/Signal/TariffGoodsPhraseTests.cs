using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 (goods28): the goods phrase reader (TariffExtractor.GoodsPhrase.cs). A measure read with only "goods" takes the goods
/// phrase its rate's own clause names: a head from the closed list of trade-goods heads and the lower-case modifiers before it.
/// Sentences are the tests' own, in wire, notice, brief and analysis styles; the negative rows come first: goods look-alikes
/// (an adjective, a company, a sector, a price, an idiom), a country's whole trade, a head with another sense standing alone.
/// </summary>
public class TariffGoodsPhraseTests
{
    [Theory]
    // an adjective, not the noun: "steely"
    [InlineData("Negotiators met the 25% tariff with steely resolve, Canada's trade minister said.")]
    // a company named after goods
    [InlineData("Tata Steel said the 25% tariff imposed by the US would cut its margins.")]
    // a sector, the trade's people, a price: the goods word modifies another noun ("the Canadian steel industry" is read as steel by the
    // on-less phrase reader, not by this one: left)
    [InlineData("Japan's 20% tariff angered rice farmers across Vietnam.")]
    [InlineData("Oil prices rose after China announced a 10% tariff on US goods.")]
    [InlineData("India's 15% duty has squeezed copper smelters and steel mills alike.")]
    // a head with another sense, alone: a panel, the wire, fuel, a chip
    [InlineData("A WTO panel ruled that the 25% tariff imposed by the US broke trade rules.")]
    [InlineData("Talks on the 30% tariff imposed by Mexico went down to the wire.")]
    [InlineData("Brazil's 18% tariff, announced on Monday, added fuel to the dispute.")]
    // a reason after the rate, not the goods; a container counting other goods; the trade's people
    [InlineData("Trump doubles tariffs on India to 50% over Russian oil purchases.")]
    [InlineData("Philippine poultry raisers asked for the tariff to go back to 40 percent.")]
    [InlineData("Premium Australian bottles will attract an Indian tariff of 75 per cent.")]
    [InlineData("The EU treats the 25% tariff imposed by the US as a bargaining chip.")]
    public void A_goods_look_alike_names_no_goods(string text) =>
        Assert.DoesNotContain(MeasureKey.All(text).Split('|'), m => m.Contains("steel", StringComparison.Ordinal) || m.Contains("rice", StringComparison.Ordinal)
            || m.Contains("oil", StringComparison.Ordinal) || m.Contains("copper", StringComparison.Ordinal) || m.Contains("panel", StringComparison.Ordinal)
            || m.Contains("wire", StringComparison.Ordinal) || m.Contains("fuel", StringComparison.Ordinal) || m.Contains("chip", StringComparison.Ordinal)
            || m.Contains("oultry", StringComparison.Ordinal) || m.Contains("bottle", StringComparison.Ordinal));

    [Theory]
    // a country's whole trade keeps its generic goods, whatever the sentence adds
    [InlineData("The US will impose a 25% tariff on Canadian goods, hitting car plants in Ontario.", "US>CA 25% goods")]
    [InlineData("China set a 10% tariff on all imports from the US, Beijing's commerce ministry said.", "CN>US 10% goods")]
    public void A_whole_trade_measure_keeps_its_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the subject of a passive or an exemption
    [InlineData("Imports of diesel engines are freed for one year from Bolivia's 10% tariff.", "diesel engines")]
    [InlineData("Solar panels will be fully exempted from Kenya's 6.5 per cent duty.", "Solar panels")]
    [InlineData("Under Ghana's new schedule, frozen poultry will attract a duty of 35%.", "frozen poultry")]
    // the subject of a relative clause
    [InlineData("Millers in the Philippines will import more feed wheat, which carries a tariff of 7 percent.", "feed wheat")]
    // a "for" phrase after the bracketed rate
    [InlineData("Argentina's import duty (35%) for agricultural tractors and combine harvesters will be suspended.", "agricultural tractors+combine harvesters")]
    // two clauses, two goods
    [InlineData("Nigeria said frozen fish would now attract a levy of 25 per cent, while rice stays duty-free.", "frozen fish")]
    [InlineData("U.S. pork shipped to China will face an extra 15% duty and soybeans an extra 10%, Beijing said.", "pork")]
    [InlineData("U.S. pork shipped to China will face an extra 15% duty and soybeans an extra 10%, Beijing said.", "soybeans")]
    [InlineData("Fresh potatoes remain protected by Iceland's 30% tariff.", "Fresh potatoes")]
    [InlineData("The Ministry said it would allow 20,000 tons of imported onions at Korea's in-quota tariff of 50 percent.", "onions")]
    public void The_rate_clause_names_the_goods(string text, string goods) =>
        Assert.Contains(MeasureKey.All(text).Split('|'), m => m.EndsWith(" " + goods, StringComparison.Ordinal));

    // a bracketed abbreviation that glosses the words before it runs the phrase on to its head and its list (negatives first: a
    // bracket that spells no words before it, or stands before a capital, still ends the phrase)
    [Theory]
    [InlineData("The Gulf Cooperation Council (GCC) has set a 10% duty on imported cement.", "cement")]
    [InlineData("Guyana removed the 40% import duty on farm vehicles (FVs) used in agriculture.", "farm vehicles")]
    [InlineData("Chile set a 12% duty on copper wire (Decree 45) for two years.", "copper wire")]
    [InlineData("The US imposed a 25% tariff on computer numerically controlled (CNC) machine tools.", "computer numerically controlled machine tools")]
    [InlineData("Colombia removed the 5% tariff on urea, diammonium phosphate (DAP) and potassium chloride.", "urea+diammonium phosphate+potassium chloride")]
    [InlineData("Kenya cut import duty on empty liquefied petroleum gas (LPG) cylinders to 10 percent.", "empty liquefied petroleum gas cylinders")]
    public void A_gloss_in_brackets_keeps_the_phrase_whole(string text, string goods) =>
        Assert.Contains(MeasureKey.All(text).Split('|'), m => m.EndsWith(" " + goods, StringComparison.Ordinal));

    // A goods word that is a head of its own and the first modifier of a longer phrase ("ceramic" / "ceramic wall tiles") starts
    // two phrases at one place: the longer one takes the shorter's place in its list (the reader threw on a negative range before).
    private const string TilesDecree = "The Minister of Trade and Industry issued a decree imposing definitive anti-dumping duties for five years "
        + "on imports of ceramic wall tiles and porcelain floor tiles originating in or imported from India at 42% and from Malaysia at 17%.";

    [Theory]
    [InlineData(TilesDecree, "ceramic wall tiles+porcelain floor tiles")]
    [InlineData("Morocco extended its safeguard duty of 15% on ceramic tiles by three years.", "ceramic tiles")]
    public void A_head_that_opens_a_longer_phrase_gives_way_to_it(string text, string goods)
    {
        var lists = TariffExtractor.GoodsLists(text, 0, text.Length);
        Assert.Contains(lists, l => string.Join('+', l.Items) == goods);
    }

    // (the decree's rates, after their origins and far from the duty word, are still not read: docs/quality.md, "Session 32 (extract60)")
    [Fact]
    public void A_remedy_with_such_goods_is_no_error() =>
        Assert.Null(Record.Exception(() => TariffExtractor.Extract(TilesDecree, "EG")));
}
