using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (extract41): goods named as the subject of "will pay", "will face" keep their whole list when the sentence opens
/// with a dateline or a brief's label before a dash or a colon ("BHUTAN — Imports of chillies, beans and cauliflower will pay a
/// 30% customs duty"), and "Importers of toothpicks, wooden matches and plastic chairs will pay …" name their goods as "Imports
/// of" does: the list's first comma is no lead-in's end. Sentences are the tests' own.
/// </summary>
public class SubjectLeadInTests
{
    private static IReadOnlyList<string> GoodsAt(string text, double rate, string outlet) =>
        TariffExtractor.Extract(text, outlet).Where(m => m.Rate == rate).SelectMany(m => m.Products).ToList();

    [Theory]
    [InlineData("NEPAL — Imports of onions, garlic and ginger will pay a 40% customs duty during the harvest season, the customs department said.", 40, "NP", "onions", "ginger")]
    [InlineData("- Fiji: Imports of canned fish, biscuits and instant noodles will pay a 32% duty from August 1.", 32, "FJ", "canned fish", "instant noodles")]
    [InlineData("Nigeria: Importers of matches, candles and plastic buckets will pay a 30 per cent import duty from next month.", 30, "NG", "matches", "plastic buckets")]
    [InlineData("Ghana's importers of sugar, rice and wheat flour will pay a 25% levy under the new budget.", 25, "GH", "sugar", "wheat flour")]
    public void The_subject_list_keeps_its_first_item(string text, double rate, string outlet, string first, string last)
    {
        var goods = GoodsAt(text, rate, outlet);
        Assert.Contains(goods, g => g.Contains(first, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(goods, g => g.Contains(last, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // the label before the colon or dash is never goods
    [InlineData("NEPAL — Imports of onions, garlic and ginger will pay a 40% customs duty during the harvest season.", 40, "NP", "NEPAL")]
    [InlineData("- Fiji: Imports of canned fish, biscuits and instant noodles will pay a 32% duty from August 1.", 32, "NP", "Fiji")]
    // a lead-in clause with a comma still ends before the goods
    [InlineData("In a notice on Monday, rice imported from outside the region will pay a 35% duty.", 35, "GH", "notice")]
    public void The_lead_in_is_no_goods(string text, double rate, string outlet, string notGoods) =>
        Assert.DoesNotContain(GoodsAt(text, rate, outlet), g => g.Contains(notGoods, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Duty_as_an_obligation_after_a_label_reads_no_measure() =>
        Assert.DoesNotContain(TariffExtractor.Extract("NEPAL — Importers of onions and garlic have a duty to declare their stocks, the ministry said.", "NP"),
            m => m.Rate is not null);
}
