namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Found in review (session 9): a clause's subject is neither goods nor an origin named by example. "…, but the government will
/// keep its 25% tariffs on US steel" names its goods after the rate, and "from partners such as Japan, the US raised …" names
/// Japan by example and the US as the one who acts. Sentences are the tests' own.
/// </summary>
public class TariffClauseSubjectTests
{
    [Theory]
    [InlineData("Canada scrapped its counter-tariffs on US consumer goods on Sept. 1, but the government will keep its 25% tariffs on US steel, aluminium and autos.",
        "CA>US 25% steel+aluminium+autos")]
    [InlineData("Imports of electric cars are now duty-free, but petrol cars keep their 15% duty.", "")]
    public void A_clause_subject_that_keeps_a_rate_is_goods_only_when_the_rate_names_none(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("Amid complaints from G7 partners such as Japan, the US raised its tariff on Chinese steel to 50%.", "US>CN 50% steel")]
    [InlineData("Imports from trading partners that have signed agreements with the US, including Japan, Korea and the EU, will pay a 15% tariff on polysilicon, the White House said.", "US>JP 15% polysilicon|US>KR 15% polysilicon|US>EU 15% polysilicon")]
    public void A_country_after_a_list_of_examples_is_not_one_of_them(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
