using Watcher.Core.Entities;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 (cluster21): small states that publish their own budgets and tariff changes are countries the entity finder
/// reads (EntityCatalog), and an item whose headline opens with another country's name is not its outlet's country's news
/// (StoryFingerprint.HeadlineOpensWithOtherCountry), with look-alikes that must not be read so.
/// </summary>
public class SmallStatesAndOutletHomeTests
{
    [Theory]
    [InlineData("Vanuatu lifts duties on instant noodles", "VU")]
    [InlineData("Antigua and Barbuda cuts duty on lumber", "AG")]
    [InlineData("St Lucia raises import duty on pork", "LC")]
    [InlineData("Saint Lucia budget: pork duty to rise", "LC")]
    [InlineData("Tonga raises duty on mutton flaps", "TO")]
    [InlineData("Samoan government cuts duty on fuel", "WS")]
    [InlineData("Barbados budget trims duty on solar panels", "BB")]
    [InlineData("Eswatini joins SACU talks on steel", "SZ")]
    [InlineData("Swaziland sugar exports fall", "SZ")]
    [InlineData("Equatorial Guinea raises duty on imported cement", "GQ")]
    [InlineData("Guinea-Bissau cashew export tax cut", "GW")]
    [InlineData("Papua New Guinea raises duty on biscuits", "PG")]
    public void A_small_state_is_read_as_a_country(string headline, string id) =>
        Assert.Contains(EntityFinder.Find(headline), m => m.Entity.Kind == EntityKind.Country && m.Entity.Id == id);

    [Theory]
    // a US state, a person, a town or a club of the same name is no country
    [InlineData("Hyundai's Georgia plant hit by raid", "GE")]
    [InlineData("Chad Smith joins trade panel", "TD")]
    [InlineData("Victoria raises port fees", "SC")]
    [InlineData("Dominican Republic cuts duty on rice", "DM")]
    [InlineData("Congolese miners protest export levy", "CG")]
    [InlineData("Nigeria raises duty on rice", "NE")]
    [InlineData("Papua New Guinea raises duty on biscuits", "GN")]
    public void A_look_alike_is_not_that_small_state(string headline, string id) =>
        Assert.DoesNotContain(EntityFinder.Find(headline), m => m.Entity.Id == id);

    public static TheoryData<string, string, string, string?> OutletHomes => new()
    {
        // another country opens the headline: not the outlet's decision
        { "Vanuatu lifts duties on instant noodles, biscuits in push for local food", "Vanuatu has tripled its import duty on instant noodles to 15 percent.", "NZ", null },
        { "Kenya doubles duty on imported sugar", "Kenya has raised its duty on sugar imports to 50 percent.", "UG", null },
        // the outlet's own country, or an origin's adjective, opening the headline: still the outlet's
        { "Govt raises duty on imported cooking oil to 40pc", "The government raised the import duty on crude cooking oil to 40 percent.", "ZW", "ZW" },
        { "Chinese nylon yarn to face anti-dumping duty", "The government has imposed an anti-dumping duty on nylon filament yarn imported from China.", "IN", "IN" },
    };

    [Theory]
    [MemberData(nameof(OutletHomes))]
    public void The_outlets_country_is_no_home_of_a_headline_opening_with_another_country(string title, string text, string outlet, string? home)
    {
        var f = StoryFingerprint.Of(title, text, null, outlet);
        if (home is null) Assert.DoesNotContain(outlet, f.HomeCountries);
        else Assert.Contains(home, f.HomeCountries);
    }
}
