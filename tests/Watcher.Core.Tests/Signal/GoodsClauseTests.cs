using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 (goods29): where a list of goods ends and a clause of its own begins (TariffExtractor.GoodsClause.cs). After a comma
/// and "and"/"or", a noun phrase followed by a finite verb is a new clause's subject, not one more item; a verb right after goods
/// ("used cars go to 30%") ends their phrase. Sentences are the tests' own, in wire, brief and analysis styles; the negative rows
/// (lists that must keep every item) come first.
/// </summary>
public class GoodsClauseTests
{
    [Theory]
    // lists: every item stays, with or without a serial comma, an adjective in -ed, an article, a relative clause of the item's own
    [InlineData("and aluminium")]
    [InlineData("and canned tuna")]
    [InlineData("and the dried peas")]
    [InlineData("and frozen orange juice")]
    [InlineData("and parts that are made in China")]
    [InlineData("and parts assembled in Mexico")]
    [InlineData("or processed cheese")]
    [InlineData("and spirits")]
    [InlineData("and the refined sugar sold in bulk")]
    [InlineData("as well as copper")]
    public void A_list_item_opens_no_clause(string part) => Assert.False(TariffExtractor.OpensClause(part));

    [Theory]
    [InlineData("and exporters protested.")]
    [InlineData("and the move angered Bangkok")]
    [InlineData("and the government in New Delhi called it unfair.")]
    [InlineData("and farmers warned of higher prices")]
    [InlineData("and Ottawa said more would follow")]
    [InlineData("and importers will pass the cost on")]
    [InlineData("or the industry has to cut jobs")]
    [InlineData("and local mills hit back")]
    public void A_subject_and_its_verb_open_a_clause(string part) => Assert.True(TariffExtractor.OpensClause(part));

    [Theory]
    // lists that must not change
    [InlineData("Canada imposed a 25% tariff on Chinese steel and aluminium.", "CA>CN 25% steel+aluminium")]
    [InlineData("Mexico set a 20% duty on cars, trucks and parts from China.", "MX>CN 20% cars+trucks+parts")]
    [InlineData("China imposed a 15% tariff on beef and pork from the US.", "CN>US 15% beef+pork")]
    [InlineData("Canada imposed a 25% tariff on Chinese steel, aluminium and copper.", "CA>CN 25% steel+aluminium+copper")]
    [InlineData("Australia put a 10% duty on Thai sugar, rice, and canned tuna.", "AU>TH 10% sugar+rice+canned tuna")]
    // a clause after the list: its subject is no goods
    [InlineData("The US imposed a 25% tariff on Chinese steel, and exporters protested.", "US>CN 25% steel")]
    [InlineData("The US imposed a 50% tariff on Indian shrimp, and the government in New Delhi called it unfair.", "US>IN 50% shrimp")]
    [InlineData("Australia put a 10% duty on Thai sugar, rice and canned tuna, and the move angered Bangkok.", "AU>TH 10% sugar+rice+canned tuna")]
    // a verb right after the goods ends their phrase
    [InlineData("US tariffs on used cars go to 30% next month.", "US>* 30% used cars")]
    public void The_goods_end_where_a_clause_begins(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // goods, whatever they look like
    [InlineData("printed circuit boards")]
    [InlineData("particle board")]
    [InlineData("kitchen cabinets")]
    [InlineData("PA66 chips")]
    [InlineData("motorcycles of up to 175cc")]
    [InlineData("office furniture")]
    [InlineData("general cargo ships")]
    public void A_goods_item_passes_the_goods_test(string item) => Assert.False(TariffExtractor.NotGoodsItem(item));

    [Theory]
    // a rate, a speaker, a body, the kind of a measure
    [InlineData("between 3.2%")]
    [InlineData("up to 15 per cent")]
    [InlineData("MITI said")]
    [InlineData("provisional")]
    [InlineData("definitive anti-dumping")]
    public void A_non_goods_item_fails_the_goods_test(string item) => Assert.True(TariffExtractor.NotGoodsItem(item));

    [Theory]
    // the verb of the rate's clause read before a tariff word is no goods; goods before it still are
    [InlineData("Motorcycles of up to 175cc will now attract import duty of 15%, Guyana's finance minister said.", "now attract")]
    [InlineData("The duty on imported biscuits, now 20 per cent, will double to 40 per cent, Trinidad's budget said.", "will double")]
    [InlineData("Colombia: the provisional 26.8% duty on Chinese galvanized steel sheet is halfway through its term.", "provisional")]
    public void A_verb_or_body_before_the_tariff_word_is_no_goods(string text, string notGoods) =>
        Assert.DoesNotContain(notGoods, MeasureKey.All(text), StringComparison.Ordinal);
}
