using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 14 (extract26): a table of goods and their rates, as budgets and customs notices print them ("Item | Current rate | New
/// rate", then one line per goods): each row is a measure of the item's imposer at the rate under the new (proposed, revised)
/// column, or under the one rate column of a two-column table. Tables are the tests' own, in budget, gazette and newsletter
/// styles; negative rows must read no goods measure from a table of shares, prices, countries or firms, or from a table whose
/// item names no tariff or no imposer.
/// </summary>
public class TariffGoodsTableTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Kenya's budget changes the customs duty on these goods:\nItem | Current rate | New rate\nCement | 25% | 35%\nSugar | 35% | 25%",
        null, "KE>* 35% Cement|KE>* 25% Sugar")]
    [InlineData("The Finance Minister announced the new import duty rates.\nProduct | Old duty | Proposed duty\nMotorcycles | 10% | 20%\nTyres | 15 per cent | 10 per cent\nThe changes take effect in July.",
        "UG", "UG>* 20% Motorcycles|UG>* 10% Tyres")]
    [InlineData("Ghana revised the import duty on three goods.\nCommodity | Revised rate | Previous rate\nRice | 20% | 35%\nFrozen poultry | 35% | 20%",
        null, "GH>* 20% Rice|GH>* 35% Frozen poultry")]
    [InlineData("Bangladesh's budget sets these customs duties:\nGoods | Duty\nLED bulbs | 15%\nCotton yarn | 5%",
        null, "BD>* 15% LED bulbs|BD>* 5% Cotton yarn")]
    [InlineData("The Finance Minister raised the customs duty on these goods in the budget:\n| Item | Existing | Proposed |\n| Cement clinker | Tk 500 per tonne | Tk 700 per tonne |",
        "BD", "BD>* 700 bdt/tonne Cement clinker")]
    // an item that names neither a decision nor an imposer reads no table, whatever its outlet
    [InlineData("Customs duty changes in the budget:\n| Item | Existing | Proposed |\n| Cement clinker | Tk 500 per tonne | Tk 700 per tonne |",
        "BD", "")]
    public void Each_row_of_a_goods_table_is_a_measure(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // Session 15 (lead): a column of tariff codes before the goods' names ("Tariff item | Description | …", "HS code | Goods | …"):
    // the goods are the description's, never the code
    [Theory]
    [InlineData("Parliament passed the Customs Tariff (Amendment) Bill, raising import duties on processed foods. The new rates, which take effect on April 1, are:\nTariff item | Description | Current rate | New rate\n0403.20 | Yoghurt | 15% | 25%\n1905.31 | Sweet biscuits | 15% | 30%",
        "PG", "PG>* 25% Yoghurt|PG>* 30% Sweet biscuits")]
    [InlineData("Fiji's budget changes the import duty on the following goods:\nHS code | Goods | Existing duty | Proposed duty\n8703 23 90 | Used cars | 15% | 32%\n2203.00.00 | Beer | 5% | 15%",
        null, "FJ>* 32% Used cars|FJ>* 15% Beer")]
    [InlineData("Customs duty on these items rises in the Finance Act:\n| H.S. No. | Description of goods | New rate |\n| 7214.20 | Steel bars | 20% |",
        "LK", "LK>* 20% Steel bars")]
    // a table whose goods column holds only codes names no goods
    [InlineData("Kenya raises the import duty on these goods:\nItem | New rate\n0403.20 | 25%\n1905.31 | 30%", null, "")]
    public void A_code_column_is_not_the_goods(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // a table of import shares, of prices, of countries or of firms
    [InlineData("Kenya's import duty on sugar stays at 35%.\nItem | Share of imports\nSugar | 40%\nRice | 25%", null, "KE>* 35% sugar")]
    [InlineData("Kenya's import duty on sugar stays at 35%.\nItem | Price last year | Price now\nSugar | KSh 120 | KSh 150", null, "KE>* 35% sugar")]
    // no tariff named before the table, or no imposer
    [InlineData("Inflation by category:\nItem | Last year | New figure\nFood | 5% | 7%\nFuel | 3% | 9%", "KE", "")]
    [InlineData("Prices of staples this month.\nItem | Old price | New price\nBread | 10% | 12%", null, "")]
    // the table ends at the first line that is no row
    [InlineData("Ghana revised the import duty on rice.\nItem | New rate\nRice | 20%\nTraders said 35% of the rice is smuggled.", null, "GH>* 20% Rice")]
    public void Other_tables_read_no_goods_measure(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));
}
