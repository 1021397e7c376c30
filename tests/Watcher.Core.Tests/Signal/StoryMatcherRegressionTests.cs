using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

public class StoryMatcherRegressionTests
{
    [Fact]
    public void Shared_background_facts_do_not_merge_two_different_stories()
    {
        // Both ledes mention Canada's 100% EV tariff as background; the stories are different news (found by `watcher demo`).
        var earlier = StoryFingerprint.Of("China weighs response to Canadian EV surtax, industry groups say",
            "Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles, according to industry groups in Beijing. Canadian exporters of pork and seafood said they were bracing for retaliation.",
            "https://northwire.example/business/2025/03/01/pork-seafood-tariffs");
        var canola = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
            "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.",
            "https://northwire.example/business/2025/03/08/china-canola-levy");
        var copy = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed - Maple Broadcasting",
            "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, Beijing said on Saturday, in what is seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.",
            "https://mbc.example/news/business/china-canola-levy");

        Assert.True(StoryMatcher.Score(earlier, canola) < StoryMatcher.DefaultThreshold);
        Assert.True(StoryMatcher.Score(canola, copy) >= StoryMatcher.DefaultThreshold);
    }

    [Theory]
    // An outlet rounds the rate ("as much as 52 percent" for 51.6%): the same measure, one story.
    [InlineData("Thailand sets anti-dumping duties of up to 51.6% on Vietnamese galvanised steel",
        "BANGKOK (Reuters) - Thailand will impose anti-dumping duties of up to 51.6% on galvanised steel coil from Vietnam for five years, the commerce ministry said on Tuesday, after finding that cheap imports hurt local mills.",
        "Thai mills cheer as Bangkok slaps 52% duty on Vietnamese coil",
        "Thailand will levy anti-dumping tariffs of as much as 52 percent on galvanised steel coil made in Vietnam from next month, a move local mills had sought for two years as prices slumped.", true)]
    // A duty on every origin, told from one exporter's side, is the same story.
    [InlineData("Egypt imposes 20% safeguard duty on imported flat glass",
        "CAIRO (Reuters) - Egypt will impose a 20% safeguard duty on imports of flat glass from all origins for three years, the trade ministry said on Sunday, citing a surge in shipments that hurt local makers.",
        "Turkish glassmakers hit as Egypt raises duty",
        "ISTANBUL - Turkish glass producers expect lower sales after Egypt imposed a 20 percent duty on flat glass imports, effective next month. Turkey was Egypt's largest supplier of flat glass last year.", true)]
    // Trade press calls them light vehicles, the wire says cars: one measure, one story.
    [InlineData("Colombia approves 40% tariff on Chinese cars",
        "BOGOTA (Reuters) - Colombia's trade committee on Tuesday approved a 40% tariff on cars imported from China, a move dealers said would raise prices of the cheapest models.",
        "What Colombia's new duty means for Chinese brands",
        "Analysis. Chinese brands sell one in four new cars in Colombia. The trade committee has raised the duty on light vehicles imported from China to 40%, which dealers say will add millions of pesos to sticker prices.", true)]
    // Look-alikes that must stay apart: the same imposer and whole rate on another product, or on parts rather than cars.
    [InlineData("Thailand sets anti-dumping duties of up to 51.6% on Vietnamese galvanised steel",
        "BANGKOK (Reuters) - Thailand will impose anti-dumping duties of up to 51.6% on galvanised steel coil from Vietnam for five years, the commerce ministry said on Tuesday, after finding that cheap imports hurt local mills.",
        "Thailand slaps 52% duty on Vietnamese plywood",
        "Thailand will levy anti-dumping tariffs of 52 percent on plywood made in Vietnam from next month, the commerce ministry said on Tuesday, after finding that cheap imports hurt local mills.", false)]
    [InlineData("Colombia approves 40% tariff on Chinese cars",
        "BOGOTA (Reuters) - Colombia's trade committee on Tuesday approved a 40% tariff on cars imported from China, a move dealers said would raise prices of the cheapest models.",
        "Colombia approves 40% tariff on Chinese auto parts",
        "BOGOTA (Reuters) - Colombia's trade committee on Tuesday approved a 40% tariff on auto parts imported from China, a move workshops said would raise repair prices.", false)]
    [InlineData("Egypt imposes 20% safeguard duty on imported flat glass",
        "CAIRO (Reuters) - Egypt will impose a 20% safeguard duty on imports of flat glass from all origins for three years, the trade ministry said on Sunday, citing a surge in shipments that hurt local makers.",
        "Egypt imposes 20% duty on Turkish steel rebar",
        "CAIRO - Egypt will impose a 20 percent duty on steel rebar imported from Turkey, effective next month, the trade ministry said on Sunday, citing a surge in shipments that hurt local makers.", false)]
    public void A_measure_stated_differently_joins_and_a_look_alike_does_not(string titleA, string textA, string titleB, string textB, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.Equal(same, StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
        Assert.Equal(same, StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold);
    }
}

public class PossessiveImposerTests
{
    [Theory]
    [InlineData("Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles.", "CA", "CN", 100)]
    [InlineData("Beijing said it would answer China's critics after Canada’s new 25% surtax on Chinese steel took effect.", "CA", "CN", 25)]
    public void A_possessive_names_the_imposer(string sentence, string imposer, string target, double rate)
    {
        var m = Assert.Single(Watcher.Core.Facts.TariffExtractor.Extract(sentence));
        Assert.Equal((imposer, target, rate), (m.Imposer, m.Target, m.Rate));
    }
}

public class SameMeetingTests
{
    private const string Arrival = "Lula arrives in Tokyo for summit with Takaichi as US pressure mounts";
    private const string ArrivalText = "TOKYO (Reuters) - Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Monday for a summit with Prime Minister Sanae Takaichi expected to focus on ethanol, beef and aircraft. Washington raised tariffs on Brazilian goods to 50% in July. Takaichi greeted Lula at Haneda airport.";

    [Theory]
    // the same meeting told by two outlets, sharing few words: one story
    [InlineData("Lula, Takaichi start talks at Akasaka Palace",
        "TOKYO, March 3. Brazilian President Luiz Inacio Lula da Silva and Japanese Prime Minister Sanae Takaichi have started talks at the Akasaka Palace, a correspondent reported. The delegations include the foreign ministers of both countries. It is Lula's first visit to Japan in five years.", true)]
    // another meeting of one of the leaders: another story
    [InlineData("Lula, Modi start talks at Hyderabad House",
        "NEW DELHI, March 3. Brazilian President Luiz Inacio Lula da Silva and Indian Prime Minister Narendra Modi have started talks at Hyderabad House, a correspondent reported. The delegations include the foreign ministers of both countries. It is Lula's first visit to India in five years.", false)]
    // the same leaders, but a headline about one party only does not say it is the same news
    [InlineData("Takaichi pledges ethanol cooperation",
        "TOKYO, March 3. Brazilian President Luiz Inacio Lula da Silva and Japanese Prime Minister Sanae Takaichi have started talks at the Akasaka Palace, a correspondent reported. The delegations include the foreign ministers of both countries. It is Lula's first visit to Japan in five years.", false)]
    public void A_meeting_reported_twice_under_headlines_naming_the_same_parties_is_one_story(string title, string text, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(Arrival, ArrivalText, null), StoryFingerprint.Of(title, text, null));
        Assert.Equal(same, StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
        Assert.Equal(same, StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void The_ledes_state_the_meeting_so_the_rule_is_tested()
    {
        var facts = StoryFingerprint.Of(Arrival, ArrivalText, null).Facts;
        Assert.Contains(facts, f => f.StartsWith("e:", StringComparison.Ordinal) && f.Contains("Lula", StringComparison.Ordinal) && f.Contains("Takaichi", StringComparison.Ordinal));
    }
}

public class HeadlineTopicTests
{
    private const string Article = "Thailand to impose anti-dumping duties on Vietnamese galvanised steel";
    private const string ArticleText = "BANGKOK, May 4 -- Thailand will impose anti-dumping duties on galvanised steel coil imported from Vietnam for the next five years, the commerce ministry said on Tuesday. The ministry found that cheap Vietnamese coil had hurt domestic mills. Importers who offered price undertakings are exempted.";

    [Theory]
    // a headline alone that names the article's product: contained in it, one story
    [InlineData("Vietnamese galvanised coil to face Thai anti-dumping duty for five years", true)]
    // a headline alone on another product shares only the country and the trade words with the article: another story,
    // however many of its words ("imports", "anti-dumping", "duty", "five years") the article contains
    [InlineData("Ceramic tile imports from Vietnam to attract anti-dumping duty for five years", false)]
    public void A_trade_headline_alone_joins_an_article_only_through_a_word_of_its_topic(string headline, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(Article, ArticleText, null), StoryFingerprint.Of(headline, "", null));
        Assert.Equal(same, StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
        Assert.Equal(same, StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold);
    }

    [Theory]
    [InlineData("Ceramic tile imports from Vietnam to attract anti-dumping duty", "Thailand to impose anti-dumping duties on Vietnamese steel", false)]
    [InlineData("Vietnamese galvanised coil to face Thai anti-dumping duty", "Thailand to impose anti-dumping duties on Vietnamese galvanised steel", true)]
    // headlines without trade words (a summit, a visit) are about their countries and forum: no topic word is needed
    [InlineData("Ramaphosa opens first G20 summit on African soil", "G20 leaders meet in Johannesburg", true)]
    public void Headlines_share_a_topic_word(string a, string b, bool shared) =>
        Assert.Equal(shared, StoryFingerprint.Of(a, "", null).HeadlinesShareATopicWord(StoryFingerprint.Of(b, "", null)));
}

public class WireTemplateTests
{
    private static string Text(string product) =>
        $"Bogota said on Monday it will apply a 10% tariff on imports of {product} from India, effective May 4. Exporters warned of lost contracts worth millions. Customs officers will publish guidance on Friday.";

    [Theory]
    // one wire template, two products: two measures, two stories, though the texts are nearly word for word the same
    [InlineData("Colombia raises 10% tariff on Indian cement", "cement", "Colombia raises 10% tariff on Indian coffee", "coffee", false)]
    // a copy whose extractor reading differs (the headline says the same product) still joins its near-verbatim story
    [InlineData("Colombia raises 10% tariff on Indian cement", "cement", "Colombia raises 10% tariff on Indian cement - Daily Wire", "cement", true)]
    public void Near_verbatim_template_stories_on_different_products_stay_apart(string titleA, string productA, string titleB, string productB, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, Text(productA), null), StoryFingerprint.Of(titleB, Text(productB), null));
        Assert.Equal(same, StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
    }
}

public class RatelessHeadlineTests
{
    private const string Article = "Thailand announces final ruling in anti-dumping probe into Vietnamese galvanised steel";
    private const string ArticleText = "BANGKOK, May 4 -- Thailand's commerce ministry on Friday announced a final ruling in its anti-dumping investigation, deciding to levy anti-dumping duties of up to 51.6 percent on galvanised steel coil from Vietnam from May 5 for five years. Companies which offered price undertakings accepted by the ministry will be exempted, a spokesperson said.";

    [Theory]
    // a headline without a rate that names the measure's imposer, target and product: the same story
    [InlineData("Thailand confirms galvanised steel duties on Vietnam, spares firms with price deals", true)]
    // the same parties, another product: another story
    [InlineData("Thailand confirms plywood duties on Vietnam, spares firms with price deals", false)]
    // the same product from another target: another story
    [InlineData("Thailand confirms galvanised steel duties on Malaysia, spares firms with price deals", false)]
    public void A_headline_naming_the_articles_measure_without_its_rate_joins_it(string headline, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(Article, ArticleText, null), StoryFingerprint.Of(headline, "", null));
        Assert.Contains(a.Facts, f => f.StartsWith("m:TH>VN:51.6", StringComparison.Ordinal));
        Assert.Equal(same, StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold);
        Assert.Equal(same, StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold);
    }
}
