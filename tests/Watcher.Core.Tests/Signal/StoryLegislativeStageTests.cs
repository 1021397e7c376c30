using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 11 (cluster17): a legislature's vote and a council's, cabinet's or governments' adoption of one law are two stories,
/// whatever measure both ledes read (StoryFingerprint.OtherBodies). Each item's stage is the body its headline names, or, under a
/// headline naming none (a reaction: "… brace for EU's 40% tariff"), the body its lede's opening has vote or adopt
/// (StoryFingerprint.LedeBodyOf); one trade headline of the two will do (a release may name its law by its aim alone).
/// Copies of one stage still join. Parties, goods and sentences are the tests' own.
/// </summary>
public class StoryLegislativeStageTests
{
    public static TheoryData<string, string, string, string, string> Apart => new()
    {
        {
            "a reaction to the parliament's vote, its headline naming no body, and the council's adoption",
            "Ukrainian ferroalloy makers fear EU's 40% tariff above quota",
            "KYIV -- Ukrainian ferroalloy producers expect to lose buyers after the European Parliament approved on Wednesday a 40% tariff on ferroalloy imports above the new, smaller quotas. The producers' association asked Kyiv to seek a larger quota.",
            "EU countries give final approval to 40% ferroalloy tariff above quota",
            "BRUSSELS, May 4 - European Union governments on Monday gave final approval to a law putting a 40% tariff on ferroalloy imports above quotas, the last step before it takes effect in July."
        },
        {
            "a parliament's release naming its law by its aim, and the council's release",
            "Aluminium: Parliament backs new rules to shield EU smelters from global overcapacity",
            "Plenary session. Press release. Strasbourg, 12 March. MEPs adopted on Wednesday, by 450 votes in favour, the regulation replacing the aluminium safeguard when it expires in June. The regulation cuts tariff-free import quotas for aluminium products by a third compared with the safeguard, and imports above the quota will pay a duty of 40%. Quotas will be allocated by country on the basis of traditional trade flows.",
            "Aluminium: Council gives final green light to new trade measure",
            "The Council today adopted the regulation on a new measure to address the effects of global overcapacity on the EU aluminium market. It replaces the aluminium safeguard when it expires in June. The regulation cuts tariff-free import quotas for aluminium products by a third compared with the safeguard, and applies an out-of-quota duty of 40%. Quotas will be allocated by country on the basis of traditional trade flows."
        },
        {
            "a senate release naming its bill by its aim, and the cabinet's decree",
            "Senate backs bill to protect domestic tyre makers",
            "The Senate on Thursday passed a bill that sets a 30% tariff on imported tyres, with 60 votes in favour and 21 against.",
            "Cabinet signs off 30% tariff on imported tyres",
            "The cabinet on Tuesday approved the decree putting the 30% tariff on imported tyres into force from July, the government spokesman said."
        },
        {
            "lawmakers' vote, and importers reacting to the cabinet's approval",
            "Lawmakers approve 25% duty on imported cement",
            "Lawmakers on Wednesday approved a 25% duty on imported cement, sending the bill to the cabinet for adoption.",
            "Cement importers warn of price rises over 25% duty",
            "Cement importers warned on Friday that building costs would climb after the cabinet adopted on Thursday a 25% duty on imported cement."
        },
        {
            "MPs' vote, and ministers' adoption reported by a wire naming no body in its headline",
            "MPs vote to raise sugar import duty to 35%",
            "MPs voted on Tuesday to raise the duty on imported sugar to 35% from 20%, backing the finance bill by 140 votes to 52.",
            "Sugar import duty to rise to 35% from July after final approval",
            "Ministers on Monday gave final approval to raising the import duty on sugar to 35% from 20%, effective July 1, the trade ministry said."
        },
    };

    [Theory]
    [MemberData(nameof(Apart))]
    public void Two_stages_of_one_law_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> Join => new()
    {
        {
            "MEPs and the European Parliament: one vote told by two outlets",
            "MEPs back 40% tariff on ferroalloys above quota",
            "MEPs on Wednesday backed a 40% tariff on ferroalloy imports above the quota, by 450 votes to 120.",
            "European Parliament approves 40% out-of-quota ferroalloy tariff",
            "The European Parliament on Wednesday approved a 40% tariff on ferroalloy imports above the quota, 450 votes to 120."
        },
        {
            "lawmakers and parliament: one vote",
            "EU lawmakers approve 40% ferroalloy tariff above quota",
            "European Union lawmakers on Wednesday approved a 40% tariff on ferroalloy imports above quotas, with 450 votes in favour.",
            "Parliament backs 40% tariff on ferroalloys above quota",
            "Members of the European Parliament on Wednesday voted to back a tariff of 40% on ferroalloy imports above the quota, by 450 votes to 120."
        },
        {
            "the council and the member governments: one adoption",
            "Council gives final green light to 40% ferroalloy tariff",
            "The Council today adopted the regulation putting a 40% tariff on ferroalloy imports above quota, following Parliament's vote in March.",
            "EU countries give final approval to 40% ferroalloy tariff above quota",
            "BRUSSELS, May 4 - European Union governments on Monday gave final approval to a law putting a 40% tariff on ferroalloy imports above quotas, the last step before it takes effect in July."
        },
        {
            "a wire naming no body in its headline, its lede the same legislature's vote",
            "Senate passes 30% tariff on imported tyres",
            "The Senate on Thursday passed a bill setting a 30% tariff on imported tyres, with 60 votes in favour.",
            "30% tariff on imported tyres clears key hurdle",
            "Senators on Thursday passed a bill setting a 30% tariff on imported tyres, 60 votes to 21, sending it to the lower house."
        },
    };

    [Theory]
    [MemberData(nameof(Join))]
    public void Copies_of_one_stage_still_join(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, StoryFingerprint.Body> Ledes => new()
    {
        { "The European Parliament on Tuesday approved a law that doubles the tariff on steel above quota.", StoryFingerprint.Body.Legislature },
        { "Plenary session. Press release. MEPs adopted on Tuesday, by 487 votes in favour, the regulation on steel.", StoryFingerprint.Body.Legislature },
        { "ISTANBUL -- Steelmakers expect losses after lawmakers passed on Tuesday a 50% tariff.", StoryFingerprint.Body.Legislature },
        { "WASHINGTON - The House of Representatives voted 230-190 to raise the tariff on imported lumber.", StoryFingerprint.Body.Legislature },
        { "BRUSSELS, Feb 15 (Reuters) - European Union governments on Monday gave final approval to a 50% steel tariff.", StoryFingerprint.Body.Executive },
        { "The Council today adopted the regulation on a new steel measure.", StoryFingerprint.Body.Executive },
        { "EU countries on Monday endorsed the quota cut.", StoryFingerprint.Body.Executive },
        { "The cabinet on Tuesday approved the decree on tyre tariffs.", StoryFingerprint.Body.Executive },
        // both bodies acting, or none: no stage read
        { "The Council adopted the regulation that the Parliament approved in January.", StoryFingerprint.Body.None },
        { "The adoption follows the European Parliament's vote in January on the steel measure.", StoryFingerprint.Body.None },
        { "The Senate will vote next week on the tariff bill, the majority leader said.", StoryFingerprint.Body.None },
        { "The tariff applies to steel from countries that backed the export ban, the ministry said.", StoryFingerprint.Body.None },
        { "Steel imports from countries outside the EU face a 50% duty from July, the Commission said.", StoryFingerprint.Body.None },
        { "", StoryFingerprint.Body.None },
    };

    [Theory]
    [MemberData(nameof(Ledes))]
    public void The_body_a_lede_has_act(string text, StoryFingerprint.Body body) =>
        Assert.Equal(body, StoryFingerprint.LedeBodyOf(text));
}
