using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The clause reader (<see cref="ClauseReader"/>) on sentences written for these tests, not taken from any labelled set: how it
/// cuts a sentence into clauses, how it attaches a rate to its imposer, target and goods in wire, ruling-notice, analysis and
/// bullet-list styles, and rates that are no measure (shares, growth, VAT, previous values, margins, firms' own rates).
/// </summary>
public class ClauseReaderTests
{
    public static TheoryData<string, string[]> ClauseCases => new()
    {
        // a semicolon
        { "Canada imposed a 25% surtax on US steel; Mexico kept its 10% duty on pork.", ["Canada imposed a 25% surtax on US steel", "Mexico kept its 10% duty on pork."] },
        // ", while" and ", whereas"
        { "Japan raised its duty on beef to 38.5%, while Korea cut its rate on pork to 15%.", ["Japan raised its duty on beef to 38.5%", "Korea cut its rate on pork to 15%."] },
        { "Chile charges 6% on wine, whereas Peru charges 9%.", ["Chile charges 6% on wine", "Peru charges 9%."] },
        // a relative clause runs to its next comma
        { "The levy, which took effect in May, is 30% on Chinese tyres.", ["The levy", "which took effect in May", "is 30% on Chinese tyres."] },
        // a parenthesis
        { "India set a 20% duty on Thai rice (the previous rate was 10%) and Vietnam matched it.", ["India set a 20% duty on Thai rice", "the previous rate was 10%", "and Vietnam matched it."] },
        // ", and" before a new subject, not before the last item of a list
        { "The EU will impose 35% on Chinese EVs, and Brazil has raised its tariff to 18%.", ["The EU will impose 35% on Chinese EVs", "Brazil has raised its tariff to 18%."] },
        { "Canada's surtax took effect, and China answered with a levy on canola.", ["Canada's surtax took effect", "China answered with a levy on canola."] },
        { "Duties hit steel from China, Vietnam, and Thailand.", ["Duties hit steel from China, Vietnam, and Thailand."] },
        // a reason or a retaliation is a clause of its own
        { "Beijing set a 15% levy on pork, retaliating against Ottawa's tariff on steel.", ["Beijing set a 15% levy on pork", "retaliating against Ottawa's tariff on steel."] },
    };

    [Theory]
    [MemberData(nameof(ClauseCases))]
    public void Cuts_a_sentence_into_clauses(string sentence, string[] clauses) =>
        Assert.Equal(clauses, ClauseReader.ClauseTexts(sentence));

    public static TheoryData<string, string> AttachmentCases => new()
    {
        // wire: subject, rate, "on" goods, "from" origin
        { "Turkey will impose a 40% levy on electric vehicles from China, the trade ministry said.", "TR>CN 40% electric vehicles" },
        { "Peru slaps 30% tariff on Bolivian sugar", "PE>BO 30% sugar" },
        // two clauses, two measures, each with its own parties
        { "Canada hit US steel with a 25% surtax; Mexico kept its 10% duty on pork from Brazil.", "CA>US 25% steel|MX>BR 10% pork" },
        { "Canada's 25% surtax on Chinese EVs took effect, and China answered with a 100% levy on Canadian canola.", "CA>CN 25% EVs|CN>CA 100% canola" },
        // ruling notice: per-country rates, goods and imposer from the lede
        { "Indonesia imposes anti-dumping duties on nylon yarn.\nThe duty rates are 12.5% for imports from Thailand and 31.2% for imports from Malaysia.", "ID>TH 12.5% nylon yarn|ID>MY 31.2% nylon yarn" },
        // analysis: the imposer as an owner ("Vietnam's decision"), the target as an adjective before the goods
        { "The measure follows Vietnam's decision to put a 20% safeguard duty on Chinese steel wire rod.", "VN>CN 20% steel wire rod" },
        // every origin only for all-origins wording
        { "Morocco will apply a 25% safeguard duty on ceramic tiles from all origins.", "MA>* 25% ceramic tiles" },
        // bullet list under a lede that names the duty and the imposer
        { "Egypt sets new import duties.\n- Turkish steel rebar: 15%\n- Chinese aluminium sheet: 22%", "EG>TR 15% steel rebar|EG>CN 22% aluminium sheet" },
        // a change: the new rate, not the one it replaces
        { "India cut its duty on US almonds to 10% from 35%.", "IN>US 10% almonds" },
        { "Brazil raised the tariff on Chinese e-bikes from 20% to 35%.", "BR>CN 35% e-bikes" },
        // the parts of a total are not measures; the total is
        { "The US added a 10% tariff on top of the 15% duty, lifting the total on Swiss watches to 25%.", "US>CH 25% watches" },
        // the top of a range of firms' rates stands; the named firms' own rates do not
        { "Korea set duties on Chinese tyres at 15.3% for Linglong Tyre Co. and up to 42.1% for all other exporters.", "KR>CN 42.1% tyres" },
        // a per-volume duty
        { "Japan will levy a duty of $95 per tonne on Russian aluminium.", "JP>RU 95 usd/tonne aluminium" },
    };

    [Theory]
    [MemberData(nameof(AttachmentCases))]
    public void Attaches_each_rate_by_its_clause(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', ClauseReader.Read(text).Select(MeasureKey.Of)));

    public static TheoryData<string> NoMeasure => new()
    {
        // growth, shares and volumes
        "Exports to China rose 12% in the first quarter, the customs agency said.",
        "Vietnam's steel exports to the US jumped 38% after the tariff was announced.",
        "Steel importers hold a 40% market share in Kenya despite the tariff.",
        "China accounts for 60% of the EU's solar panel imports, which face no duty.",
        "The EU will import 500,000 tonnes of Ukrainian wheat duty-free from 1 January 2027.",
        // a domestic tax or charge
        "Kenya raised VAT on imported fuel to 16%.",
        "The regulator raised the electricity tariff for households by 25% in Ghana.",
        // an estimate, a change amount, a margin
        "Economists estimate the tariffs will raise prices in Canada by 2.3% next year.",
        "The investigation found dumping margins of 45.2% for Chinese exporters of steel, but no duty was set in Brazil.",
        // only firms' own rates, the lowest rate, a product's specification
        "Duties on Chinese tyres are 15.3% for Linglong Tyre Co. and 22.1% for Sailun Group in Korea.",
        "The EU duty on Chinese pea protein applies to blends of 65% or more by weight.",
        // a previous value only
        "Thailand halved its 30% tariff on American corn.",
        // no party at all
        "The tariff is 25%.",
    };

    [Theory]
    [MemberData(nameof(NoMeasure))]
    public void Reads_no_measure_where_the_rate_is_none(string text) =>
        Assert.Empty(ClauseReader.Read(text));

    [Fact]
    public void Reads_only_the_rates_the_primary_left_unattached()
    {
        const string text = "Canada hit US steel with a 25% surtax; Mexico kept its 10% duty on pork from Brazil.";
        var primary = new List<TariffMeasure> { new("CA", "US", 25, "percent", ["steel"], TariffActions.Imposed, null, text) };
        Assert.Equal("MX>BR 10% pork", string.Join('|', ClauseReader.Read(text, primary).Select(MeasureKey.Of)));
    }
}
