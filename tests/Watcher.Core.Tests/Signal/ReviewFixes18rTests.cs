using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Review fixes of session 18 (fix18r) to relev16's relevance rules and to the leader-pair clause (docs/quality.md, "Session
/// 18 (fix18r)"): the reviewer's sentences, variants written for these tests, and the right hits each fix must keep.
/// </summary>
public class ReviewFixes18rTests
{
    private static (bool Tariffs, bool Summits) Topics(string title, string text)
    {
        var topics = QueryTopicMatcher.Default.Match(title, text).Select(m => m.Topic).ToHashSet();
        return (topics.Contains(DefaultTopics.Tariffs), topics.Contains(DefaultTopics.Summits));
    }

    /// <summary>A governing coalition vetoes a summit only when the headline names it; a coalition in the text of two countries'
    /// leaders meeting is background.</summary>
    [Theory]
    [InlineData("Netanyahu meets Trump at White House", "The visit comes as Netanyahu's far-right coalition partners threatened to quit over a ceasefire deal.", true)]
    [InlineData("Takaichi, Lee agree to deepen ties at summit in Gyeongju", "The summit comes as the Japanese coalition leaders argue over the budget.", true)]
    [InlineData("Merz meets Xi in Beijing", "Merz faces pressure at home from the CDU's coalition partners over China policy.", true)]
    [InlineData("Albanese meets Modi on sidelines of G20 summit", "Labor's coalition parties were not consulted.", true)]
    [InlineData("Coalition leaders hold crisis summit over pension reform", "The leaders of the three governing parties met at the chancellery.", false)]
    [InlineData("Governing coalition partners hold summit on tax cuts", "", false)]
    [InlineData("Coalition of the willing leaders meet in Paris summit", "Leaders of 30 countries met in Paris.", true)]
    public void A_coalition_vetoes_only_its_own_headline_summit(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Summits);

    /// <summary>Two leaders of one country meeting, reviewing or clashing are no summit; two countries' leaders still are.</summary>
    [Theory]
    [InlineData("President Zardari, PM Shehbaz Sharif meet to discuss flood relief", "President Asif Ali Zardari and Prime Minister Shehbaz Sharif met in Islamabad on Monday to review relief for Pakistan's flood victims.", false)]
    [InlineData("Sisi, Madbouly review progress on new capital", "President Abdel Fattah el-Sisi and Prime Minister Mostafa Madbouly met to review work on Egypt's new administrative capital.", false)]
    [InlineData("To Lam, Pham Minh Chinh agree on anti-graft drive", "General Secretary To Lam and Prime Minister Pham Minh Chinh agreed to step up Vietnam's anti-corruption campaign.", false)]
    [InlineData("Boric, Kast meet at La Moneda to begin transition", "Outgoing President Gabriel Boric met President-elect Jose Antonio Kast in Santiago as Chile's transition began.", false)]
    [InlineData("Bilawal slams Shehbaz Sharif over budget deal", "Pakistan Peoples Party chairman Bilawal Bhutto Zardari slammed Prime Minister Shehbaz Sharif over the budget deal with the IMF.", false)]
    [InlineData("Shehbaz Sharif, Erdogan agree to boost trade", "Prime Minister Shehbaz Sharif and President Recep Tayyip Erdogan agreed in Ankara to raise trade between Pakistan and Turkey.", true)]
    [InlineData("Sisi, Modi hold talks in New Delhi", "Egyptian President Abdel Fattah el-Sisi and Indian Prime Minister Narendra Modi held talks.", true)]
    [InlineData("Pham Minh Chinh, Li Qiang agree to deepen rail links", "", true)]
    public void Two_leaders_of_one_country_are_no_summit(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Summits);

    /// <summary>A trade war in a headline is the trade war, unless people, teams or politicians are its rivals beside it; in the
    /// text it still needs a party to trade.</summary>
    [Theory]
    [InlineData("Trade war escalates as markets slump", "The trade war escalated on Monday; stocks fell 3%.", true)]
    [InlineData("Oil falls as trade war deepens", "Crude prices dropped for a third day.", true)]
    [InlineData("Trade war: What it means for your pension", "", true)]
    [InlineData("Gold hits record as investors flee trade war", "", true)]
    [InlineData("Counties' 'trade war' over overseas players escalates", "", false)]
    [InlineData("Premiers' 'trade war' over nurses heats up", "", false)]
    [InlineData("Broadcasters in 'trade war' for presenters as streaming rivals raid talent", "", false)]
    [InlineData("Governors in 'trade war' of words over allocations", "", false)]
    [InlineData("Markets slide on Monday", "Hospitals are in what one executive called a trade war for staff.", false)]
    public void A_headline_trade_war_counts_unless_its_rivals_are_people(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Tariffs);

    /// <summary>Talks with a head of government named by office are a summit only when the headline's subject is an office, a
    /// leader or a country.</summary>
    [Theory]
    [InlineData("Farmers' union holds talks with Prime Minister of India over crop prices", "", false)]
    [InlineData("Opposition leader meets with President of Kenya after protests", "", false)]
    [InlineData("Striking doctors hold talks with President of Nigeria", "", false)]
    [InlineData("Governor holds talks with Prime Minister of Canada on wildfire aid", "", false)]
    [InlineData("Microsoft chief meets with President of Brazil", "", false)]
    [InlineData("President holds talks with Prime Minister of Vietnam", "", true)]
    [InlineData("Prime Minister holds talks with Brazilian President", "", true)]
    [InlineData("Indian PM in talks with President of Ghana", "", true)]
    [InlineData("Ruto holds talks with Prime Minister of Ethiopia", "", true)]
    public void Talks_with_an_office_need_a_head_of_government_as_subject(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Summits);

    /// <summary>A budget's list of what costs more is its customs duties, not its income tax, salaries, fares or prescriptions.</summary>
    [Theory]
    [InlineData("Budget 2026: What gets cheaper and costlier for salaried taxpayers", "The finance minister raised the income tax threshold and changed the slabs.", false)]
    [InlineData("UK Budget: what is cheaper and what costs more - rail fares, prescriptions", "Rail fares will be frozen and prescription charges held.", false)]
    [InlineData("Budget: pensioners and renters - who is better off, what costs more", "Income tax thresholds stay frozen.", false)]
    [InlineData("Budget 2028: What gets costlier - smart meters, walnuts, polysilicon", "", true)]
    [InlineData("Budget: Imported eggs, cooking oil to cost more", "", true)]
    [InlineData("Budget 2027: Toys, smartwatches costlier", "Imported toys will cost more after the minister raised the basic customs duty; income tax slabs were unchanged.", true)]
    public void A_budget_list_is_goods_not_taxes_on_people(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Tariffs);

    /// <summary>A tariff beside a household, data or minimum word stays a tariff when the item names imports or customs anywhere;
    /// a utility's tariff still needs the trade word beside it.</summary>
    [Theory]
    [InlineData("Tariffs cost US households $1,800 on average: report", "The levies raised the price of goods, most of which are imported.", true)]
    [InlineData("Tariff data show US collected $30 billion in July", "Customs receipts hit a record.", true)]
    [InlineData("New US tariffs add $1,200 to household budgets, study finds", "Economists said prices of imported appliances rose most.", true)]
    [InlineData("Households face higher power tariff from July", "The utility said it pays for electricity imports from its neighbour.", false)]
    [InlineData("Regulator approves 9% water tariff rise for city utility", "Residential customers will pay more; the utility also imports chemicals from South Africa.", false)]
    [InlineData("Minimum tariff for taxis rises", "", false)]
    public void A_household_or_data_word_needs_a_trade_word_anywhere(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Tariffs);

    /// <summary>Determinations, safeguards and deposits are a trade remedy only with a remedy's words.</summary>
    [Theory]
    [InlineData("Tribunal issues final determination on asylum seekers from Afghanistan", "", false)]
    [InlineData("FDA preliminary determination on drugs from India", "", false)]
    [InlineData("Regulator imposes safeguard on steel merger", "", false)]
    [InlineData("Homebuyers required to pay deposits of 10 percent in Vietnam", "", false)]
    [InlineData("Casino regulator orders operators to hold deposits of 20 percent in Macau", "", false)]
    [InlineData("Commerce Preliminary Determinations: Brake Drums from Mexico and Türkiye", "", true)]
    [InlineData("Final determination on dumping of ceramic tiles from China", "", true)]
    [InlineData("DFT imposes three-year safeguard on steel beams starting at 21.3%", "", true)]
    [InlineData("China hits Japanese MMA with deposits of up to 47.5%", "", true)]
    [InlineData("Beijing orders importers of US polymers to post cash deposits of 30 percent", "", true)]
    public void Remedy_notices_need_a_remedys_words(string title, string text, bool expected) =>
        Assert.Equal(expected, Topics(title, text).Tariffs);
}
