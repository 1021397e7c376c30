using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 18 (extract30): the cells of goods and rate tables as gazettes, customs notices and budget annexes print them — a firm's
/// "Pvt. Ltd." or "Co., Ltd." inside a row (one line, never split at its full stops), bare figures under a heading in per cent
/// ("New tariff (%)"), a new column that removes the duty ("Nil", "Free", "Exempt"), and a table under a line that only opens a list
/// of rates after the item named the duty. Tables are the tests' own, in gazette, Federal Register, ministry, budget and newsletter
/// styles; negative rows must read nothing from tables of shares, prices, domestic taxes, interest or freight rates, or figures under
/// a heading that is not in per cent.
/// </summary>
public class TariffTableCellsTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Fiji amends the customs tariff on the goods listed below:\nTariff item | Description | Current duty (%) | New duty (%)\n8516.60.00 | Electric ovens | 5 | 15\n9401.61.00 | Upholstered seats | 15 | 32",
        null, "FJ>* 15% Electric ovens|FJ>* 32% Upholstered seats")]
    [InlineData("The Finance Act 2028 changes the import duty on these goods:\n| Item | Existing rate (per cent) | Proposed rate (per cent) |\n| Cement | 25 | 35 |\n| Wheat flour | 35 | 25 |",
        "KE", "KE>* 35% Cement|KE>* 25% Wheat flour")]
    [InlineData("Sri Lanka's customs duty on these items is revised:\nHS code | Goods | Duty (%)\n0703.10 | Big onions | 20\n0701.90 | Potatoes | 30",
        null, "LK>* 20% Big onions|LK>* 30% Potatoes")]
    public void Bare_figures_under_a_heading_in_per_cent_are_rates(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // "Nil", "Free", "Exempt" in the new column: the duty in force is removed, a measure at the rate it had
    [InlineData("India's budget proposes the following changes in Basic Customs Duty:\nItem | Existing BCD | Proposed BCD\nCobalt powder | 5% | Nil\nSolar glass | 10% | 20%",
        null, "IN>* 5% Cobalt powder|IN>* 20% Solar glass")]
    [InlineData("Ghana revised the import duty on these goods:\nCommodity | Current rate | New rate\nFertiliser | 10% | Free\nRice | 20% | 35%",
        null, "GH>* 10% Fertiliser|GH>* 35% Rice")]
    [InlineData("Kenya's budget changes the customs duty on these goods:\nItem | Current rate | New rate\nMedical gloves | 25% | Exempt",
        null, "KE>* 25% Medical gloves")]
    public void A_new_column_that_removes_the_duty_is_a_removal_at_the_old_rate(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    [InlineData("The government will raise the customs duty on imported furniture and paper to protect local mills.\nThe new rates, effective July 1, are:\nItem | Current rate | New rate\nWooden furniture | 20% | 35%\nTissue paper | 10% | 25%",
        "JM", "JM>* 35% Wooden furniture|JM>* 25% Tissue paper")]
    [InlineData("Namibia raised import duties on building materials in Wednesday's budget. Revised rates are as follows:\nProduct | Old rate | New rate\nCement | 15% | 25%",
        null, "NA>* 25% Cement")]
    public void A_line_that_opens_a_list_of_rates_heads_the_duty_table(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    [InlineData("The U.S. Department of Commerce announced its final determinations in the antidumping duty investigations of imports of steel wheels from Thailand and Vietnam.\nCountry | Exporter/Producer | Dumping Margin (%)\nThailand | Siam Wheel Co., Ltd. | 19.32\nVietnam | Hanoi Rim Pvt. Ltd. | 44.10",
        "US", "US>TH 19.32% steel wheels|US>VN 44.1% steel wheels")]
    [InlineData("China's Ministry of Commerce said importers shall pay anti-dumping duty deposits on imports of acrylic fibre from Japan and Korea at the following rates:\nCountry | Company | Deposit rate\nJapan | Kanto Fibre Co., Ltd. | 20.1%\nKorea | Hanil Synthetic Corp. Ltd. | 17.5%",
        "CN", "CN>JP 20.1% acrylic fibre|CN>KR 17.5% acrylic fibre")]
    public void A_firms_full_stops_do_not_cut_its_row(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // figures under a heading that is no per cent, a table of shares, prices, a domestic tax or freight
    [InlineData("Sri Lanka revised the special commodity levy on these goods:\nItem | New levy (Rs/kg)\nBig onions | 50\nPotatoes | 60", null, "")]
    [InlineData("Kenya's import duty on sugar stays at 35%.\nItem | Share of imports (%)\nSugar | 40\nRice | 25", null, "KE>* 35% sugar")]
    [InlineData("The new GST rates, effective April 1, are:\nItem | Current rate | New rate\nButter | 12% | 5%", "IN", "")]
    [InlineData("Kenya raised the import duty on sugar to 35%. The new interest rates are as follows:\nProduct | Old rate | New rate\nMortgages | 13% | 14%", null, "KE>* 35% sugar")]
    [InlineData("Tariffs on steel have pushed shipping costs up. New freight rates are listed below:\nItem | Old rate | New rate\nContainers | 5% | 9%", "US", "")]
    [InlineData("Electricity tariffs will rise next month. The new rates are:\nItem | Current rate | New rate\nHouseholds | 10% | 12%", "ZA", "")]
    [InlineData("The price of staples is set by the board.\nItem | Old price | New price\nBread | Nil | 12", "KE", "")]
    public void Other_tables_read_no_new_measure(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    [InlineData("India | Mukand Grating Pvt. Ltd. | 14.62", 1)]
    [InlineData("Singapore | Evonik Methacrylates SEA Pte. Ltd. | 9.7%\nSingapore | All others | 31.2%", 2)]
    [InlineData("Malaysia | Lionsteel Grating Sdn. Bhd. | 41.08", 1)]
    // prose still splits at a full stop, and a line without a cell break is prose
    [InlineData("The duty was set by Mukand Pvt. Ltd. said it would appeal. Shares fell 3%.", 3)]
    [InlineData("Imports rose 12%. Exports fell.\nItem | Rate", 3)]
    // a line of records, each ended by a full stop after a rate, is still cut into its records
    [InlineData("Country of origin: Belarus | Rate: 41.3%. Country of origin: Russia | Rate: 31.8%.", 2)]
    public void A_table_row_is_one_sentence(string text, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
}
