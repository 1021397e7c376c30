using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Goods a duty is taken off (session 29, extract52). The labels give a removal, waiver or exemption stated with its rate at that
/// rate on the goods it is taken off ("Solar lanterns will be fully exempted from the current 10 per cent duty": 10% on solar
/// lanterns), so the goods are the subject the exemption or removal is said of, not what the duty was otherwise on ("… exempt from
/// the 25 per cent counter tariffs on US steel products") nor "goods". A domestic tax removed beside the duty ("the removal of the
/// 40 percent import duty and the 14 percent Value Added Tax on tractors") is no tariff, and the duty's goods are those named after it.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The goods of a rate whose lead-in says its duty is taken off them: the subject of "… will be (fully) exempt(ed) from
    /// the N% duty" and of "… will be / enter duty-free after the N% duty is removed", or the object of "exempting X from its N% duty"
    /// however X is written ("U.S.-made bicycles"). None when the words name a country or a firm rather than goods.</summary>
    private static (int Start, int End)? GoodsTakenOff(string s, string leadIn, int preStart, RateMention rate, IReadOnlyList<Mention> mentions)
    {
        if (TakenOffSubject().Match(leadIn) is { Success: true } subject
            && (subject.Groups["x"].Success || RemovalWord().IsMatch(s.AsSpan(rate.End, Math.Min(s.Length, rate.End + 40) - rate.End)) || RemovalWord().IsMatch(subject.Groups["t"].Value))
            && GoodsAt(s, subject, preStart, mentions) is { Start: >= 0 } taken)
            return taken;
        if (ExemptingObject().Match(leadIn) is { Success: true } exempting && GoodsAt(s, exempting, preStart, mentions) is { Start: >= 0 } exempted)
            return exempted;
        return null;
    }

    /// <summary>"Solar lanterns will be fully exempted from the current ", "bicycles and tents made with U.S. steel will be exempt from
    /// the ", "sunscreen will be duty-free after the ", "semi-trailers will enter tariff-free after the removal of their ", "Solar lanterns
    /// now duty free as Treasury scraps ": the clause's subject ("p", from the clause's start: the sentence's, a comma, "that", a
    /// conjunction, a reporting verb), the exemption ("x") or the duty-free entry and what follows it up to the rate ("t").</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s+(?:(?:and|but|while|whereas|or)\s+)?|\b(?:that|and|but|while|whereas|said|says|announced)\s+)(?<p>(?!(?:imports?|exports?|goods|products|shipments|countries|allies|partners|those|these|they|it|we)\b)(?:(?!\b(?:that|which|who|said|says|announced|and\s+(?:the|its|their)|will|would|shall|is|are|was|were)\b)[^,;:]){2,90}?)\s+(?:(?:will|would|shall|is|are|was|were|be|being|been|to|also|now|fully|further|henceforth|still|totally|completely|entirely)\s+)*(?:(?<x>exempt(?:ed)?\s+from\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2})|(?:enter\s+|become\s+)?(?:duty|tariff|customs)[- ]free\s+(?<t>(?:after|as|once|when|following|with)\s+(?:[\w-]+\s+){0,5}))$", RegexOptions.IgnoreCase)]
    private static partial Regex TakenOffSubject();

    /// <summary>A word that takes a duty off: "is removed", "the removal of", "scraps", "abolished", "waived", "lifted", "eliminated".</summary>
    [GeneratedRegex(@"\b(?:remov(?:e|es|ed|al|ing)|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|abolition|waiv(?:e|es|ed|er|ing)|lift(?:s|ed|ing)?|eliminat(?:e|es|ed|ion|ing)|withdr[ae]wn?|withdrawal|suspen(?:d|ds|ded|sion))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemovalWord();

    /// <summary>"keep exempting U.S.-made bicycles and tents from its ": the goods a verb of exemption takes out of a rate, whatever
    /// case they open with (a country's own goods: "U.S.-made"); not a pronoun or a whole trade ("exempt them", "exempting imports").</summary>
    [GeneratedRegex(@"\bexempt(?:s|ed|ing)?\s+(?<p>(?!(?:them|it|those|these|imports|goods|products|countries|allies|partners|all)\b)[\w.][\w .,’'-]{1,90}?)\s+from\s+(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptingObject();

    /// <summary>"the removal of the 40 percent import duty and the 14 percent Value Added Tax on tractors", "40% import duty and 14% VAT
    /// removed on ATVs": a rate joined to a tariff's rate whose own noun is a domestic tax (GoodsSubject.cs's list) is that tax's, no
    /// tariff measure.</summary>
    private static bool DomesticTaxBesideDuty(string s, RateMention r, List<RateMention> all)
    {
        var after = s[r.End..Math.Min(s.Length, r.End + 24)];
        return DomesticTaxAfter().Match(after) is { Success: true } tax && after[..tax.Index].Trim().Length == 0
            && all.Any(o => o.End <= r.Start && DutyJoinedBefore().IsMatch(s.AsSpan(o.End, r.Start - o.End)));
    }

    /// <summary>The goods of a duty's rate named after the domestic tax removed beside it ("the 40 percent import duty and the 14 percent
    /// Value Added Tax on farm tractors"): the phrase after the tax's "on".</summary>
    private static (int Start, int End)? GoodsAfterDomesticTax(string s, RateMention r, List<RateMention> all)
    {
        var tax = all.FirstOrDefault(o => o.Start >= r.End && DutyJoinedBefore().IsMatch(s.AsSpan(r.End, o.Start - r.End)) && DomesticTaxBesideDuty(s, o, all));
        if (tax == default) return null;
        var next = all.FirstOrDefault(o => o.Start > tax.End);
        var (ps, pe) = ProductPhrase(s, tax.End, next == default ? s.Length : next.Start);
        return ps >= 0 ? (ps, pe) : null;
    }

    /// <summary>Between a tariff's rate and the next: the tariff's own noun, then "and (the)" ("40 percent import duty and the ").</summary>
    [GeneratedRegex(@"^\s*(?:(?:import|customs|basic\s+customs|common\s+external)\s+)?(?:dut(?:y|ies)|tariffs?|levy|levies)\s+and\s+(?:the\s+|a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DutyJoinedBefore();
}
