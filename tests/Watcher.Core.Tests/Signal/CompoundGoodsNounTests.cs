using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 35 (cluster50): a chemical compound's class ("acid", "oxide", "chloride") names no goods of its own; the word before it
/// does ("malic acid", "adipic acid"). Two importers' rulings on two acids, written from one template and naming the same origins,
/// share the template, the origins and "acid", and stay apart (cluster46's goods-noun rule reads the word before the class); two
/// copies of one ruling on one acid still join. Headlines and texts are the tests' own, read with and without the outlet's country
/// (the releases name their own government by no name the home reading knows).
/// </summary>
public class CompoundGoodsNounTests
{
    private static StoryFingerprint Of(string title, string text, string? country) => StoryFingerprint.Of(title, text, null, country);

    private const string Malic = "Notification imposing anti-dumping duty on imports of Malic Acid originating in or exported from China PR and Vietnam";
    private const string MalicText = "Whereas the designated authority has concluded that Malic Acid originating in or exported from China PR and Vietnam has been "
        + "exported at dumped prices, the Central Government hereby imposes an anti-dumping duty at the amounts in the table below for five years. "
        + "The duty ranges from USD 214 to USD 387 per tonne.";

    private const string Adipic = "Commission imposes definitive anti-dumping duties on adipic acid from China and Vietnam";
    private const string AdipicText = "Following its investigation, the Commission has imposed definitive anti-dumping duties ranging from 11.3% to 38.6% on imports "
        + "of adipic acid originating in China and from 9.2% to 17.4% on adipic acid originating in Vietnam, for five years.";

    [Theory]
    [InlineData("IN", "EU")]
    [InlineData(null, null)]
    public void Two_rulings_on_two_acids_from_the_same_origins_stay_apart(string? malic, string? adipic)
    {
        Apart(Of(Malic, MalicText, malic), Of(Adipic, AdipicText, adipic));
        Apart(Of("Govt imposes anti-dumping duty on malic acid from China, Vietnam",
            "The Centre has imposed an anti-dumping duty of up to $387 a tonne on malic acid imported from China for five years. Imports from Vietnam will pay up to $295 a tonne.", malic),
            Of(Adipic, AdipicText, adipic));
    }

    [Theory]
    [InlineData("EU")]
    [InlineData(null)]
    public void Two_copies_of_one_ruling_on_one_acid_still_join(string? country) =>
        Joined(Of(Adipic, AdipicText, country), Of("EU confirms anti-dumping duties on Chinese and Vietnamese adipic acid",
            "The EU has imposed definitive anti-dumping duties of up to 38.6% on adipic acid from China and of up to 17.4% on adipic acid from Vietnam, for five years.", country));
}
