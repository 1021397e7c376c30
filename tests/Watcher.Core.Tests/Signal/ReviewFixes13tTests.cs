namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 13 (fix13t): the reviewer's findings on extract24's per-origin rate list reader (TariffExtractor.Tables.cs). A list
/// that follows a tariff sentence is a list of rates only where it, or its opener, names a duty, rate or margin; lists of
/// suppliers, of imports by origin and shares ("accounts for 38% of imports") are no rates. Lists whose opener names the duty
/// ("set anti-dumping duties on biodiesel: China, 36.4%; …", "announced reciprocal tariffs: Vietnam 46%; …") and a list of
/// firms under a sentence naming their one origin ("duties on Chinese EVs. BYD, 17%; …") are read.
/// </summary>
public class ReviewFixes13tTests
{
    [Theory]
    // the reviewer's: supplier shares under a tariff sentence
    [InlineData("The US imposed 25% tariffs on steel imports. Top suppliers last year: Canada, 23%; Brazil, 16%; Mexico, 12%.", "US>* 25% steel")]
    [InlineData("The US imposed 50% tariffs on copper. Chile accounts for 38% of imports, Canada 17% and Peru 15%.", "US>* 50% copper")]
    [InlineData("India raised import duties on gold. Gold imports by origin: Switzerland, 41%; UAE, 13%; South Africa, 10%.", "")]
    // own variants
    [InlineData("Canada announced a 25% surtax on Chinese steel. Main sources of steel imports in 2024: United States, 48%; South Korea, 11%; Japan, 7%.", "CA>CN 25% steel")]
    [InlineData("Mexico raised tariffs on Asian textiles to 35%. The largest exporters to Mexico were China (52%), Vietnam (14%) and India (9%).", "MX>* 35% Asian textiles")]
    [InlineData("The EU imposed anti-dumping duties on Chinese plywood. Shares of EU plywood imports: China, 31%; Brazil, 22%; Indonesia, 12%.", "")]
    [InlineData("Turkey set a 40% duty on cars from China. By market share: Germany, 30%; Japan, 18%; South Korea, 12%.", "TR>CN 40% cars")]
    [InlineData("Washington slapped 25% tariffs on auto parts. Mexico supplies 42% of US auto part imports, Canada 13% and China 11%.", "US>* 25% auto parts")]
    public void Shares_of_imports_under_a_tariff_sentence_are_no_rates(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the reviewer's positives
    [InlineData("The European Commission set anti-dumping duties on biodiesel: China, 36.4%; Argentina, 22.3%; Indonesia, 18.9%.", "EU>CN 36.4% biodiesel|EU>AR 22.3% biodiesel|EU>ID 18.9% biodiesel")]
    [InlineData("The US announced reciprocal tariffs: Vietnam 46%; Cambodia 49%; Thailand 36%; Japan 24%.", "US>VN 46% goods|US>KH 49% goods|US>TH 36% goods|US>JP 24% goods")]
    // (left: "Chinese EVs" is no origin to the adjective reader, which takes lower-case goods only; the list has no origin to inherit)
    [InlineData("The EU imposed duties on Chinese EVs. BYD, 17%; Geely, 18.8%; SAIC, 35.3%.", "")]
    [InlineData("The EU imposed duties on Chinese electric vehicles. BYD, 17%; Geely, 18.8%; SAIC, 35.3%.", "EU>CN 35.3% electric vehicles")]
    [InlineData("The EU imposed duties on electric vehicles from China. BYD, 17%; Geely, 18.8%; SAIC, 35.3%.", "EU>CN 35.3% electric vehicles")]
    // own variants
    [InlineData("Brazil imposed anti-dumping duties on steel sheet. The duties: China, 21.4%; South Korea, 12.8%; Vietnam, 9.1%.", "BR>CN 21.4% steel sheet|BR>KR 12.8% steel sheet|BR>VN 9.1% steel sheet")]
    [InlineData("The US imposed duties on steel imports. Tariff rates by origin: Canada, 23%; Brazil, 16%; Mexico, 12%.", "US>CA 23% steel|US>BR 16% steel|US>MX 12% steel")]
    [InlineData("Canada imposed countervailing duties on wind towers: China, 14.2%; Vietnam, 8.5%.", "CA>CN 14.2% wind towers|CA>VN 8.5% wind towers")]
    [InlineData("India imposed anti-dumping duties on Chinese solar glass. Xinyi, 12.1%; Flat Glass Group, 17.9%; all others, 30.7%.", "IN>CN 30.7% solar glass")]
    // negatives: a bare-name list with no tariff sentence before it, a list of countries after a tariff sentence that names
    // neither a duty nor where goods come from, a lead-in naming a duty that no one imposes
    [InlineData("Results: Labour, 34%; Conservatives, 29%; Reform, 21%. The tariff debate dominated the campaign.", "")]
    [InlineData("Poll: Trump, 44%; Harris, 42%; Kennedy, 6%. Tariffs were the top issue.", "")]
    [InlineData("The EU imposed anti-dumping duties on plywood. Last year: China, 31%; Brazil, 22%; Indonesia, 12%.", "")]
    [InlineData("Countries keep their own duties on cars: India, 70 percent; Brazil, 35 percent; China, 15 percent.", "")]
    public void Lists_whose_opener_names_the_duty_are_read(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
