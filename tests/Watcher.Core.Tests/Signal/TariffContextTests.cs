using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A measure whose parts are spread over an item, written for this test in several styles (agency notice, law-firm
/// bulletin, wire): goods named once in a determination sentence and referred back to ("for goods from X", "the subject
/// goods"); goods "of X origin" inside a longer phrase. The negatives keep an earlier product off a rate on another origin.
/// </summary>
public class TariffContextTests
{
    [Theory]
    // agency notice: a determination names the goods and origins; the rates name only "goods from X" and "the subject goods"
    [InlineData("The Canada Border Services Agency made a final determination of dumping in respect of certain steel wire rod originating in or exported from Egypt and Oman. "
        + "Anti-dumping duties of up to 18.5% for goods from Egypt and up to 41.2% for goods from Oman will be imposed on the subject goods.",
        "CA>EG 18.5% steel wire rod|CA>OM 41.2% steel wire rod")]
    // statement of reasons: origins by their formal names, "the Italian Republic and the Kingdom of Morocco"
    [InlineData("The Canada Border Services Agency today made a preliminary determination of dumping respecting certain copper tube originating in or exported from the Italian Republic and the Kingdom of Morocco. "
        + "Provisional duties of up to 9.4% for goods from Italy and up to 27.7% for goods from Morocco will be imposed on the subject goods.",
        "CA>IT 9.4% copper tube|CA>MA 27.7% copper tube")]
    // law-firm bulletin: "respecting" and "concerning" lead to the goods
    [InlineData("Client alert: Australia's Anti-Dumping Commission issued a preliminary finding respecting hollow structural sections exported from Vietnam. "
        + "Dumping duties of 11.3% apply to the subject goods from Vietnam.",
        "AU>VN 11.3% hollow structural sections")]
    [InlineData("The European Commission published its anti-dumping findings concerning imports of ceramic tableware originating in China. The definitive duty on the goods from China is 36.5%.",
        "EU>CN 36.5% ceramic tableware")]
    // wire: "of X origin" inside a longer phrase leaves the goods before it
    [InlineData("The GCC will apply anti-dumping fees on the imports of steel wheels of Chinese origin, at rates reaching 12.5 percent, from next month.",
        "GCC>CN 12.5% steel wheels")]
    // wire: the imposer two sentences before its rate, a sentence about other countries in between
    [InlineData("Thailand will lower its MFN import tariffs on several foods from March, the finance ministry said. Officials said the cuts apply to every trading partner, "
        + "including the United States and Australia. The tariff on frozen pork will fall to 10% from 15%.",
        "TH>* 10% frozen pork")]
    // release: "the Government" with its country named only in the headline
    [InlineData("Jamaica to cut duties on baby formula\nThe Government will reduce the import duty on baby formula to 5 per cent from April, the finance minister told Parliament.",
        "JM>* 5% baby formula")]
    // analysis: two imposers in one sentence, each the subject of its own clause ("charges R on X", "has raised its duty on Y to R")
    [InlineData("Kuwait now charges 15% on imported marble, and Qatar has raised its duty on steel doors to 12%.", "KW>* 15% marble|QA>* 12% steel doors")]
    // local news: the goods open the rate sentence before a "which" clause; the imposer opens the sentence before
    [InlineData("Ghana's 90-day duty waiver on fish expired on Monday. Frozen mackerel, which was also covered by the waiver, now attracts a duty of 15 per cent.",
        "GH>* 15% Frozen mackerel")]
    public void Goods_named_earlier_in_the_item(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the earlier goods are on another origin: a rate on goods from a country the determination did not name keeps "goods"
    [InlineData("The Canada Border Services Agency made a final determination of dumping in respect of certain steel wire rod originating in Egypt. "
        + "Separately, Canada's duties of 10% for goods from Brazil remain in force.",
        "CA>BR 10% goods")]
    // a sentence about dumping margins names no goods to carry, and a margin is no measure
    [InlineData("The estimated margin of dumping is 11.2% for goods from Egypt.", "")]
    // a rate sentence that names its own country is that country's, whatever the item said before
    [InlineData("Thailand will lower its MFN import tariffs on several foods from March. Vietnam's tariff on frozen pork will fall to 10% from 15%.",
        "VN>* 10% frozen pork")]
    // a sentence about the rate before the change states no measure of its own
    [InlineData("Kenya has raised its import duty on cement to 25 percent. The decision covers cement from outside the EAC. The previous rate was the 10 percent common external tariff.",
        "KE>* 25% cement")]
    // "charges R on X" is a tariff only in a sentence about one
    [InlineData("Kuwait's central bank charges 3% on overnight loans, and Qatar has raised its policy rate to 4%.", "")]
    [InlineData("Frozen mackerel, which rose 5% last month, now attracts buyers from Asia.", "")]
    public void Goods_not_carried(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
    [Theory]
    // ministry release: the imposer only in the headline, a line per product with the rate it replaces
    [InlineData("Kenya raises import duties on building materials\nThe Treasury has approved new import duty rates on building materials. The new rates, effective 1 March, are as follows:\n"
        + "- Steel roofing sheets: 35% (previously 25%)\n- Cement: 25% (previously 10%)\n- Glass panes: 20% (previously 15%)\nThe Treasury said the changes protect local plants.",
        "KE>* 35% Steel roofing sheets|KE>* 25% Cement|KE>* 20% Glass panes")]
    // wire: the imposer opens the headline and the lead sentence; the lead says every origin outside a customs union
    [InlineData("Oman raises customs duties on furniture and mattresses\nOman's Council of Ministers approved changes to the customs tariff on several household goods, the tax authority said. "
        + "The new rates, which apply to imports from outside the GCC, are as follows:\n- Wooden furniture: 25% (previously 5%)\n- Mattresses: 15% (previously 5%)",
        "OM>* 25% Wooden furniture|OM>* 15% Mattresses")]
    // notice: bullets, "per cent", the old rate written "(from …)", the imposer and every origin in the lead
    [InlineData("Malaysia's Finance Ministry said the following import duties apply to goods from all countries from January:\n"
        + "• Frozen beef — 10 per cent (from 5 per cent)\n• Powdered milk — 8 per cent",
        "MY>* 10% Frozen beef|MY>* 8% Powdered milk")]
    // a lead that names the origin: each line is on it
    [InlineData("Canada announced surtaxes on the following US goods:\n- steel products: 25% (was 10%)\n- aluminium products: 10%",
        "CA>US 25% steel products|CA>US 10% aluminium products")]
    public void A_list_of_rates_line_by_line(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a list of prices or shares after "as follows:" states no measure
    [InlineData("Tariff worries moved coffee prices. The weekly changes were as follows:\n- Arabica: 3.2% (previously 1.1%)\n- Robusta: 2.5%")]
    [InlineData("Kenya raises import duties on building materials\nMarket shares of importers are as follows:\n- China: 40%\n- India: 25%")]
    public void Lists_after_a_colon_that_are_not_measures(string text) => Assert.Equal("", MeasureKey.All(text));
}
