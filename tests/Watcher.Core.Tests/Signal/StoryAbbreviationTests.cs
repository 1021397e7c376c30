using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Outlets name chemicals and steel by the trade's abbreviation ("MSG", "PET", "HRC") where the ruling spells them out: the
/// same measure, not two products. Another product under one abbreviation's letters still disagrees. Goods and parties are
/// the tests' own.
/// </summary>
public class StoryAbbreviationTests
{
    [Theory]
    [InlineData("msg", "monosodium glutamate", true)]
    [InlineData("pet", "polyethylene terephthalate", true)]
    [InlineData("pvc", "polyvinyl chloride", true)]
    [InlineData("hrc", "hot rolled coil", true)]
    [InlineData("nbr", "nitrile butadiene rubber", true)]
    [InlineData("evs", "electric vehicles", true)]
    // the isocyanates, voweled (session 27)
    [InlineData("tdi", "toluene diisocyanate", true)]
    [InlineData("mdi", "methylene diphenyl diisocyanate", true)]
    [InlineData("tdi", "titanium dioxide", false)]
    [InlineData("mdi", "medium density fibreboard", false)]
    [InlineData("pet", "polyvinyl chloride", false)]
    [InlineData("pet", "pet food", false)]
    [InlineData("tea", "green tea", false)]
    [InlineData("msg", "glutamate", false)]
    [InlineData("lumber", "lithium batteries", false)]
    [InlineData("cotton", "ceramic tiles", false)]
    // ordinary words whose letters happen to spell another product's initials (review, session 9): a word with a vowel is a
    // word unless it is a voweled abbreviation, and then only of its own name
    [InlineData("pipes", "plastic pellets", false)]
    [InlineData("gas", "galvanized steel", false)]
    [InlineData("cars", "copper alloy rods", false)]
    [InlineData("wine", "wire netting", false)]
    [InlineData("pet", "paper towels", false)]
    [InlineData("evs", "electric vans", false)]
    public void An_abbreviation_spells_the_initials_of_its_product(string acronym, string product, bool same) =>
        Assert.Equal(same, StoryFingerprint.Abbreviates(acronym, product.Split(' ')));

    public static TheoryData<string, string, string, string, string> Pairs => new()
    {
        {
            "abbreviation in a headline alone",
            "EU provisional duties on Chinese PET range up to 24.2%",
            "",
            "Commission imposes provisional anti-dumping duties on polyethylene terephthalate from China",
            "The European Commission has today imposed provisional anti-dumping duties of up to 24.2% on imports of polyethylene terephthalate originating in the People's Republic of China, after finding that Chinese exporters sold at dumped prices."
        },
        {
            "abbreviation in a trade paper",
            "India puts 12% safeguard duty on HRC imports for three years",
            "Indian steel mills won a 12% safeguard duty on imported HRC for three years, the finance ministry said, as cheap coil from China and Vietnam undercut local prices. Importers of hot rolled coil said costs would rise.",
            "India imposes 12% safeguard duty on hot rolled coil",
            "NEW DELHI (PTI) - India has imposed a safeguard duty of 12% on imports of hot rolled coil for three years, the finance ministry said in a notification on Friday, after domestic steelmakers complained of a surge in imports."
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void One_measure_named_by_its_abbreviation_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    [Fact]
    public void Template_stories_on_two_ordinary_goods_stay_apart() =>
        StoryPair.AssertSame(false,
            "Vietnam sets 10% safeguard duty on imported steel pipes",
            "Vietnam's trade ministry set a 10% safeguard duty on imported steel pipes from Friday, citing a surge in shipments.",
            "Vietnam sets 10% safeguard duty on imported plastic pellets",
            "Vietnam's trade ministry set a 10% safeguard duty on imported plastic pellets from Friday, citing a surge in shipments.");

    [Fact]
    public void Another_product_at_the_same_rate_stays_apart() =>
        StoryPair.AssertSame(false,
            "EU provisional duties on Chinese PET range up to 24.2%", "",
            "Commission imposes provisional anti-dumping duties on polyvinyl chloride from China",
            "The European Commission has today imposed provisional anti-dumping duties of up to 24.2% on imports of polyvinyl chloride originating in the People's Republic of China, after finding that Chinese exporters sold at dumped prices.");
}
