using Watcher.Core.Facts;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A French, Spanish or Portuguese copy's goods are compared with the English copy's by their English head
/// (<see cref="ForeignGoods"/>): a story's fact keys name "lait concentré sucré" as "milk concentré sucré", so the French copy of a
/// duty on evaporated milk states the English copy's measure, not another one. English phrases, and foreign words English
/// shares with another sense, stay as they are.
/// </summary>
public class ForeignGoodsTests
{
    [Theory]
    [InlineData("lait concentré sucré", "milk concentré sucré")]
    [InlineData("lait évaporé", "milk évaporé")]
    [InlineData("acero", "steel")]
    [InlineData("bisagra de acero", "hinge steel")]
    [InlineData("aço", "steel")]
    [InlineData("máquina de espresso", "machine espresso")]
    [InlineData("moedor de café elétrico", "grinder coffee electric")]
    [InlineData("lubrifiant", "lubricant")]
    [InlineData("lenteja", "lentil")]
    // the function words between a Romance noun and its complement go only with a foreign goods word beside them
    [InlineData("lait de coco", "milk coco")]
    public void A_foreign_goods_word_reads_as_its_English_head(string product, string english) =>
        Assert.Equal(english, ForeignGoods.InEnglish(product));

    [Theory]
    // English phrases: nothing changes, "of" and "and" included
    [InlineData("evaporated milk")]
    [InlineData("steel pipe")]
    [InlineData("fish and chip")]
    [InlineData("rules of origin")]
    // English words a Romance language shares in another sense are not in the list: "pan", "raisin", "panel", "moto"
    [InlineData("frying pan")]
    [InlineData("raisin")]
    [InlineData("solar panel")]
    // a foreign phrase with no goods word the list knows keeps its words
    [InlineData("cuota de pantalla")]
    [InlineData("")]
    public void Other_phrases_stay_as_they_are(string product) =>
        Assert.Equal(product, ForeignGoods.InEnglish(product));

    [Fact]
    public void A_French_copy_states_the_English_copys_measure_on_milk()
    {
        var english = StoryFingerprint.Of("Senegal raises customs duty on imported powdered milk to 30%",
            "Senegal's finance law raises the customs duty on imported powdered milk to 30%, against 20% previously.", "https://example.com/en", "SN");
        var french = StoryFingerprint.Of("Le lait en poudre importé taxé à 30%",
            "Au Sénégal, la loi de finances porte à 30% le droit de douane sur le lait en poudre importé, contre 20% auparavant.", "https://example.com/fr", "SN");
        Assert.Contains(french.Facts, f => f.Contains("milk", StringComparison.Ordinal));
        Assert.Contains(french.Facts, f => english.Facts.Any(e => StoryFingerprint.FactsAgree(f, e)));
    }

    [Fact]
    public void A_French_copy_on_another_goods_still_states_another_measure()
    {
        var english = StoryFingerprint.Of("Senegal raises customs duty on imported powdered milk to 30%",
            "Senegal's finance law raises the customs duty on imported powdered milk to 30%, against 20% previously.", "https://example.com/en", "SN");
        var french = StoryFingerprint.Of("Le riz importé taxé à 30%",
            "Au Sénégal, la loi de finances porte à 30% le droit de douane sur le riz importé, contre 20% auparavant.", "https://example.com/fr", "SN");
        Assert.DoesNotContain(french.Facts, f => f.StartsWith("m:", StringComparison.Ordinal) && english.Facts.Any(e => e.StartsWith("m:", StringComparison.Ordinal) && StoryFingerprint.FactsAgree(f, e)));
    }
}
