using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>The extraction scorer's pairing rule (docs/quality.md, "Label conventions (session 7)"): one rate on a list of
/// products scores the same whether the labels name every product or only the first.</summary>
public class ExtractionScoringTests
{
    private static TariffMeasure Got(string imposer, string target, double rate, params string[] products) =>
        new(imposer, target, rate, "percent", products, TariffActions.Imposed, null, "evidence");

    private static LabelledMeasure Want(string imposer, string target, double rate, string product) => new(imposer, target, rate, product);

    public static TheoryData<string, LabelledMeasure[], TariffMeasure[], int, int, int> Cases => new()
    {
        // one measure on a list satisfies a label per product …
        { "list, labelled per product", [Want("US", "*", 10, "coffee"), Want("US", "*", 10, "tea"), Want("US", "*", 10, "cocoa")],
            [Got("US", "*", 10, "coffee", "tea", "cocoa")], 3, 0, 0 },
        // … and the one label for its first product, without a spurious remainder
        { "list, labelled by its first product", [Want("CN", "CA", 100, "canola oil")], [Got("CN", "CA", 100, "canola oil", "meal", "peas")], 1, 0, 0 },
        // one measure per product satisfies the one label for the list; the others are spurious only if they satisfy none
        { "per product, labelled by the first", [Want("CN", "CA", 100, "canola oil")],
            [Got("CN", "CA", 100, "canola oil"), Got("CN", "CA", 100, "peas")], 1, 0, 1 },
        { "per product, labelled per product", [Want("CA", "CN", 25, "steel"), Want("CA", "CN", 25, "aluminium")],
            [Got("CA", "CN", 25, "steel"), Got("CA", "CN", 25, "aluminium")], 2, 0, 0 },
        // a measure that satisfies no label is spurious, and the label it nearly matched is missed
        { "wrong rate", [Want("US", "*", 10, "coffee")], [Got("US", "*", 15, "coffee", "tea")], 0, 1, 1 },
        { "wrong target", [Want("US", "*", 10, "coffee")], [Got("US", "BR", 10, "coffee", "tea")], 0, 1, 1 },
        // a product satisfies one label: the same measure stated twice is still one spurious copy, and two labels need two products
        { "duplicate extraction", [Want("IN", "*", 30, "peas")], [Got("IN", "*", 30, "peas"), Got("IN", "*", 30, "yellow peas")], 1, 0, 1 },
        { "two labels, one product", [Want("IN", "*", 30, "peas"), Want("IN", "*", 30, "peas")], [Got("IN", "*", 30, "peas")], 1, 1, 0 },
        // two measures that share a product each find their own label
        { "shared product", [Want("CA", "CN", 25, "steel"), Want("CA", "CN", 25, "aluminium")],
            [Got("CA", "CN", 25, "steel"), Got("CA", "CN", 25, "steel", "aluminium")], 2, 0, 0 },
    };

    // session 15 (goods28): brackets are compared away on both sides, and a label's bracketed abbreviation names the goods with
    // the label's words after it; nothing else is loosened (negatives first)
    [Theory]
    [InlineData("biaxially oriented polypropylene (BOPP) film", "polypropylene bags", false)]
    [InlineData("biaxially oriented polypropylene (BOPP) film", "PET film", false)]
    [InlineData("polyvinyl butyral (PVB) film", "BOPP film", false)]
    [InlineData("steel wire (HS 7217)", "copper wire", false)]
    [InlineData("ultra-high temperature (UHT) milk", "powdered milk", false)]
    [InlineData("biaxially oriented polypropylene (BOPP) film", "biaxially oriented polypropylene film", true)]
    [InlineData("biaxially oriented polypropylene (BOPP) film", "BOPP film", true)]
    [InlineData("polyethylene terephthalate (PET) film", "polyethylene terephthalate film", true)]
    [InlineData("ultra-high temperature (UHT) milk", "UHT milk", true)]
    [InlineData("steel wire", "steel wire (HS 7217)", true)]
    [InlineData("steel wire (HS 7217)", "steel wire", true)]
    [InlineData("tires", "tire", true)]
    public void A_bracketed_part_is_compared_away_and_a_labelled_abbreviation_names_the_goods(string label, string product, bool same) =>
        Assert.Equal(same, QualityTests.SameProduct(label, product));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_list_measure_satisfies_every_label_one_of_its_products_matches(string name, LabelledMeasure[] want, TariffMeasure[] got, int matched, int missed, int spurious)
    {
        var (m, miss, spur) = QualityTests.Pair(want, got);
        Assert.True((m, miss.Count, spur.Count) == (matched, missed, spurious), $"{name}: matched {m}, missed {miss.Count}, spurious {spur.Count}");
    }
}
