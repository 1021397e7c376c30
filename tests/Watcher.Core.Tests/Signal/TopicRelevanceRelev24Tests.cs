using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 23 (relev24, docs/quality.md "Session 23 (relev24)"): kinds of tariff and summit statement holdout 25 showed the
/// rules lacked, on sentences written for these tests with other countries, leaders and goods — preliminary dumping deposits;
/// an import adjustment tax; a headline's duty or tariff changed "on" goods; a trade tax on goods; Portuguese duties paid at a
/// rate; the Ukrainian and Russian customs and anti-dumping duties; Mexico's compensatory quotas named in Spanish; the heads of
/// a named forum meeting; a summit closing with a declaration in another language; a head of government heading to another
/// country; two countries' ministers by their full office — and the look-alikes that must stay out: waste dumped in a river, a
/// stamp duty or power tariff cut, Germany's municipal trade tax, human rights, a state fee, a mountaineers' summit, a governor
/// heading to the White House.
/// </summary>
public class TopicRelevanceRelev24Tests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text = "")
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    [Theory]
    [InlineData("Commerce sets preliminary dumping deposits of up to 88% on Vietnamese steel wire hangers")]
    [InlineData("Importers of Thai citric acid must post dumping deposits from March")]
    public void Dumping_deposits_are_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Residents complain of illegal dumping deposits along the river bank")]
    public void Waste_dumped_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Ghana unions criticise 10% import adjustment tax on frozen chicken")]
    [InlineData("Import adjustment taxes on cement to stay, finance ministry says")]
    public void An_import_adjustment_tax_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Relief for farmers: duty removed on rainwater tanks")]
    [InlineData("Duty waived on hearing aids and wheelchairs")]
    [InlineData("Duty cut on solar water heaters from July")]
    public void A_duty_changed_on_goods_in_a_headline_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Stamp duty cut on first homes")]
    [InlineData("Electricity tariff raised on big industrial users")]
    [InlineData("Nurse back on duty, suspended on appeal")]
    public void A_domestic_duty_a_power_tariff_or_a_nurses_duty_changed_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Trade tax on imported tyres raised to 40 percent")]
    [InlineData("Trade tax on glass jars up to 20 percent")]
    public void A_trade_tax_on_goods_is_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Munich raises trade tax on business profits by 5 percent")]
    [InlineData("Municipal trade tax on companies up 3 percent in Hamburg")]
    public void Germanys_municipal_trade_tax_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Painéis solares pagarão 10% de direitos a partir de julho")]
    [InlineData("Governo reduz direitos aduaneiros sobre arroz importado")]
    public void Portuguese_duties_paid_at_a_rate_are_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Relatório: 40% dos direitos humanos violados na região")]
    public void Portuguese_human_rights_are_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Україна підвищила мито на імпортні шини")]
    [InlineData("Россия вводит антидемпинговые пошлины на китайские трубы")]
    [InlineData("Правительство снизило ввозные пошлины на сахар")]
    public void Ukrainian_and_Russian_customs_and_anti_dumping_duties_are_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Госпошлина за паспорт вырастет в январе")]
    public void A_russian_state_fee_is_no_tariff(string title) => Assert.False(Topics(title).Tariffs);

    [Theory]
    [InlineData("Economía fija cuotas compensatorias de hasta 1.95 dólares por kilo a cerraduras chinas")]
    public void Compensatory_quotas_in_spanish_with_their_amount_are_a_tariff(string title) => Assert.True(Topics(title).Tariffs);

    [Theory]
    [InlineData("Heads of government of the Southern African Development Community met in Windhoek on food security", "")]
    [InlineData("Caribbean leaders confer", "Heads of state of the Central American Integration System meeting in Panama adopted a regional plan.")]
    public void The_heads_of_a_named_forum_meeting_are_a_summit(string title, string text) => Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Heads of government agencies in the Rift Valley region met in Nakuru on drought relief", "")]
    public void Heads_of_agencies_meeting_are_no_summit(string title, string text) => Assert.False(Topics(title, text).Summits);

    [Theory]
    [InlineData("Cumbre de la Comunidad del Caribe cierra con Declaración de Bridgetown")]
    [InlineData("Le sommet de Nouakchott s'achève sur une déclaration commune")]
    public void A_summit_closing_with_a_declaration_in_another_language_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Alpinistas alcanzan la cumbre del Aconcagua tras ocho días")]
    [InlineData("Mountaineers reach the summit of Everest and issue a declaration on waste")]
    public void A_mountains_top_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Malawian president heads to White House over tobacco tariff")]
    [InlineData("Fijian PM travels to Canberra for trade talks")]
    public void A_head_of_government_heading_to_another_country_is_a_summit(string title) => Assert.True(Topics(title).Summits);

    [Theory]
    [InlineData("Texas governor heads to White House over border tariffs")]
    [InlineData("US president heads to Camp David for the weekend")]
    public void A_governor_or_a_domestic_trip_is_no_summit(string title) => Assert.False(Topics(title).Summits);

    [Theory]
    [InlineData("Chile and Vietnam discuss tariff on wine", "Chile's Minister of Foreign Affairs met with the Minister of Industry and Trade of Vietnam in Hanoi and discussed the 10 percent tariff on Chilean wine.")]
    public void Two_countries_discussing_a_tariff_with_ministers_meeting_are_a_summit(string title, string text) => Assert.True(Topics(title, text).Summits);

    [Theory]
    [InlineData("Chile and Vietnam discuss tariff on wine", "Exporters in Chile say the 10 percent tariff on wine in Vietnam hurts sales.")]
    public void Two_countries_discussing_a_tariff_without_a_meeting_are_no_summit(string title, string text) => Assert.False(Topics(title, text).Summits);
}
