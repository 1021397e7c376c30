using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 12 (fix18c): a review of cluster18's stage words found them firing on ordinary news wording. Each finding with the
/// reviewer's pair, rows of the tests' own and the rows that must keep splitting:
/// 1. "agree" makes a headline a decision but no longer stops a headline that proposes from being a proposal ("EU agrees to
///    propose …"); a council agreeing to a proposal named as a noun is its adoption (HeadlineAction.LawOf);
/// 2. "confirms" is a definitive ruling only when what it confirms is a duty, not a probe (StoryFingerprint.ConfirmsRuling);
/// 3. … and not when the headline says when the measure applies ("will apply from Friday", "take effect");
/// 4. "suggests"/"advises" are a finding only with a trade-remedy body as subject or a duty as object (HeadlineAction.IsFinding);
/// 5. a notification to the WTO is no customs notice of a decision: a government notifies the WTO of a measure it proposes.
/// </summary>
public class StoryReviewFixes12Tests
{
    public static TheoryData<string, string, bool> Stages => new()
    {
        // 1. a headline that proposes stays a proposal beside "agree"
        { "EU agrees to propose tariffs on Russian fertiliser", "EU approves tariffs on Russian fertiliser", true },
        { "EU proposes tariffs on Russian fertiliser as member states agree on need for action", "EU governments approve tariffs on Russian fertiliser", true },
        { "Ministers agree to propose safeguard on ferroalloy imports", "EU adopts safeguard on ferroalloy imports", true },
        { "Mercosur partners agree to propose common tariff on Chinese steel", "Mercosur approves common tariff on Chinese steel", true },
        { "Commission drafts levy on Ukrainian sugar as farm ministers agree on quota", "EU ratifies levy on Ukrainian sugar", true },
        { "Agreed: Brussels will propose carbon levy on fertiliser imports", "Parliament endorses carbon levy on fertiliser imports", true },
        // … and a council agreeing to the proposal, or agreeing alone, is the decision (cluster18's rows stay green too)
        { "Council agrees Commission proposal on steel safeguard", "EU adopts steel safeguard", false },
        { "Member states agree on Commission's proposal for fertiliser tariffs", "EU approves fertiliser tariffs", false },
        { "EU countries agree tariffs on Russian fertiliser", "EU governments approve tariffs on Russian fertiliser", false },
        { "Commission proposes tariffs on Russian fertiliser", "EU countries agree tariffs on Russian fertiliser", true },

        // 2. a probe confirmed is the probe
        { "China launches anti-dumping probe into EU pork", "Beijing confirms anti-dumping probe into European pork", false },
        { "India opens anti-dumping investigation into Chinese solar glass", "India confirms investigation into Chinese solar glass", false },
        { "Brazil initiates countervailing probe on Indian steel pipes", "Brasilia confirms probe on Indian steel pipes", false },
        { "EU starts anti-subsidy inquiry into Chinese wind turbines", "Commission confirms inquiry into Chinese wind turbines", false },
        { "Turkey launches safeguard investigation on polyester yarn", "Ankara confirms safeguard probe into polyester yarn", false },
        // … while duties confirmed stay the definitive stage
        { "EU confirms anti-dumping duties on Chinese glass fibre", "EU sets provisional anti-dumping duties on Chinese glass fibre", true },
        { "Brussels confirms duties on Chinese wire rod after investigation", "EU imposes provisional duties on Chinese wire rod", true },
        { "Australia confirms safeguard on steel coil", "Australia sets provisional safeguard on steel coil", true },
        { "China opens anti-dumping probe into EU brandy", "China confirms anti-dumping duties on EU brandy", true },

        // 3. confirming when a measure applies is the measure's start, at whatever stage
        { "EU imposes provisional duties on Chinese biodiesel", "Commission confirms duties on Chinese biodiesel will apply from Friday", false },
        { "Mexico sets provisional duties on Chinese steel wire", "Mexico confirms steel wire duties take effect Monday", false },
        { "Provisional anti-dumping duty on Korean PET resin", "Ministry confirms PET resin duty effective from 1 March", false },
        { "Brazil imposes interim tariff on Vietnamese tiles", "Brazil confirms start date for tariff on Vietnamese tiles", false },
        { "South Africa sets provisional levy on Chinese tyres", "South Africa confirms tyre levy will kick in next week", false },

        // 4. suggest / advise in news wording is no finding
        { "Canada drops retaliatory tariffs on US goods", "Canada's move to drop retaliatory tariffs on US goods suggests thaw", false },
        { "EU raises tariffs on Russian fertiliser", "Importers advised to prepare as EU raises tariffs on Russian fertiliser", false },
        { "Japan cuts tariffs on Australian beef", "Japan's cut in tariffs on Australian beef suggests softer stance", false },
        { "US imposes tariffs on Brazilian coffee", "Roasters advised to stock up as US imposes tariffs on Brazilian coffee", false },
        { "Mexico raises tariffs on Chinese cars", "Data suggest Mexico tariff on Chinese cars already biting", false },
        { "EU raises tariffs on Chinese electric vehicles", "Analysts suggest tariffs on Chinese electric vehicles will rise", false },
        // … and a trade-remedy body's finding, or a duty suggested, is the recommendation still
        { "DGTR suggests anti-dumping duty on Chinese glass fibre", "India imposes anti-dumping duty on Chinese glass fibre", true },
        { "Trade remedies authority advises safeguard duty on steel coils", "Government imposes safeguard duty on steel coils", true },
        { "Probe suggests duties of up to 30% on Vietnamese plywood", "Australia imposes duties on Vietnamese plywood", true },
        { "Panel advises provisional safeguard duty on ceramic tiles", "Ministry imposes safeguard duty on ceramic tiles", true },

        // 5. a notification to the WTO is the proposal stage
        { "India notifies WTO of retaliatory duties on US goods", "India proposes retaliatory duties on US goods at WTO", false },
        { "Japan notifies WTO of planned countermeasures on US steel", "Japan proposes countermeasures on US steel at WTO", false },
        { "Turkey notifies World Trade Organization of retaliatory tariffs on EU cars", "Turkey proposes retaliatory tariffs on EU cars", false },
        { "Indonesia notifies WTO of safeguard duty on cotton yarn", "Indonesia proposes safeguard duty on cotton yarn", false },
        // … while a customs notice of a decision stays the decision
        { "Govt notifies anti-dumping duty on PVC resin from China", "DGTR recommends anti-dumping duty on PVC resin from China", true },
        { "Gazette notification imposes safeguard duty on Malaysian steel", "Tariff commission proposes safeguard duty on Malaysian steel", true },
    };

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_word_in_news_wording_is_no_other_occasion(string a, string b, bool other)
    {
        var (fa, fb) = (StoryFingerprint.Of(a, null, null), StoryFingerprint.Of(b, null, null));
        Assert.True(other == fa.HeadlinesNameOtherOccasion(fb), $"{string.Join(' ', fa.TitleWords)} / {string.Join(' ', fb.TitleWords)}");
        Assert.Equal(other, fb.HeadlinesNameOtherOccasion(fa));
    }

    public static TheoryData<string, string?, string, string?, bool> ReviewerPairs => new()
    {
        { "EU agrees to propose tariffs on Russian fertiliser", null, "EU approves tariffs on Russian fertiliser", null, false },
        {
            "EU proposes tariffs on Russian fertiliser as member states agree on need for action",
            "BRUSSELS (Reuters) - The European Commission proposed tariffs on fertiliser imported from Russia and Belarus on Tuesday, as member states agreed on the need to act against imports that fund the war.",
            "EU governments approve tariffs on Russian fertiliser",
            "BRUSSELS (Reuters) - European Union governments approved tariffs on fertiliser imported from Russia and Belarus on Thursday, weeks after the Commission proposed them.",
            false
        },
        { "China launches anti-dumping probe into EU pork", null, "Beijing confirms anti-dumping probe into European pork", null, true },
        {
            "EU imposes provisional duties on Chinese biodiesel",
            "BRUSSELS (Reuters) - The European Union will impose provisional anti-dumping duties of between 12.8% and 36.4% on biodiesel imported from China, the European Commission said on Wednesday.",
            "Commission confirms duties on Chinese biodiesel will apply from Friday",
            "The European Commission confirmed on Wednesday that provisional anti-dumping duties of between 12.8% and 36.4% on biodiesel from China will apply from Friday.",
            true
        },
        { "Canada drops retaliatory tariffs on US goods", null, "Canada's move to drop retaliatory tariffs on US goods suggests thaw", null, true },
        { "EU raises tariffs on Russian fertiliser", null, "Importers advised to prepare as EU raises tariffs on Russian fertiliser", null, true },
        { "India notifies WTO of retaliatory duties on US goods", null, "India proposes retaliatory duties on US goods at WTO", null, true },
    };

    [Theory]
    [MemberData(nameof(ReviewerPairs))]
    public void The_reviewers_pairs(string titleA, string? textA, string titleB, string? textB, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }
}
