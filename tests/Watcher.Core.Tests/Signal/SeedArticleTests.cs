using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

public class SeedArticleTests
{
    private static readonly ExtractResult Result = FactExtractor.Extract(File.ReadAllText(Paths.SeedArticle));

    private static string Key(TariffMeasure m) => $"{m.Imposer}>{m.Target} {m.Rate}% {string.Join('+', m.Products)}";

    [Fact]
    public void Finds_exactly_the_seven_measures_the_text_states() =>
        Assert.Equal(
        [
            "CA>CN 100% electric vehicles",
            "CA>CN 25% steel+aluminium",
            "CN>CA 76% canola seed",
            "CN>CA 100% canola oil+meal+peas",
            "US>CA 35% goods not covered by an existing free trade agreement",
            "US>CA 50% steel+aluminium",
            "US>CA 25% automobiles",
        ], Result.Measures.Select(Key));

    [Fact]
    public void Measures_carry_action_date_and_evidence()
    {
        var ev = Result.Measures[0];
        Assert.Equal(("imposed", "2024-10", "percent"), (ev.Action, ev.Date, ev.RateUnit));
        Assert.StartsWith("A trade dispute has been escalating since Canada placed a 100% tariff", ev.Evidence);
        Assert.Equal("2024-10", Result.Measures[1].Date); // "later that same month"
        Assert.All(Result.Measures, m => Assert.Contains(m.Rate!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%", m.Evidence));
    }

    [Fact]
    public void Finds_the_carney_xi_meeting_the_xi_trump_meeting_and_the_invitation_to_visit()
    {
        Assert.Collection(Result.Events,
            visit => Assert.Equal(("visit", "Mark Carney|Xi Jinping", "China"), (visit.Type, string.Join('|', visit.Participants), visit.Place)),
            apec => Assert.Equal(("meeting", "Mark Carney|Xi Jinping", "South Korea"), (apec.Type, string.Join('|', apec.Participants), apec.Place)),
            trump => Assert.Equal(("meeting", "Xi Jinping|Donald Trump"), (trump.Type, string.Join('|', trump.Participants))));
    }

    [Fact]
    public void Matches_both_default_topics() => Assert.Equal(["tariffs", "summits"], Result.Topics);

    [Fact]
    public void Json_has_the_contract_shape()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(ExtractJson.Serialize(Result));
        var root = doc.RootElement;
        Assert.Equal(["topics", "measures", "events"], root.EnumerateObject().Select(p => p.Name));
        var m = root.GetProperty("measures")[0];
        Assert.Equal(["imposer", "target", "rate", "rateUnit", "products", "action", "date", "evidence"], m.EnumerateObject().Select(p => p.Name));
        Assert.Equal(100, m.GetProperty("rate").GetDouble());
        var e = root.GetProperty("events")[0];
        Assert.Equal(["type", "participants", "place", "date", "evidence"], e.EnumerateObject().Select(p => p.Name));
    }
}
