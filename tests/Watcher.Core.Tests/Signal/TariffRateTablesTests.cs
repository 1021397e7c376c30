namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 13 (extract24): per-origin rate lists and tables (TariffExtractor.Tables.cs) — rows of (origin[, producer], rate[, unit])
/// written as semicolon lists, "Country - Firm: n%" lines under "at the following rates:", "for producers in X, USD n per MT",
/// "n per cent for X, m per cent for Y", pipe tables with a header or with named cells, specific duties per tonne and kilogram.
/// The imposer comes from the item (never a row), each origin gets one measure at its top rate (the named-firms convention), a
/// firm's or the residual group's row belongs to the country before it or to the item's one origin. Sentences are the test's own,
/// in notice, wire and newsletter styles; the negative rows (market shares, import volumes, prices, election results, countries'
/// own tariffs, a schedule of one origin, figures' movements) must not be read as lists.
/// </summary>
public class TariffRateTablesTests
{
    [Theory]
    // semicolon list "Country, rate; Country, rate" after a colon, with a residual note in a row
    [InlineData("The U.S. Department of Commerce set final anti-dumping cash deposits on steel racks from Mexico, Turkey, Egypt and Thailand: Mexico, 12.4 percent; Turkey, 31.06 percent for all producers; Egypt, 9.8 percent; and Thailand, 17.2 percent.",
        "US>MX 12.4% steel racks|US>TR 31.06% steel racks|US>EG 9.8% steel racks|US>TH 17.2% steel racks")]
    // "Country - Firm: n%; all other exporters: m%" lines under an opener: each origin at its top (the residual) rate
    [InlineData("Brazil imposed provisional anti-dumping duties on glass fibre from China and Egypt at the following rates:\nChina - Jushi Group Co., Ltd: 12.1%; all other exporters: 46.3%.\nEgypt - Jushi Egypt for Fiberglass Industry: 9.4%; all other exporters: 18.1%.",
        "BR>CN 46.3% glass fibre|BR>EG 18.1% glass fibre")]
    // notice: per-producer specific duties, "for Firm, Country, USD n per MT; for any other producer in Country, …"
    [InlineData("India imposed anti-dumping duty on soda ash from Kenya and Turkey for five years. The duty is: for Tata Chemicals Magadi, Kenya, USD 62 per MT; for any other producer in Kenya, USD 87 per MT; for producers in Turkey, USD 49 per MT.",
        "IN>KE 87 usd/tonne soda ash|IN>TR 49 usd/tonne soda ash")]
    // wire: "n per cent for X, m per cent for Y and p per cent for Z"
    [InlineData("Pakistan's National Tariff Commission imposed anti-dumping duties on hydrogen peroxide of 18.5 per cent for Chinese exporters, 9.7 per cent for Thai exporters and 31 per cent for all other Korean producers.",
        "PK>CN 18.5% hydrogen peroxide|PK>TH 9.7% hydrogen peroxide|PK>KR 31% hydrogen peroxide")]
    // firms of the item's one origin, with the residual rate highest
    [InlineData("Canada's border agency imposed provisional duties on wind towers from China of 23.4% for Titan Wind Energy, 31.2% for CS Wind China and 54.6% for all other exporters.",
        "CA>CN 54.6% wind towers")]
    // an elliptic row ("…, and Switzerland 39%") shares the row before's verb; the imposer is the item's
    [InlineData("Washington imposed a 25% tariff on imported pharmaceuticals. Japan and the European Union will pay 15% under their trade deals, and Switzerland 39%.",
        "US>* 25% pharmaceuticals|US>JP 15% pharmaceuticals|US>EU 15% pharmaceuticals|US>CH 39% pharmaceuticals")]
    // pipe table under a header line
    [InlineData("Turkey imposed anti-dumping duties on Chinese and Vietnamese polyester yarn.\n| Country | Producer | Duty |\n| --- | --- | --- |\n| China | Any | 35.2% |\n| Vietnam | Any | 14.9% |",
        "TR>CN 35.2% polyester yarn|TR>VN 14.9% polyester yarn")]
    // pipe rows with named cells
    [InlineData("Ukraine imposed anti-dumping duties on float glass from Belarus and Russia. Country of origin: Belarus | Producer: Any | Rate: 41.3%. Country of origin: Russia | Producer: Any | Rate: 31.8%.",
        "UA>BY 41.3% float glass|UA>RU 31.8% float glass")]
    // specific duties per tonne in prose, split at "while"
    [InlineData("The Philippines set safeguard duties on cement imports. Vietnamese producers will pay PHP 150 per tonne, while Indonesian producers will pay PHP 210 per tonne.",
        "PH>VN 150 php/tonne cement|PH>ID 210 php/tonne cement")]
    // the country that imposes ("Mexico imposed … 0.72 dollars") is no row's origin; a firm's row before any country is left
    [InlineData("Mexico imposed anti-dumping duties of 0.72 dollars per kilogram on steel wire from Huaxin Steel and 1.05 dollars per kilogram on the rest of the Chinese exporters.",
        "MX>CN 1.05 usd/kg steel wire")]
    // groups of origins per row, split at the strongest break (", while"), not inside a list of countries
    [InlineData("Goods from Indonesia, the Philippines and Thailand will face a 19% tariff, while those from Cambodia and Laos will pay 20%, the White House said.",
        "US>ID 19% goods|US>PH 19% goods|US>TH 19% goods|US>KH 20% goods|US>LA 20% goods")]
    public void A_list_of_rates_per_origin_is_one_measure_per_origin_at_its_top_rate(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // market shares after a sentence that names a duty: no row marks its country as where goods come from
    [InlineData("The anti-dumping review covers steel wire. Import shares last year: China, 40%; Vietnam, 25%; Thailand, 10%.", "")]
    // an import-volume table: no duty column
    [InlineData("Chile's duty on wheat stays. Import volumes by origin: | Country | Imports (tonnes) | Share |\n| Argentina | 120,000 | 40% |", "")]
    // election results and league tables
    [InlineData("Results: Labour, 34%; Conservatives, 29%; Reform, 21%. The tariff debate dominated the campaign.", "")]
    // countries' own tariffs, not measures of an imposer
    [InlineData("Average applied tariffs remain high in emerging markets: India, 17%; Brazil, 11.7%; China, 7.5%.", "")]
    [InlineData("Each country keeps its own duty on cars: India, 70 percent; Brazil, 35 percent; China, 15 percent.", "")]
    // a schedule for one origin is no list of firms
    [InlineData("The tariff on Chinese electric vehicles will be 13.5% in 2026, 12% in 2027 and 10% in 2028.", "")]
    // figures' movements beside a tariff word
    [InlineData("Exports to the United States fell 4.2 percent, with cars down 7.9 percent as U.S. tariffs weighed, while shipments to China rose 5.6 percent.", "")]
    public void Other_lists_of_figures_are_no_rate_tables(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
