using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (extract53): a trade-remedy ruling whose list of rates is opened by the deposits importers lodge with customs or by the
/// dumping margins it sets, not by a duty word ("importers shall provide deposits to the customs at the following rates:"), and
/// lines that give one origin's firms and the rest in one line ("Thailand: Siam Acrylic Industries 17.4%, …, all other Thai
/// companies 36.9%;"): one measure per origin at its top rate, the rest's (docs/quality.md, "Session 29 (extract53)"). Texts are the
/// tests' own.
/// </summary>
public class DepositListsTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    private const string Deposits = """
        Ministry of Commerce issues preliminary ruling in anti-dumping investigation into imported acrylic fibre from Thailand and Peru
        China's Ministry of Commerce ruled that imports of acrylic fibre originating in Thailand and Peru were dumped and injured the domestic industry.
        From March 3, importers shall provide deposits to the customs at the following rates:
        Thailand: Siam Acrylic Industries 17.4%; all other Thai companies 36.9%;
        Peru: Fibras Andinas 8.2%; all other Peruvian companies 21.3%.
        """;

    // one origin's firms and the rest in one line, split by commas
    private const string FirmsInOneLine = """
        Ministry of Commerce issues preliminary ruling in anti-dumping investigation into imported acrylic fibre from Thailand and Peru
        China's Ministry of Commerce ruled that imports of acrylic fibre originating in Thailand and Peru were dumped and injured the domestic industry.
        From March 3, importers shall provide deposits to the customs at the following rates:
        Thailand: Siam Acrylic Industries 17.4%, Bangkok Fibre Corporation 22.0%, all other Thai companies 36.9%;
        Peru: Fibras Andinas 8.2%, all other Peruvian companies 21.3%;
        """;

    private const string Margins = """
        Ministry of Commerce issues preliminary ruling on imported acrylic fibre from Thailand and Peru
        China's Ministry of Commerce ruled that imports of acrylic fibre originating in Thailand and Peru were dumped and injured the domestic industry.
        Importers shall lodge securities according to the following dumping margins:
        Thailand: Siam Acrylic Industries 17.4%; all other Thai companies 36.9%;
        Peru: Fibras Andinas 8.2%; all other Peruvian companies 21.3%.
        """;

    [Theory]
    [InlineData(Deposits)]
    [InlineData(FirmsInOneLine)]
    [InlineData(Margins)]
    public void A_deposit_or_margin_list_gives_each_origin_the_rest_s_rate(string text) =>
        Assert.Equal("CN>PE 21.3% acrylic fibre|CN>TH 36.9% acrylic fibre", Read(text, "CN"));

    // a bank's rates on deposits are no remedy's, even in an item about a duty and with a line per country
    private const string BankDeposits = """
        China raises anti-dumping duty on acrylic fibre from Thailand to 20%
        Separately, banks will pay the following rates on deposits:
        Thailand: Siam Commercial Bank 0.5%; all other Thai banks 0.7%;
        Peru: Banco Andino 1.2%; all other Peruvian banks 1.9%;
        """;

    // market shares by maker, under an opener that names no deposit or margin
    private const string MarketShares = """
        China raises anti-dumping duty on acrylic fibre from Thailand to 20%
        Market shares of acrylic fibre makers last year were as follows:
        Thailand: Siam Acrylic Industries 17.4%, other Thai companies 36.9%;
        Peru: Fibras Andinas 8.2%, other Peruvian companies 21.3%;
        """;

    [Theory]
    [InlineData(BankDeposits)]
    [InlineData(MarketShares)]
    public void Rates_that_are_no_deposit_or_margin_stay_unread(string text) =>
        Assert.Equal("CN>TH 20% acrylic fibre", Read(text, "CN"));

    // one origin's rates by year are no firms' rates: the line is no list of firms
    private const string RatesByYear = """
        Ministry of Commerce issues preliminary ruling in anti-dumping investigation into imported acrylic fibre from Thailand
        China's Ministry of Commerce ruled that imports of acrylic fibre originating in Thailand were dumped and injured the domestic industry.
        From March 3, importers shall provide deposits to the customs at the following rates:
        Thailand: 17.4% in the first year, 12.1% in the second;
        """;

    [Fact]
    public void One_origin_s_rates_by_year_are_no_firm_list() =>
        Assert.Equal("", Read(RatesByYear, "CN"));
}
