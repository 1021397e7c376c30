using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 17 (extract29): per-exporter margin lists written one origin to a line. A notice that applies "the rates below" (or
/// "these preliminary rates") opens the list without a colon; a list item's number on a line of its own ("1.") keeps it open; and
/// a line with one origin and one rate ("Vietnam: Vietnam-Wide Entity 52.16%.") is a row of the open list. One measure per origin
/// at its top rate (the named-firms convention). Texts are the tests' own, in Federal Register, MOFCOM-announcement and wire styles.
/// </summary>
public class MarginListLineTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal));

    [Theory]
    // a deposit sentence that points forward, then one origin per line
    [InlineData("Commerce Finds Dumping of Steel Nails from Oman and Thailand\n\nThe U.S. Department of Commerce announced its affirmative preliminary determinations in the antidumping duty investigations of steel nails from Oman and Thailand.\nCommerce will instruct U.S. Customs and Border Protection to collect cash deposits based on these preliminary rates.\nOman: Oman Fasteners LLC 4.22%; All Others 4.22%.\nThailand: Thailand-Wide Entity 63.81%.",
        "US", "US>OM 4.22% Steel Nails|US>TH 63.81% Steel Nails")]
    // numbered lines under "as follows:"
    [InlineData("Announcement on the Final Ruling on Imports of Nylon Yarn from Japan and Korea\n\nThe Customs Tariff Commission of the State Council decided to impose anti-dumping duties on imported nylon yarn from March 1. The anti-dumping duty rates are as follows:\n1.\nJapan: Toray Industries 18.2%; other Japanese companies 30.5%.\n2.\nRepublic of Korea: Hyosung Corporation 9.1%; other Korean companies 22.4%.",
        "CN", "CN>JP 30.5% nylon yarn|CN>KR 22.4% nylon yarn")]
    // the rates below, each origin a line with only its country and rate
    [InlineData("EU sets provisional duties on ceramic tiles from India and Turkey\n\nThe European Commission imposed provisional anti-dumping duties on ceramic tiles; duties will be collected at the rates listed below.\nIndia: 23.4%.\nTurkey: 11.9%.",
        "EU", "EU>IN 23.4% ceramic tiles|EU>TR 11.9% ceramic tiles")]
    public void A_list_of_lines_one_origin_each_is_read(string text, string country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    // not rows: shares and values after a list, a line that is a figure's movement, lines with no list open
    [Theory]
    [InlineData("Commerce will instruct CBP to collect cash deposits based on these preliminary rates.\nVietnam: imports rose 12.5%.", "US")]
    [InlineData("Steel imports by origin last year.\nChina: 31.4%.\nKorea: 12.9%.", "US")]
    [InlineData("The ministry published its trade figures.\nVietnam: Vinh Hoan Corp 12.5%.", "US")]
    [InlineData("Market share of the main suppliers is listed below.\nChina: 45%.\nIndia: 20%.", "EU")]
    public void Not_a_row_of_a_margin_list(string text, string country) =>
        Assert.DoesNotContain("%", Read(text, country));
}
