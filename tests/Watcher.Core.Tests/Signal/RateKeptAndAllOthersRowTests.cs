using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 35 (extract70): a kept rate named by "the rate(s) on" its goods with no duty word ("[… raises the duty on olive oil to 30%.]
/// The rate on sunflower oil remains at 12%") is the last measure's duty, on its own goods (TariffExtractor.RateKept.cs); a remedy's row
/// for "all other exporters" that names no duty ("c. for imports from all other exporters, US$2.15 per kilogram") is the origin's rate
/// under the resolution's announcement (TariffExtractor.AllOthersRow.cs); "the United Mexican States" and "the Argentine Republic" are
/// those countries' names. Interest, VAT and a rate before any measure are not read; the firms' rows stay unread. Sentences are the
/// tests' own.
/// </summary>
public class RateKeptAndAllOthersRowTests
{
    private static List<string> Read(string text, string? country = null) =>
        TariffExtractor.Extract(text, country).Select(MeasureKey.Of).ToList();

    [Fact]
    public void A_rate_on_goods_that_remains_is_the_last_measure_s_duty()
    {
        var read = Read("Government raises customs duty on sheep cheese\nThe Cabinet raised the customs duty on sheep cheese to 30% from 15%, effective March 1.\nThe rate on goat yogurt remains at 12%.", "GE");
        Assert.Contains("GE>* 30% sheep cheese", read);
        Assert.Contains("GE>* 12% goat yogurt", read);
        var forGoods = Read("Import duty on ceramic tiles raised\nThe government raised the import duty on ceramic tiles to 25 percent from 10 percent.\nThe rate for roof tiles stays at 10 percent.", "AM");
        Assert.Contains("AM>* 10% roof tiles", forGoods);
    }

    [Fact]
    public void Several_kept_rates_each_take_their_goods()
    {
        var of = Read("Chamber cuts tariff on laptops\nUruguay cut the import tax on laptops to 8%, reversing the increase.\nThe rates of 16% on tablets and 14% on smartwatches remain in force.", "UY");
        Assert.Contains("UY>* 16% tablets", of);
        Assert.Contains("UY>* 14% smartwatches", of);
        var on = Read("Chamber cuts tariff on insulin\nUruguay cut the import tax on insulin to 2%, reversing the increase.\nThe rates on aspirin, of 10%, and on codeine, of 8%, remain unchanged.", "UY");
        Assert.Contains("UY>* 10% aspirin", on);
        Assert.Contains("UY>* 8% codeine", on);
    }

    [Fact]
    public void A_kept_rate_that_is_no_duty_or_comes_first_is_not_read()
    {
        Assert.DoesNotContain(Read("Central bank holds rates as tariff on rice rises\nThe government raised the import duty on rice to 40%.\nThe rate on mortgages remains at 9%.", "NG"), m => m.Contains("9%"));
        Assert.DoesNotContain(Read("Tariff on rice rises\nThe government raised the import duty on rice to 40%.\nThe VAT rate on bread remains at 16%.", "NG"), m => m.Contains("16%"));
        Assert.Empty(Read("Savings news\nThe rate on savings accounts remains at 4%.", "NG"));
        Assert.Empty(Read("Power tariffs\nThe rate for households remains at 12 percent, the regulator said.", "NG"));
    }

    [Fact]
    public void The_all_others_row_of_a_remedy_is_the_origin_s_rate()
    {
        var read = Read("RESOLUTION ending the anti-dumping inquiry into imports of steel padlocks originating in the People's Republic of China.\n"
            + "FIRST.\nThe inquiry into imports of steel padlocks, originating in the People's Republic of China, which enter under tariff item 8301.10.02, is closed, and definitive compensatory quotas are imposed as follows:\n"
            + "a. for imports from Acme Hardware Co., Ltd., US$0.85 per kilogram, and\n"
            + "b. for imports from all other exporters, US$2.15 per kilogram.\n"
            + "SECOND.\nThe compensatory quotas are payable on top of the applicable import tariff.", "MX");
        Assert.Contains(read, m => m.StartsWith("MX>CN 2.15 usd/kg") && m.Contains("padlocks"));
        Assert.DoesNotContain(read, m => m.StartsWith("MX>CN 0.85"));
    }

    [Fact]
    public void An_all_others_row_with_no_remedy_before_it_is_not_read()
    {
        Assert.Empty(Read("Exporters survey\nMost firms said prices rose.\nb. for all other exporters, 12% of sales.", "MX"));
    }

    [Fact]
    public void Formal_names_are_the_countries()
    {
        Assert.Contains(Watcher.Core.Entities.EntityFinder.Find("imports into the United Mexican States"), m => m.CountryId == "MX");
        Assert.Contains(Watcher.Core.Entities.EntityFinder.Find("imports into the Argentine Republic"), m => m.CountryId == "AR");
    }
}
