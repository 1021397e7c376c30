using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 15 (goods28): one key for the ways reports name one goods (GoodsKey). Phrases are the tests' own, written from general
/// trade usage; the negative rows come first: different goods never share a key, however many words they share.
/// </summary>
public class GoodsKeyTests
{
    // negatives first: a modifier or a head of its own makes other goods; an English word is no abbreviation in lower case
    [Theory]
    [InlineData("steel", "stainless steel")]
    [InlineData("steel", "steel pipes")]
    [InlineData("stainless steel pipes", "steel products")]
    [InlineData("hot-rolled steel", "cold-rolled steel")]
    [InlineData("electric vehicles", "hybrid vehicles")]
    [InlineData("EVs", "vehicles")]
    [InlineData("pet food", "PET resin")]
    [InlineData("pet food", "polyethylene terephthalate food")]
    [InlineData("led lamps", "light-emitting diode lamps")] // lower case "led" is the verb, spelled out only in capitals
    [InlineData("abs brakes", "acrylonitrile butadiene styrene brakes")]
    [InlineData("tomato paste", "tomatoes")]
    [InlineData("polypropylene film", "BOPP film")]
    [InlineData("film", "BOPP film")]
    [InlineData("polyvinyl butyral (PVB) film", "PVC film")]
    [InlineData("wine", "wine bottles")]
    [InlineData("steel products", "steel pipe products")]
    [InlineData("potato chips", "chips")]
    [InlineData("soybean oil", "soybean meal")]
    [InlineData("wood pulp", "wood")]
    [InlineData("chilli sauce", "chillies")]
    public void Different_goods_never_share_a_key(string a, string b)
    {
        Assert.False(GoodsKey.Same(a, b));
        Assert.False(GoodsKey.Same(b, a));
    }

    [Theory]
    // spelling: British and American
    [InlineData("tyres", "tires")]
    [InlineData("passenger car tyres", "passenger car tires")]
    [InlineData("aluminium foil", "aluminum foil")]
    [InlineData("insoluble sulphur", "insoluble sulfur")]
    [InlineData("glass fibre", "glass fiber")]
    [InlineData("nitrogen fertilisers", "nitrogen fertilizer")]
    [InlineData("medium-density fibreboard", "medium density fiberboard")]
    [InlineData("galvanised steel", "galvanized steel")]
    // number and hyphens
    [InlineData("tomatoes", "tomato")]
    [InlineData("lithium batteries", "lithium battery")]
    [InlineData("peaches", "peach")]
    [InlineData("boxes", "box")]
    [InlineData("knives", "knife")]
    [InlineData("Shoes", "shoe")]
    [InlineData("cold-rolled steel", "cold rolled steel")]
    [InlineData("glass", "glass")]
    [InlineData("drinking glasses", "drinking glass")]
    [InlineData("cases", "case")]
    [InlineData("asparagus", "Asparagus")]
    // a plural of a noun ending in "i": "chillies" is "chilli", not "chilly" (session 27)
    [InlineData("dried chillies", "dried chilli")]
    [InlineData("green chilies", "green chili")]
    // abbreviations and their names
    [InlineData("EVs", "electric vehicles")]
    [InlineData("Chinese-made EV", "chinese made electric vehicle")]
    [InlineData("BOPP film", "biaxially oriented polypropylene film")]
    [InlineData("PVC pipes", "polyvinyl chloride pipe")]
    [InlineData("PET resin", "polyethylene terephthalate resin")]
    [InlineData("HRC", "hot-rolled coil")]
    [InlineData("LNG", "liquefied natural gas")]
    [InlineData("UHT milk", "ultra-high temperature milk")]
    [InlineData("LED bulbs", "light-emitting diode bulbs")]
    [InlineData("pvc flooring", "PVC flooring")]
    // a bracketed abbreviation is a second name of the phrase, known to the table or not
    [InlineData("biaxially oriented polypropylene (BOPP) film", "BOPP film")]
    [InlineData("biaxially oriented polypropylene (BOPP) film", "biaxially oriented polypropylene film")]
    [InlineData("polyvinyl butyral (PVB) film", "PVB film")]
    [InlineData("polyvinyl butyral (PVB) film", "polyvinyl butyral film")]
    [InlineData("ethylene vinyl acetate (EVA) sheets", "EVA sheet")]
    [InlineData("thermo-mechanically treated (TMT) bars", "TMT bars")]
    // a whole-trade word after named goods
    [InlineData("steel products", "steel")]
    [InlineData("aluminium imports", "aluminum")]
    [InlineData("soybean exports", "soybeans")]
    public void Two_wordings_of_one_goods_share_a_key(string a, string b)
    {
        Assert.True(GoodsKey.Same(a, b));
        Assert.True(GoodsKey.Same(b, a));
    }

    [Theory]
    [InlineData("Tyres", "tire")]
    [InlineData("EVs", "electric vehicle")]
    [InlineData("cold-rolled flat steel products", "cold rolled flat steel")]
    [InlineData("biaxially oriented polypropylene (BOPP) film", "biaxially oriented polypropylene film")]
    [InlineData("goods", "good")] // a whole-trade word alone is kept: the generic goods
    [InlineData("imports", "import")]
    [InlineData("molasses", "molasses")]
    [InlineData("batteries", "battery")]
    public void The_key_is_lower_case_singular_and_spelled_out(string phrase, string key) =>
        Assert.Equal(key, GoodsKey.Of(phrase));

    // a bracket that is no abbreviation of the words before it is no alias
    [Theory]
    [InlineData("steel wire (HS 7217)", 1)]
    [InlineData("steel wire (CN)", 1)]
    [InlineData("polyvinyl butyral (PVB) film", 1)] // the table spells PVB out: one key
    [InlineData("ethylene vinyl acetate (EVA) sheets", 2)]
    public void A_bracket_is_an_alias_only_when_it_abbreviates_the_words_before_it(string phrase, int keys) =>
        Assert.Equal(keys, GoodsKey.Keys(phrase).Count);
}
