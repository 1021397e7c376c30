using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 35 (cluster50): what a government does to a duty, and who does it, in another language ("suspension", "suspendu",
/// "suspende", "gouvernement", "ministres") is trade vocabulary, as "cut", "raise", "government" and "minister" are in English:
/// two governments' headlines suspending their duties on other goods share the decision's word and the duty's phrase, and no
/// word of their topic, so they stay apart; copies naming the same goods still join. Headlines and texts are the tests' own;
/// every pair is read with and without the outlet's country (the French and Spanish items here have no home either way).
/// </summary>
public class ForeignDecisionWordsTests
{
    private static StoryFingerprint Of(string title, string text, string? country) => StoryFingerprint.Of(title, text, null, country);

    private const string Fridges = "Suspension du droit de douane sur les réfrigérateurs";
    private const string FridgesText = "Le Conseil des ministres a suspendu pour deux ans le droit de douane sur les réfrigérateurs et les congélateurs importés, afin de baisser le prix du froid domestique dans les villes de l'intérieur.";
    private const string Panels = "Suspension du droit de douane sur les panneaux solaires";
    private const string PanelsText = "Le ministère des Finances a suspendu pour un an le droit de douane sur les panneaux solaires et les batteries importés, afin de soutenir l'électrification des villages du nord.";

    [Theory]
    [InlineData("SN", "BJ")]
    [InlineData(null, null)]
    public void Two_suspensions_of_one_template_on_other_goods_stay_apart(string? fridges, string? panels)
    {
        Apart(Of(Fridges, FridgesText, fridges), Of(Panels, PanelsText, panels));
        Apart(Of(Fridges, "", fridges), Of(Panels, "", panels));
        Apart(Of("Le droit de douane suspendu sur les réfrigérateurs", FridgesText, fridges), Of("Le droit de douane suspendu sur les panneaux solaires", PanelsText, panels));
    }

    [Theory]
    [InlineData("SN")]
    [InlineData(null)]
    public void Spanish_suspensions_by_the_government_on_other_goods_stay_apart(string? country) =>
        Apart(Of("Gobierno suspende el arancel a las bicicletas", "", country), Of("Gobierno suspende el arancel a los tractores", "", country));

    [Theory]
    [InlineData("SN")]
    [InlineData(null)]
    public void Two_ministers_meetings_on_other_duties_stay_apart(string? country) =>
        Apart(Of("Communiqué du Conseil des ministres : suspension du droit de douane sur les panneaux solaires", PanelsText, country),
            Of("Les ministres du Commerce examinent le droit de douane sur le ciment", "", country));

    [Theory]
    [InlineData("SN")]
    [InlineData(null)]
    public void Copies_naming_the_same_goods_still_join(string? country)
    {
        Joined(Of(Fridges, FridgesText, country), Of("Le droit de douane suspendu sur les réfrigérateurs", "", country));
        Joined(Of(Fridges, FridgesText, country), Of("Réfrigérateurs : le droit de douane suspendu pour deux ans",
            "Les réfrigérateurs et les congélateurs importés entreront sans droit de douane pendant deux ans, a décidé le Conseil des ministres.", country));
    }
}
