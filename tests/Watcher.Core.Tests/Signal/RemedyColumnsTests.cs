using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 28 (extract51): a remedy table that gives each origin a dumping figure and a subsidy figure in two columns ("Country |
/// Margin of dumping | Amount of subsidy") is two duties a row, an anti-dumping and a countervailing one, each a measure; a table
/// whose columns are one duty (its margin and its rate, its old and new rate) or no duty at all stays as it was (docs/quality.md,
/// "Session 28 (extract51)"). Texts are the tests' own.
/// </summary>
public class RemedyColumnsTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    private const string PercentCells = """
        Preliminary determinations of dumping and subsidizing: certain aluminium ladders from China and Malaysia
        The Canada Border Services Agency today made preliminary determinations of dumping and subsidizing respecting certain aluminium ladders originating in or exported from China and Malaysia. Provisional duties are payable on imports of aluminium ladders from today.
        Country | Margin of dumping (% of export price) | Amount of subsidy (% of export price)
        China | 47.3% | 15.6%
        Malaysia | 12.8% | 4.4%
        """;

    // bare figures under a header that gives their unit, and a duty that was not investigated for one origin
    private const string BareFigures = """
        Canada sets provisional duties on aluminium ladders from China and Malaysia
        Canada's border agency today made preliminary determinations of dumping and subsidizing respecting certain aluminium ladders originating in or exported from China and Malaysia. Provisional duties are payable on imports of aluminium ladders from today.
        Country | Margin of dumping (% of export price) | Amount of subsidy (% of export price)
        China | 47.3 | 15.6
        Malaysia | 12.8 | not investigated
        """;

    private const string DutyNames = """
        South Africa imposes anti-dumping and countervailing duties on ceramic sinks from China and India
        The International Trade Administration Commission imposed definitive duties on imports of ceramic sinks originating in China and India.
        Country of origin | Anti-dumping duty | Countervailing duty
        China | 61.0% | 22.5%
        India | 18.3% | 7.9%
        """;

    [Theory]
    [InlineData(PercentCells, "CA", "CA>CN 15.6% aluminium ladders|CA>CN 47.3% aluminium ladders|CA>MY 12.8% aluminium ladders|CA>MY 4.4% aluminium ladders")]
    [InlineData(BareFigures, "CA", "CA>CN 15.6% aluminium ladders|CA>CN 47.3% aluminium ladders|CA>MY 12.8% aluminium ladders")]
    [InlineData(DutyNames, "ZA", "ZA>CN 22.5% ceramic sinks|ZA>CN 61% ceramic sinks|ZA>IN 18.3% ceramic sinks|ZA>IN 7.9% ceramic sinks")]
    public void A_dumping_and_a_subsidy_column_are_two_measures_a_row(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // one duty in two columns: its margin and its rate, its rate before and after a review — one measure a row, at the row's top
    // figure (a firm's lower row is no measure of its own)
    private const string MarginAndRate = """
        Dumping duties on steel shelving from China
        The Minister has published a dumping duty notice in respect of steel shelving exported to Australia from China.
        Exporter | Dumping margin | Anti-dumping duty rate
        China – Zhongshan Racking Co., Ltd | 21.4% | 21.4%
        China – All other exporters | 44.9% | 44.9%
        """;

    private const string BeforeAndAfter = """
        Thailand lowers countervailing duty on steel pipes from Vietnam
        The Department of Foreign Trade concluded its review of the countervailing duty on steel pipes from Vietnam.
        Country | Countervailing duty before the review | Countervailing duty after the review
        Vietnam | 14.2% | 9.6%
        """;

    [Theory]
    [InlineData(MarginAndRate, "AU", "AU>CN 44.9% steel shelving")]
    [InlineData(BeforeAndAfter, "TH", "TH>VN 9.6% steel pipes")]
    public void Columns_of_one_duty_stay_one_measure_a_row(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // tables that name dumping and subsidies but hold no duty: prices, market shares, a sports league
    private const string Prices = """
        Ladder prices after the dumping and subsidy probe
        Retailers said ladder prices rose after the anti-dumping and countervailing duties announced last month.
        Store | Price before the dumping probe | Price after the subsidy ruling
        Home Hardware | $129 | $149
        Canadian Tire | $119 | $139
        """;

    private const string Shares = """
        Who gained from Canada's anti-dumping duties on ladders
        The Canada Border Services Agency's anti-dumping and countervailing duties on Chinese ladders shifted imports to other suppliers.
        Country | Share of dumped imports | Share of subsidized imports
        Malaysia | 34.5% | 12.1%
        Vietnam | 21.7% | 8.3%
        """;

    private const string League = """
        Dumping FC top the table as Subsidy United slip
        The league resumed after the tariff row between the clubs' sponsors.
        Team | Played | Won | Points
        Dumping FC | 20 | 15 | 47
        Subsidy United | 20 | 12 | 40
        """;

    [Theory]
    [InlineData(Prices, "CA")]
    [InlineData(Shares, "CA")]
    [InlineData(League, "GB")]
    public void A_table_of_prices_shares_or_points_is_no_measure(string text, string country) =>
        Assert.DoesNotContain(TariffExtractor.Extract(text, country), m => m.Evidence.Contains('|'));
    // the table's goods: not the notice's "subject goods" nor the remedy's own words before its goods
    private const string SubjectGoodsReleased = """
        Preliminary determinations: certain steel fence posts from China and Vietnam
        The Canada Border Services Agency today made preliminary determinations of dumping and subsidizing respecting certain steel fence posts originating in or exported from China and Vietnam.
        Provisional duties will be payable on imports of the subject goods released from today, at the rates below.
        Country | Margin of dumping (% of export price) | Amount of subsidy (% of export price)
        China | 52.1% | 17.4%
        Vietnam | 26.3% | 5.2%
        """;

    // (the first row's goods are the headline's, folded in after the table is read; the rows after it keep the table's)
    private const string RemedyWordsInTitle = """
        Canada: preliminary determinations of dumping and subsidizing of certain wheel hubs from China and India
        Provisional duties will be payable on imports of the subject goods from today, at the rates below:
        Country | Weighted average margin of dumping | Amount of subsidy
        India | 11.9% | 6.1%
        China | 44.5% | 13.2%
        """;

    [Fact]
    public void A_tables_goods_are_not_the_notices_subject_goods()
    {
        var tabled = TariffExtractor.Extract(SubjectGoodsReleased, "CA").Where(m => m.Evidence.Contains('|')).ToList();
        Assert.Equal(4, tabled.Count);
        Assert.All(tabled, m => Assert.Equal(["steel fence posts"], m.Products));
    }

    [Fact]
    public void The_remedys_words_are_no_part_of_a_tables_goods() =>
        Assert.All(TariffExtractor.Extract(RemedyWordsInTitle, "CA").Where(m => m.Target == "CN"), m => Assert.Equal(["wheel hubs"], m.Products));
}
