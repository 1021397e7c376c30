using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 21 (extract36): a row of a customs notice's table of duties by origin whose header names the goods in a column of their
/// own ("S. No. | Tariff item | Description | Country of origin | … | Amount | Unit | Currency") is on the goods in that column,
/// not on what the notice's prose names first ("falling under tariff item … of the First Schedule to the Customs Tariff Act").
/// Not a header without a goods column ("Country of origin | Producer | Amount"), nor a goods cell that is only a code. Texts
/// are the tests' own.
/// </summary>
public class TableRowGoodsColumnTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    private const string Preamble =
        "Seeks to impose anti-dumping duty on imports of 'Glazed Ceramic Insulators' originating in or exported from Thailand and Vietnam\n" +
        "Notification No. 14/2029-Customs (ADD)\n" +
        "Whereas, in the matter of 'Glazed Ceramic Insulators', falling under tariff item 8546 20 90 of the First Schedule to the Customs Tariff Act, originating in or exported from Thailand and Vietnam, the designated authority has come to the conclusion that the subject goods have been exported to India at dumped prices;\n" +
        "Now, therefore, the Central Government hereby imposes on the subject goods an anti-dumping duty at the rate equal to the amount as specified in column (7) of the Table below:\n";

    [Theory]
    [InlineData("S. No. | Tariff item | Description | Country of origin | Producer | Amount | Unit | Currency\n" +
        "1 | 8546 20 90 | Glazed Ceramic Insulators | Thailand | Any | 412 | MT | USD\n" +
        "2 | 8546 20 90 | Glazed Ceramic Insulators | Vietnam | Any | 388 | MT | USD", "Glazed Ceramic Insulators")]
    [InlineData("S. No. | Heading | Description of goods | Country of origin | Producer | Amount | Unit | Currency\n" +
        "1 | 8546 20 | Glazed Ceramic Insulators | Thailand | Any | 412 | MT | USD\n" +
        "2 | 8546 20 | Glazed Ceramic Insulators | Vietnam | Any | 388 | MT | USD", "Glazed Ceramic Insulators")]
    public void A_row_is_on_the_goods_in_its_goods_column(string table, string goods)
    {
        var read = Read(Preamble + table, "IN").Split('|');
        Assert.Contains($"IN>TH 412 usd/tonne {goods}", read);
        Assert.Contains($"IN>VN 388 usd/tonne {goods}", read);
        Assert.DoesNotContain(read, k => k.Contains("Schedule", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_a_goods_column_keeps_the_goods_read_elsewhere()
    {
        var read = Read(Preamble + "S. No. | Country of origin | Producer | Amount | Unit | Currency\n" +
            "1 | Thailand | Any | 412 | MT | USD\n2 | Vietnam | Any | 388 | MT | USD", "IN").Split('|');
        Assert.Contains(read, k => k.StartsWith("IN>TH 412 usd/tonne", StringComparison.Ordinal));
        Assert.DoesNotContain(read, k => k.EndsWith("Glazed Ceramic Insulators", StringComparison.Ordinal));
    }

    [Fact]
    public void A_goods_cell_that_is_only_a_code_names_no_goods()
    {
        var read = Read(Preamble + "S. No. | Description | Country of origin | Producer | Amount | Unit | Currency\n" +
            "1 | 8546 20 90 | Thailand | Any | 412 | MT | USD\n2 | 8546 20 90 | Vietnam | Any | 388 | MT | USD", "IN").Split('|');
        Assert.DoesNotContain(read, k => k.Contains("8546", StringComparison.Ordinal));
    }
}
