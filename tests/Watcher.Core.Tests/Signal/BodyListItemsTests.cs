using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 21 (extract36): a list of goods in a measure's sentence keeps its later items when its last item names what it is made
/// of ("screws, bolts and nuts of iron or steel") or an item is named by its use with an -ing word ("pencils, colouring crayons and
/// markers", "dryers, washing machines and fridges"). Not a participle clause after the goods (", angering growers and exporters"),
/// nor a phrase of place or owner after "of" ("… and the rest of the world"). Sentences are the tests' own.
/// </summary>
public class BodyListItemsTests
{
    private static string Read(string text) => string.Join('|', TariffExtractor.Extract(text).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Kenya has raised the import duty on hinges, locks and latches of iron or steel to 25%.", "KE>* 25% hinges+locks+latches of iron or steel")]
    [InlineData("Ghana raised the import duty on cups, plates and bowls of plastics to 20%.", "GH>* 20% cups+plates+bowls of plastics")]
    [InlineData("Peru raised the tariff on imports of notebooks, colouring crayons and erasers from 10% to 20%.", "PE>* 20% notebooks+colouring crayons+erasers")]
    [InlineData("Egypt raised the customs duty on dryers, washing machines and fridges to 40%.", "EG>* 40% dryers+washing machines+fridges")]
    public void A_list_keeps_its_items_after_a_material_or_a_use(string text, string expected) =>
        Assert.Contains(expected, Read(text).Split('|'));

    [Theory]
    [InlineData("Kenya has raised the import duty on sugar to 25%, angering growers and exporters.", "angering")]
    [InlineData("Kenya has raised the import duty on sugar to 25%, hurting millers and traders of maize.", "hurting")]
    [InlineData("Ghana raised the import duty on rice, a staple of the region, to 20%.", "staple")]
    public void A_clause_after_the_goods_is_no_item(string text, string notGoods) =>
        Assert.DoesNotContain(notGoods, Read(text), StringComparison.Ordinal);
}
