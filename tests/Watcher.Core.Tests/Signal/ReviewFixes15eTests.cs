using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 review of extract27 (fix15e): list items that share a rate are each a measure (a rate the sentence's own readers took
/// is compared only with what they took, never with the list's own earlier pairs); a list's first goods phrase starts after the
/// verb that opens the list ("lists", "listed", "includes", "covers"), and a phrase with a tariff or schedule word is no goods; a
/// list of origins with figures introduced by imports, shares or supply is a list of shares, not of rates. Rows are the reviewer's
/// and the tests' own.
/// </summary>
public class ReviewFixes15eTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // list items sharing one rate: each stays a measure
    [InlineData("Egypt raised customs duties on luxury goods.\nThe new rates apply to perfumes (20%), watches (20%) and handbags (20%).",
        null, "EG>* 20% perfumes|EG>* 20% watches|EG>* 20% handbags")]
    [InlineData("Egypt raised customs duties on luxury goods.\nThe new rates apply to perfumes (40%), watches (30%) and handbags (40%).",
        null, "EG>* 40% perfumes|EG>* 30% watches|EG>* 40% handbags")]
    [InlineData("The EU announced retaliatory tariffs on US goods.\nThe list covers bourbon (25%), motorcycles (25%) and jeans (25%).",
        null, "EU>US 25% bourbon|EU>US 25% motorcycles|EU>US 25% jeans")]
    [InlineData("Algeria set safeguard duties on imported goods.\nThe list includes chocolate at 30%, fruit juices at 30% and tyres at 30%.",
        null, "DZ>* 30% chocolate|DZ>* 30% fruit juices|DZ>* 30% tyres")]
    // the measure's own rate repeated in the list stays one measure (the list names the goods)
    [InlineData("Egypt raised customs duties on perfumes to 40%.\nWatches (30%) and handbags (25%) are also on the list.",
        null, "EG>* 40% perfumes|EG>* 30% watches|EG>* 25% handbags")]
    public void List_items_that_share_a_rate_are_each_a_measure(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // the first goods phrase starts after the verb that opens the list
    [InlineData("Kenya raised import duties on electronics.\nThe tariff schedule lists batteries (18%), chargers (12%) and cables (10%).",
        null, "KE>* 18% batteries|KE>* 12% chargers|KE>* 10% cables")]
    [InlineData("Kenya raised import duties on electronics.\nThe new duty rates cover batteries (18%) and chargers (12%).",
        null, "KE>* 18% batteries|KE>* 12% chargers")]
    [InlineData("Kenya raised import duties on electronics.\nThe duties listed batteries at 18% and chargers at 12%.",
        null, "KE>* 18% batteries|KE>* 12% chargers")]
    [InlineData("Kenya raised import duties on electronics.\nRates in the new schedule include batteries (18%) and cables (12%).",
        null, "KE>* 18% batteries|KE>* 12% cables")]
    [InlineData("Kenya raised import duties on electronics.\nThe tariff list covers batteries (18%), chargers (12%) and cables (10%).",
        null, "KE>* 18% batteries|KE>* 12% chargers|KE>* 10% cables")]
    public void A_lists_first_goods_start_after_the_opening_verb(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));

    [Theory]
    // import shares by origin are no rates
    [InlineData("India raised the import duty on steel.\nSteel imports from Korea (35%), Japan (25%) and China (20%) make up most of the total.", null)]
    [InlineData("Kenya raised the duty on sugar.\nImports come from Uganda (40%), Tanzania (30%) and Egypt (10%).", null)]
    [InlineData("Kenya raised the duty on sugar.\nMost sugar is supplied by Uganda (40%) and Tanzania (30%).", null)]
    [InlineData("India raised the import duty on steel.\nThe main suppliers are Korea at 35% and Japan at 25%.", null)]
    [InlineData("Ghana cut the import duty on rice.\nRice shipments arrive from Thailand (45%), Vietnam (30%) and India (15%).", null)]
    [InlineData("Steel imports from Korea (35%), Japan (25%) and China (20%) make up most of the total.", "IN")]
    public void Import_shares_by_origin_read_no_rates(string text, string? country)
    {
        var read = Read(text, country).Split('|', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(read, k => k.Contains('%'));
    }

    [Theory]
    // rates by origin that ARE duties keep reading
    [InlineData("The EU set anti-dumping duties on steel from China (25%) and India (18%).",
        null, "EU>CN 25% steel|EU>IN 18% steel")]
    // imports from a list of origins that are charged, or subject to, a rate
    [InlineData("The US imposed duties on Thai dinnerware.\nImports from Thailand (22%) and Vietnam (118%) are subject to deposits.",
        null, "US>TH 22% dinnerware|US>VN 118% dinnerware")]
    [InlineData("India raised the import duty on steel.\nSteel from Korea (35%), Japan (25%) and China (20%) faces the new rate.",
        null, "IN>KR 35% steel|IN>JP 25% steel|IN>CN 20% steel")]
    public void Duties_by_origin_keep_reading(string text, string? country, string expected) =>
        Assert.Equal(expected, Read(text, country));
}
