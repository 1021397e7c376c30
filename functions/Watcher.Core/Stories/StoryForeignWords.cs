namespace Watcher.Core.Stories;

/// <summary>
/// Two headlines in another language naming a duty share its phrase whatever goods and country they are about: "Fin des droits de
/// douane sur les congélateurs" (a Comorian paper) and "Haïti : droit de douane de 15% sur les haricots rouges suspendu" share
/// "droit de douane sur les", a third of their words, and no word of their topic. The English reading drops its own function
/// words and names the duty's words as trade vocabulary (<see cref="TradeWords"/>); these are the same words in the languages
/// outlets write headlines in. Session 31 (cluster43).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The headline names a duty in another language ("droit", "direito", "arancel", "dazi", "мито").</summary>
    internal bool NamesForeignDuty => TitleSet.Overlaps(ForeignDutyWords);

    /// <summary>Both headlines name a duty in another language and share no word of their topic, only the duty's phrase (see
    /// <see cref="HeadlinesShareATopicWord"/>): two decisions, whose headlines alone or short texts share a third of their words.
    /// An English trade headline is left to the other rules ("surtax" is English as well as French).</summary>
    internal bool HeadlinesShareOnlyForeignDutyPhrase(StoryFingerprint other) =>
        NamesForeignDuty && other.NamesForeignDuty && !IsTradeHeadline && !other.IsTradeHeadline && !HeadlinesShareATopicWord(other);

    /// <summary>A duty's name, its phrase's customs and import words, or a function word, in another language: no word of what a
    /// story is about.</summary>
    private static bool IsForeignDutyPhraseWord(string word) =>
        ForeignDutyWords.Contains(word) || ForeignPhraseWords.Contains(word) || ForeignDecisionWords.Contains(word);

    /// <summary>Articles, prepositions and conjunctions of French, Spanish, Portuguese, Italian, Dutch and German, and the customs
    /// and import words of a duty's name in them ("droit de douane", "direito de importação", "derechos de importación", "dazi
    /// doganali", "invoerrecht"), folded as headline words are (accents dropped). "import" and "customs" are trade words already.</summary>
    private static readonly HashSet<string> ForeignPhraseWords = Folded(
        "le", "la", "les", "de", "des", "du", "au", "aux", "sur", "et", "en", "pour", "par", "avec", "dans", "un", "une",
        "el", "los", "las", "del", "al", "por", "para", "con", "sobre", "y", "o", "os", "as", "do", "da", "dos", "das", "no", "na", "nos",
        "nas", "em", "com", "e", "um", "uma", "il", "lo", "gli", "di", "della", "dei", "sui", "sul", "su", "per", "het", "een", "op",
        "van", "voor", "naar", "der", "die", "das", "den", "dem", "auf", "fur", "und", "von", "mit",
        "douane", "douanes", "douanier", "douaniers", "aduana", "aduanas", "aduanero", "aduaneros", "aduaneiro", "aduaneiros", "dogana",
        "doganale", "doganali", "importation", "importations", "importacion", "importaciones", "importacao", "importacoes",
        "importazione", "importazioni", "invoer", "einfuhr");

    /// <summary>
    /// What a government does to a duty, and who does it, in the languages of <see cref="ForeignPhraseWords"/>: the words English
    /// headlines share as trade vocabulary ("impose", "raise", "cut", "government", "minister": <see cref="TradeStoryWords"/>).
    /// Two governments suspending their duties on other goods write one template ("Suspension du droit de douane sur les
    /// équipements de distillation" / "Suspension du droit de douane sur les moustiquaires …"; "Le droit de douane de 15 % suspendu
    /// sur les moustiquaires" / "… suspendu sur les alambics"), and the decision's word was their one shared "topic". Folded as
    /// headline words are (accents dropped). Session 35 (cluster50).
    /// </summary>
    private static readonly HashSet<string> ForeignDecisionWords = Folded(
        // French
        "suspension", "suspendu", "suspendue", "suspendus", "suspendre", "supprime", "supprimee", "suppression", "baisse", "hausse",
        "releve", "relevee", "fixe", "fixee", "instaure", "instauree", "ramene", "ramenee", "reduit", "reduite", "reduction",
        "exoneration", "gouvernement", "ministre", "ministres", "ministere", "conseil",
        // Spanish
        "suspende", "suspenden", "suspendido", "suspendida", "suspendidos", "sube", "suben", "eleva", "elevan", "impone",
        "imponen", "fija", "fijan", "reduce", "reducen", "rebaja", "rebajan", "elimina", "eliminan", "gobierno", "ministro", "ministros",
        "ministerio",
        // Portuguese and Italian ("ministro", "ministerio" as in Spanish)
        "suspenso", "suspensao", "reduz", "zera", "sobe", "governo", "sospende", "sospesi");
}
