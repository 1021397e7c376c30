using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (extract37): a pipe table whose rows are firms' rates under a "Supplier | Rate" or "Exporter | Dumping margin |
/// Effective rate" header — two columns or more, the rest's row among them ("Other suppliers | 51.4%", "China – Uncooperative and all
/// other exporters | 46.5% | 46.5%", "China: Others | 39.5%") — gives one measure per origin at its top rate: the origin the row's
/// cell names, else the item's one origin (docs/quality.md, "Session 22 (extract37)"). Texts are the tests' own.
/// </summary>
public class FirmTableRowsTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    private const string TwoColumns = """
        Provisional anti-dumping duties on glass fibre originating in the People's Republic of China
        The Cabinet decided today to impose provisional anti-dumping duties on glass fibre originating in the People's Republic of China.
        Supplier | Rate of provisional duty
        Taishan Fibreglass Co., Ltd. | 22.4%
        Other suppliers | 44.7%
        """;

    private const string CountryInCell = """
        Provisional dumping duties on tinplate exported from China and Thailand
        The Minister has published a dumping duty notice in respect of tinplate exported to Australia from China and Thailand.
        Exporter | Dumping margin | Effective rate of interim dumping duty
        China – Baosteel Tinplate Co., Ltd | 12.2% | 12.2%
        China – Uncooperative and all other exporters | 38.9% | 38.9%
        Thailand: Others | 17.1% | 17.1%
        """;

    private const string FirmHighest = """
        Countervailing duties on cable ties from Vietnam
        The Department of Commerce announced countervailing duties on imports of cable ties from Vietnam.
        Company | Subsidy rate (percent ad valorem)
        Saigon Plastics Joint Stock Company | 96.3
        All Others | 8.2
        Commerce will require a cash deposit equal to the rates above on imports of cable ties from Vietnam.
        """;

    [Theory]
    [InlineData(TwoColumns, "JP", "JP>CN 44.7% glass fibre")]
    [InlineData(CountryInCell, "AU", "AU>CN 38.9% tinplate|AU>TH 17.1% tinplate")]
    [InlineData(FirmHighest, "US", "US>VN 96.3% cable ties")]
    public void A_firm_table_gives_each_origin_its_top_rate(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // tables of firms that are no rates of a duty: market shares, growth, interest, a telecom's tariffs
    private const string Shares = """
        Tariff talks: who supplies the market
        Imports of glass fibre from China rose last year, the ministry said before tariff talks.
        Supplier | Market share
        Taishan Fibreglass Co., Ltd. | 22.4%
        Other suppliers | 44.7%
        """;

    private const string Growth = """
        Exporters count the cost of US tariffs
        Exporters from Vietnam said tariffs had slowed their sales.
        Company | Sales growth
        Saigon Plastics Joint Stock Company | 9.3%
        All others | 2.2%
        """;

    private const string Telecom = """
        Mobile tariffs rise again
        Operators raised their data tariffs for the third time this year.
        Company | Price rise
        Safaricom | 12%
        Other operators | 8%
        """;

    private const string Interest = """
        Importers squeezed by tariff rises and loan costs
        Importers of steel from China said the new tariffs came as banks raised their lending rates.
        Company | Interest rate on import loans
        Taishan Fibreglass Co., Ltd. | 12.4%
        Other companies | 9.7%
        """;

    [Theory]
    [InlineData(Interest, "NG")]
    [InlineData(Shares, "JP")]
    [InlineData(Growth, "US")]
    [InlineData(Telecom, "KE")]
    public void A_firm_table_of_figures_that_are_no_duty_gives_nothing(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
