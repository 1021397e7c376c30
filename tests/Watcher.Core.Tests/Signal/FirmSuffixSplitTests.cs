using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (extract53): a firm's abbreviation in a line of rates ("Perak Amino Sdn. Bhd. 15.2%; other Malaysian companies 29.5%.",
/// "Lion Amino Singapore Pte. Ltd. 21.4%") ends no sentence, so the line keeps its origin with its rates; an abbreviation in
/// capitals ("the US.", "the EU.") or one followed by a new sentence still ends one. Texts are the tests' own.
/// </summary>
public class FirmSuffixSplitTests
{
    [Theory]
    [InlineData("Malaysia: Perak Amino Sdn. Bhd. 15.2%; other Malaysian companies 29.5%.")]
    [InlineData("Singapore: Lion Amino Singapore Pte. Ltd. 21.4%; other Singapore companies 33.8%.")]
    [InlineData("India: Shree Polypack Industries Pvt. Ltd. 44.90%; all others 44.90%.")]
    public void A_firm_s_abbreviation_before_its_rate_ends_no_sentence(string line) =>
        Assert.Equal([line], SentenceSplitter.Split(line).Select(s => s.Text));

    [Theory]
    [InlineData("The duty was proposed by the US. 25% of the imports come from Mexico.", "The duty was proposed by the US.")]
    [InlineData("The plant belongs to Perak Amino Sdn. The duty is 15.2%.", "The plant belongs to Perak Amino Sdn.")]
    [InlineData("Shares of Acme Pte. 2029 was a hard year for it.", "Shares of Acme Pte.")]
    public void Other_stops_after_a_short_word_still_end_a_sentence(string text, string first) =>
        Assert.Equal(first, SentenceSplitter.Split(text)[0].Text);

    // the rate reader then reads the line's origin with the rest's rate
    private const string MalaysianLine = """
        Ministry of Commerce issues preliminary ruling in anti-dumping investigation into imported acrylic fibre from Malaysia and Peru
        China's Ministry of Commerce ruled that imports of acrylic fibre originating in Malaysia and Peru were dumped and injured the domestic industry.
        From March 3, importers shall provide deposits to the customs at the following rates:
        Malaysia: Perak Acrylic Sdn. Bhd. 17.4%; all other Malaysian companies 36.9%;
        Peru: Fibras Andinas 8.2%; all other Peruvian companies 21.3%.
        """;

    [Fact]
    public void A_line_with_a_firm_s_abbreviation_keeps_its_origin() =>
        Assert.Equal("CN>MY 36.9% acrylic fibre|CN>PE 21.3% acrylic fibre",
            string.Join('|', TariffExtractor.Extract(MalaysianLine, "CN").Select(MeasureKey.Of).Order(StringComparer.Ordinal)));
}
