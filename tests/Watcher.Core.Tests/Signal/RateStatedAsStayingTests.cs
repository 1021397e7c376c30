namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 26 (extract48): a rate in force, stated as staying what it is (TariffExtractor.RateInForce.cs) — the duty as the subject of
/// "remains / stays at", "continues to apply", "is unchanged at", "will be retained"; goods before the duty word ("Wheat import duty
/// stays at 10pc"); goods that "remain at N% duty"; an origin's exporters or goods that "continue to face" a tariff; and goods "charged"
/// a rate without "at". The imposer is the sentence's, else the item's. A duty of care, a utility's or a telecom tariff, an excise, GST,
/// VAT or stamp duty, a share, inflation or an interest rate, a fine, and a rate that "remained" read nothing. Sentences are the tests'
/// own, in wire, budget-brief and headline styles.
/// </summary>
public class RateStatedAsStayingTests
{
    [Theory]
    [InlineData("Uganda raised the import duty on bar soap to 35 percent. Import duty on liquid soap remains at 25 percent.", "UG>* 25% liquid soap")]
    [InlineData("Egypt raised customs duties on razors to 30 percent. The ministry noted that the 10 percent customs duty on toothbrushes continues to apply.", "EG>* 10% toothbrushes")]
    [InlineData("Kenya cut the duty on rice to 25%. The duty on sugar will remain at 35%.", "KE>* 35% sugar")]
    [InlineData("Mexico raised tariffs on shoes to 35%. The tariff on bicycles is unchanged at 20%.", "MX>* 20% bicycles")]
    [InlineData("Chile lowered the tariff on cheese to 4%. Chile's 6% tariff on canned tuna from Thailand remains in force.", "CL>TH 6% canned tuna")]
    [InlineData("Seoul said it would not open its rice market. The 513 percent tariff on rice imports above the quota would stay.", "KR>* 513% rice")]
    public void A_duty_that_stays_reads_its_rate(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Kenya extends EAC waiver on wheat imports. Wheat import duty stays at 10pc as EAC extends waiver.", "KE>* 10% Wheat")]
    public void Goods_before_the_duty_word_are_its_goods(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("South Africa raised the duty on candles to 30%. Paraffin wax, the main input, remains at 5% duty.", "ZA>* 5% Paraffin wax")]
    public void Goods_that_stay_at_a_duty_read_it(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Talks between India and the US stalled. Indian exporters of textiles, gems and jewellery continue to face a combined 50 per cent tariff on their goods in the US market.", "US>IN 50% goods")]
    [InlineData("The EU extended its duties on bicycles. Chinese makers of e-bikes still pay a 79% duty in the bloc.", "EU>CN 79% e-bikes")]
    public void An_origins_exporters_still_face_a_rate(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("Kuwait raised duties on vapes. Tobacco products, e-liquids included, will be charged customs duty of 100 per cent of their value from 1 September.", "KW>* 100% Tobacco products")]
    [InlineData("Pakistan set duties on sorbitol. Sorbitol from China will be charged 43.6 percent duty.", "PK>CN 43.6% Sorbitol")]
    public void Goods_charged_a_rate_without_at_read_it(string text, string expected) =>
        Assert.Contains(expected, MeasureKey.All(text), StringComparison.OrdinalIgnoreCase);

    [Theory]
    // a duty of care, a utility's, a telecom's and a sport's tariff, domestic taxes, shares, inflation, interest rates, fines, the past
    [InlineData("Kenya raised the tariff on sugar to 35%. The duty of care remains with the importer at all times.", "care")]
    [InlineData("Britain raised tariffs on steel to 25%. The electricity tariff stays at 12 percent above last year's cap.", "12%")]
    [InlineData("India raised tariffs on gold to 15%. The mobile tariff on prepaid plans remains at 18 percent.", "18%")]
    [InlineData("India raised tariffs on gold to 15%. GST on hotel rooms stays at 5%.", "5%")]
    [InlineData("Kenya raised tariffs on sugar to 35%. VAT on bread remains at 16%.", "16%")]
    [InlineData("Kenya raised tariffs on sugar to 35%. Excise duty on beer remains at 20%.", "20%")]
    [InlineData("Britain raised tariffs on steel to 25%. Stamp duty stays at 5% for first-time buyers.", "5%")]
    [InlineData("Mexico raised tariffs on shoes to 35%. Its market share remains at 25%.", "25%")]
    [InlineData("Mexico raised tariffs on shoes to 35%. Inflation remains at 4.5 percent.", "4.5%")]
    [InlineData("Mexico raised tariffs on shoes to 35%. The central bank's interest rate stays at 11 percent.", "11%")]
    [InlineData("Mexico raised tariffs on shoes to 35%. The firm continues to pay a fine of 10 percent of its turnover.", "10%")]
    [InlineData("Mexico raised tariffs on shoes to 35%. Mexican exporters continue to face 30% higher freight costs.", "30%")]
    public void A_rate_that_is_no_duty_in_force_reads_nothing(string text, string notExpected) =>
        Assert.DoesNotContain(MeasureKey.All(text).Split('|'), k => k.Contains(" " + notExpected, StringComparison.OrdinalIgnoreCase));
}
