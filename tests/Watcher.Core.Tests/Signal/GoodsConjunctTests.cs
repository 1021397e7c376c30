using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 34 (extract68): a verbless goods conjunct after the rest of the rate before it — "… will pay 30 percent customs duty and rolled
/// oats 25 percent", "… 18% instead of 10% and their batteries 9%", "…; electric kettles 4%" — puts the later rate on the conjunct's
/// goods (TariffExtractor.GoodsConjunct.cs); people, figures and a comparison ("and inflation 5 percent", "and consumers 3 percent more",
/// "against 25% for …") are no such conjunct. Sentences are the tests' own.
/// </summary>
public class GoodsConjunctTests
{
    private static List<string> Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(MeasureKey.Of).ToList();

    [Fact]
    public void A_conjunct_after_the_duty_s_name_takes_its_own_goods()
    {
        var read = Read("Gambia raises import duties on breakfast foods\nImported cornflakes will pay 30 percent customs duty and rolled oats 25 percent.", "GM");
        Assert.Contains("GM>* 30% cornflakes", read);
        Assert.Contains("GM>* 25% rolled oats", read);
        Assert.DoesNotContain("GM>* 25% cornflakes", read);
    }

    [Fact]
    public void A_conjunct_after_the_rate_it_replaces_is_read()
    {
        var read = Read("Peru sets new duties on toys\nToy drones will pay 18% instead of 10% and their batteries 9%, the decree says.", "PE");
        Assert.Contains("PE>* 18% Toy drones", read);
        Assert.Contains("PE>* 9% batteries", read);
    }

    [Fact]
    public void A_conjunct_after_a_semicolon_is_read_in_either_reader()
    {
        Assert.Contains("CL>* 4% electric kettles", Read("Chile cuts duties on appliances\nSewing machines will pay 6% instead of 12%; electric kettles 4% instead of 9%.", "CL"));
        Assert.Contains("CL>* 4% electric kettles", Read("Chile cuts duties on appliances\nThe duty on sewing machines will be 6% instead of 12%; electric kettles 4% instead of 9%.", "CL"));
    }

    [Fact]
    public void A_list_of_conjuncts_each_takes_its_goods()
    {
        var read = Read("Saint Lucia budget changes duties\nPlastic buckets will pay 35 percent instead of 20 percent, frozen pizza 30 percent, and garden hoses and paint rollers 25 percent.", "LC");
        Assert.Contains("LC>* 35% Plastic buckets", read);
        Assert.Contains("LC>* 30% frozen pizza", read);
        Assert.Contains("LC>* 25% garden hoses+paint rollers", read);
    }

    [Fact]
    public void People_figures_and_comparisons_are_no_goods_conjunct()
    {
        Assert.DoesNotContain(Read("Kenya raises the duty on sugar\nImported sugar will pay 35 percent customs duty and inflation 5 percent, the Treasury forecast says.", "KE"), m => m.Contains("inflation"));
        Assert.DoesNotContain(Read("Malawi raises duty on matches\nMatches will pay 20 percent customs duty and consumers 3 percent more at the till.", "MW"), m => m.Contains("3%"));
        Assert.DoesNotContain(Read("Barbados raises the duty on cars\nImported cars will pay 45 percent duty from April and the economy 2 percent growth, the minister said.", "BB"), m => m.Contains("economy"));
        var quota = Read("Vietnam sets rice quota\nRice within the quota will continue to pay a 10% tariff, against 40% for shipments outside it, the ministry said.", "VN");
        Assert.DoesNotContain(quota, m => m.Contains("against"));
    }
}
