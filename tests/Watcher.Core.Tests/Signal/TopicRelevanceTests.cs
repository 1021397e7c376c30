using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// "Tariff" and "levy" as the price of a public service or a charge on people, not on goods: postage and parcels, road
/// and bridge tolls, a levy on expatriates' dependants or on tourists. Each stays a trade story when it names imports,
/// customs or a trade bloc. Written with countries and services none of the labelled sets use.
/// </summary>
public class TopicRelevanceTests
{
    [Theory]
    [InlineData("Austrian Post raises parcel tariffs from March", "Austrian Post will raise domestic parcel tariffs by an average of 4% from 1 March, the company said, citing wage costs.", false)]
    [InlineData("PostNord lifts postage tariffs in Denmark", "Denmark's PostNord will raise postage tariffs for letters by 9% next year as volumes keep falling.", false)]
    [InlineData("Motorway toll tariffs rise 6% in Croatia", "Croatia's motorway operator will raise toll tariffs by 6% from July; the bridge to Krk island will cost more too.", false)]
    [InlineData("Kuwait weighs levy on expatriates' dependants", "Kuwait is considering a monthly levy on dependants of expatriate workers, the finance ministry said.", false)]
    [InlineData("Bali starts levy on foreign tourists", "Indonesia's Bali will charge foreign tourists a levy of 150,000 rupiah on arrival from February.", false)]
    // the same words about goods crossing a border stay trade stories
    [InlineData("EU ends tariffs on parcels from China", "The EU will end the duty exemption on low-value parcels imported from China and charge customs tariffs on every parcel from July.", true)]
    [InlineData("Kuwait slaps levy on imported cars", "Kuwait will impose a levy on imported cars and on dependants' vehicles, customs officials said.", true)]
    public void Service_prices_and_levies_on_people_are_not_tariffs(string title, string text, bool tariffs) =>
        Assert.Equal(tariffs, QueryTopicMatcher.Default.Match(title, text).Any(m => m.Topic == DefaultTopics.Tariffs));
}
