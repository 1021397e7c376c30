using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>What the clause reader (<see cref="ClauseReader"/>) borrows from the sentence extractor: its product-phrase
/// cleaning, its notion of a party and its all-origins wording. Only reading helpers; no attachment logic.</summary>
public static partial class TariffExtractor
{
    /// <summary>The goods a phrase names, cleaned as the extractor cleans its own product phrases (countries, determiners,
    /// "imports of", trailing trade words removed; a list split into its items).</summary>
    internal static List<string> CleanProducts(string phrase, IEnumerable<string> entityWords) => Products(phrase, entityWords);

    /// <summary>A country or customs union; a forum or agreement ("WTO", "USMCA") is no party to a measure.</summary>
    internal static bool IsPartyMention(Mention m) => IsParty(m);

    /// <summary>A party the sentence names as a country (not a currency "US$41", not the goods "china clay"); see <see cref="NamesCountry"/>.</summary>
    internal static bool IsPartyMention(string s, Mention m) => IsParty(m) && NamesCountry(s, m);

    /// <summary>The parties a sentence names, as the sentence extractor keeps them (a customs union named only as a bystander is none:
    /// TariffExtractor.Blocs.cs).</summary>
    internal static List<Mention> PartyMentions(string s) => Parties(s);

    /// <summary>Explicit all-origins wording: "all origins", "regardless of origin", "from all countries".</summary>
    internal static bool SaysAllOrigins(string s) => AllOrigins().IsMatch(s);

    /// <summary>A phrase that names no goods of its own ("imports", "products", "exporters").</summary>
    internal static bool IsFillerPhrase(string s) => Filler().IsMatch(s);

    /// <summary>A rate the sentence gives as an old level: the "from" of a change, an existing rate beside a new one, the level a
    /// change being undone had set ("after scrapping a planned increase to 50%").</summary>
    internal static bool IsOldLevel(string s, RateMention r, List<RateMention> all) => IsOldRate(s, r, all);

    /// <summary>"had been 15%", "first imposed in 2025 at 30%", "would have been 38.5%", "against 20% previously": a level of the past or
    /// a counterfactual.</summary>
    internal static bool IsPastLevel(string s, RateMention r) =>
        PastLevelBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 60), r.Start - Math.Max(0, r.Start - 60))) || CalledEarlierLevel(s, r);

    /// <summary>The clause ends the rate by calling it the earlier one: "against 20% previously,", "contre 20% auparavant".</summary>
    private static bool CalledEarlierLevel(string s, RateMention r) =>
        PastLevelAfter().IsMatch(s.AsSpan(r.End, Math.Min(s.Length, r.End + 16) - r.End));
}
