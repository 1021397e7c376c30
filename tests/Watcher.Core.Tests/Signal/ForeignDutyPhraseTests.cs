using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 31 (cluster43): headlines in another language share a duty's phrase whatever they report ("droit de douane sur les"),
/// which is no word of their topic; a foreign headline alone is no copy of a decision whose own headline states another rate;
/// Spanish "antidumping" and Indonesian "BMTP" name a duty; a customs union's measure read as a member's is the union's. Headlines
/// and texts are the tests' own.
/// </summary>
public class ForeignDutyPhraseTests
{
    private static StoryFingerprint Of(string title, string text, string country) => StoryFingerprint.Of(title, text, null, country);

    [Theory]
    // two countries' duties on two goods, one with the other's country named, one without
    [InlineData("Togo : droit de douane de 20% sur les oignons suspendu")]
    [InlineData("Droit de douane de 20% sur les oignons suspendu")]
    public void Two_foreign_headlines_sharing_only_a_duty_phrase_stay_apart(string other) =>
        Apart(Of("Fin des droits de douane sur les climatiseurs", "", "SN"), Of(other, "", "TG"));

    [Fact]
    public void Two_foreign_headlines_sharing_their_goods_still_join() =>
        Joined(Of("Droit de douane sur les oignons suspendu", "", "TG"), Of("Togo : droit de douane de 20% sur les oignons suspendu", "", "TG"));

    private const string Salt = "Direito de importação sobre o sal sobe para 25%";

    [Fact]
    public void A_foreign_headline_alone_is_no_copy_of_a_decision_headlined_at_another_rate() =>
        Apart(Of(Salt, "", "GW"), Of("Import duty on dried fish cut to 10 percent (translated)",
            "The government cut the import duty on dried fish to 10 percent from 25 percent to lower food prices. Table salt still pays the 25 percent duty.", "GW"));

    [Fact]
    public void A_foreign_headline_alone_still_joins_a_decision_headlined_without_a_rate() =>
        Joined(Of(Salt, "", "GW"), Of("Government raises import duty on table salt (translated)",
            "The Council of Ministers raised the import duty on table salt to 25 percent from 10 percent to protect the salt pans.", "GW"));

    private const string Padlocks = "Ministry sets definitive anti-dumping duty on padlocks from China (translated)";
    private const string PadlocksText = "The Ministry of Economy imposed a definitive anti-dumping duty of US$ 2.15 per unit on padlocks from China for five years, after finding that dumped imports hurt local makers.";
    private const string Pots = "Government imposes safeguard duty on imported steel pots";
    private const string PotsText = "The Ministry of Finance set a safeguard duty of Rp 9,800 per kg on imported steel pots in the first year, Rp 9,200 in the second and Rp 8,600 in the third.";

    [Theory]
    [InlineData("Antidumping de US$ 2.15 por unidad a los candados chinos", Padlocks, PadlocksText, "AR")]
    [InlineData("BMTP Rp 9,800 per kg untuk panci baja impor", Pots, PotsText, "ID")]
    public void Antidumping_and_BMTP_name_a_duty_in_a_headline_alone(string foreign, string title, string text, string country) =>
        Joined(Of(foreign, "", country), Of(title, text, country));

    [Theory]
    // another amount
    [InlineData("Antidumping de US$ 2.51 por unidad a los candados chinos", Padlocks, PadlocksText, "AR")]
    [InlineData("BMTP Rp 8,900 per kg untuk panci baja impor", Pots, PotsText, "ID")]
    public void At_another_amount_they_stay_apart(string foreign, string title, string text, string country) =>
        Apart(Of(foreign, "", country), Of(title, text, country));

    private const string Sinks = "Commission imposes provisional anti-dumping duties on ceramic sinks from China";
    private const string SinksText = "The European Commission has imposed provisional anti-dumping duties of up to 31.7% on imports of ceramic sinks originating in China.";

    [Fact]
    public void A_unions_measure_read_as_a_members_is_the_unions()
    {
        var (release, wire) = (Of(Sinks, SinksText, "EU"), Of("EU hits Chinese ceramic sinks with duties of up to 31.7%",
            "The Commission slapped provisional anti-dumping duties of up to 31.7% on ceramic sinks from China, siding with two producers in Italy.", "EU"));
        Joined(release with { Facts = ["m:EU>CN:31.7#ceramic sink"] }, wire with { Facts = ["m:IT>CN:31.7#ceramic sink"] });
    }

    [Fact]
    public void Two_countries_outside_one_union_at_one_rate_stay_two_measures()
    {
        var (release, wire) = (Of(Sinks, SinksText, "EU"), Of("EU hits Chinese ceramic sinks with duties of up to 31.7%",
            "The Commission slapped provisional anti-dumping duties of up to 31.7% on ceramic sinks from China, siding with two producers in Italy.", "EU"));
        Apart(release with { Facts = ["m:US>CN:31#ceramic sink"] }, wire with { Facts = ["m:IT>CN:31#ceramic sink"] });
    }
}
