using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Look-alike stories that share leaders, vocabulary or a product but are different news, and copies of one story that
/// must still join: the kinds of false merge holdouts 5 and 6 showed, written with other countries, forums and products.
/// </summary>
public class StoryOccasionTests
{
    [Theory]
    // two trade-remedy rulings whose headlines share only the vocabulary of every such ruling and the target: two stories
    [InlineData("Mexico imposes anti-dumping duties on steel wire rod from China",
        "MEXICO CITY (Reuters) - Mexico's economy ministry has imposed definitive anti-dumping duties on steel wire rod imported from China, according to a notice in the official gazette on Monday. The ministry said its investigation found that dumped imports had depressed prices for domestic mills in Monterrey.",
        "Commission imposes anti-dumping duties on glass fibre fabrics from China",
        "Brussels, 4 May 2026. The European Commission has today imposed anti-dumping duties on imports of glass fibre fabrics originating in China. The investigation confirmed that dumped imports caused material injury to producers in Italy and the Czech Republic.", false)]
    [InlineData("Ministry imposes anti-dumping duty on plywood from China",
        "The Ministry of Industry and Trade has imposed an anti-dumping duty on plywood originating in China for five years, following a complaint by domestic wood processors in Binh Dinh province.",
        "Finance ministry imposes anti-dumping duty on nylon film from China",
        "The finance ministry has imposed an anti-dumping duty on nylon film from China, according to a regulation signed on Friday, after the trade remedies committee found that packaging makers in Java were hurt.", false)]
    // the same ruling told by a release and by a wire: the headlines share the product
    [InlineData("Mexico imposes anti-dumping duties on steel wire rod from China",
        "MEXICO CITY (Reuters) - Mexico's economy ministry has imposed definitive anti-dumping duties on steel wire rod imported from China, according to a notice in the official gazette on Monday. The ministry said its investigation found that dumped imports had depressed prices for domestic mills in Monterrey.",
        "Economy ministry imposes anti-dumping duties on Chinese wire rod",
        "The Ministry of Economy published in the Official Gazette of the Federation the final resolution of the anti-dumping investigation into imports of steel wire rod originating in China, imposing definitive duties. Domestic mills in Monterrey had requested the investigation.", true)]
    public void Headlines_that_share_only_trade_vocabulary_do_not_make_one_story(string titleA, string textA, string titleB, string textB, bool same) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);

    [Theory]
    // the same leaders attend two summits of different forums: two stories
    [InlineData("Modi, Lula arrive in Kazan for BRICS summit",
        "KAZAN, Oct 21. Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva arrived in Kazan on Monday for the BRICS summit hosted by Russia. The leaders will discuss a joint payment system and the expansion of the group.",
        "G20 summit opens in Johannesburg as Modi, Lula join leaders",
        "JOHANNESBURG (AFP) - Leaders of the Group of 20 opened their annual summit in Johannesburg on Saturday, with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva among those attending. Host Cyril Ramaphosa called for debt relief for poorer nations.", false)]
    // a headline alone naming one forum is not a story about another forum's summit
    [InlineData("SCO summit opens in Astana as Modi, Lula join leaders",
        "",
        "G20 summit opens in Johannesburg as Modi, Lula join leaders",
        "JOHANNESBURG (AFP) - Leaders of the Group of 20 opened their annual summit in Johannesburg on Saturday, with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva among those attending. Host Cyril Ramaphosa called for debt relief for poorer nations.", false)]
    // two outlets on one G20 summit: one story
    [InlineData("Ramaphosa welcomes G20 leaders to Johannesburg summit",
        "JOHANNESBURG, Nov 22 (Reuters) - South African President Cyril Ramaphosa welcomed leaders of the Group of 20 to Johannesburg on Saturday for the first G20 summit held in Africa, with Indian Prime Minister Narendra Modi and Brazil's Luiz Inacio Lula da Silva among those attending.",
        "G20 summit opens in Johannesburg as Modi, Lula join leaders",
        "JOHANNESBURG (AFP) - Leaders of the Group of 20 opened their annual summit in Johannesburg on Saturday, with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva among those attending. Host Cyril Ramaphosa called for debt relief for poorer nations.", true)]
    public void Summits_of_different_forums_are_different_stories(string titleA, string textA, string titleB, string textB, bool same) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);

    [Theory]
    // two editions of one recurring summit under one chair, months apart: two stories
    [InlineData("Anwar opens 46th ASEAN summit in Kuala Lumpur",
        "KUALA LUMPUR, May 26 (Bernama) -- Prime Minister Anwar Ibrahim hosted Southeast Asian leaders for the 46th ASEAN Summit in Kuala Lumpur today, with the crisis in Myanmar and US tariffs on the agenda. Leaders also discussed admitting Timor-Leste as the group's 11th member.",
        "Malaysia hosts 47th ASEAN summit as Myanmar crisis looms",
        "KUALA LUMPUR (Reuters) - Malaysia's Anwar Ibrahim hosted Southeast Asian leaders for the 47th ASEAN summit on Sunday, with the crisis in Myanmar and US tariffs on the agenda. Timor-Leste was formally admitted as the group's 11th member.", false)]
    // one edition told twice: one story
    [InlineData("Anwar opens 47th ASEAN summit in Kuala Lumpur",
        "KUALA LUMPUR, Oct 26 (Bernama) -- Prime Minister Anwar Ibrahim opened the 47th ASEAN Summit in Kuala Lumpur today, calling on member states to deepen economic integration amid US tariffs. Leaders will also discuss the crisis in Myanmar.",
        "Malaysia hosts 47th ASEAN summit as Myanmar crisis looms",
        "KUALA LUMPUR (Reuters) - Malaysia's Anwar Ibrahim hosted Southeast Asian leaders for the 47th ASEAN summit on Sunday, with the crisis in Myanmar and US tariffs on the agenda. Timor-Leste was formally admitted as the group's 11th member.", true)]
    public void Editions_of_a_recurring_summit_are_different_stories(string titleA, string textA, string titleB, string textB, bool same) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);

    [Theory]
    // the provisional and the definitive duties of one case, months apart: two stories
    [InlineData("EU sets provisional anti-dumping duties on Chinese glass fibre",
        "BRUSSELS, June 3 (Reuters) - The European Commission imposed provisional anti-dumping duties on glass fibre fabrics from China on Tuesday, siding with producers in Italy and the Czech Republic. The duties apply for up to six months while the investigation continues.",
        "Commission imposes definitive anti-dumping duties on glass fibre from China",
        "Brussels, 2 December 2026. The European Commission has today imposed definitive anti-dumping duties on imports of glass fibre fabrics originating in China. The duties will apply for five years and follow an investigation which confirmed injury to producers in Italy and the Czech Republic.", false)]
    [InlineData("China announces preliminary ruling on Japanese optical fibre",
        "BEIJING (Xinhua) -- China's Ministry of Commerce on Thursday announced a preliminary ruling in its anti-dumping probe into optical fibre imported from Japan, requiring importers to pay deposits from Friday.",
        "China issues final anti-dumping ruling on Japanese optical fibre",
        "BEIJING (Xinhua) -- China's Ministry of Commerce on Thursday issued its final ruling in the anti-dumping probe into optical fibre imported from Japan, imposing duties for five years from Friday.", false)]
    // one provisional measure told by a wire and a trade paper: one story
    [InlineData("EU sets provisional anti-dumping duties on Chinese glass fibre",
        "BRUSSELS, June 3 (Reuters) - The European Commission imposed provisional anti-dumping duties on glass fibre fabrics from China on Tuesday, siding with producers in Italy and the Czech Republic. The duties apply for up to six months while the investigation continues.",
        "Brussels slaps preliminary duties on glass fibre fabrics from China",
        "Glass fibre fabrics from China will face preliminary anti-dumping duties in the EU from Wednesday, the European Commission said, after producers in Italy and the Czech Republic complained of dumping. The duties apply for six months.", true)]
    public void The_provisional_and_the_definitive_stage_of_one_case_are_different_stories(string titleA, string textA, string titleB, string textB, bool same) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);
}
