using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A live blog's post, opened by the clock time it was posted (<see cref="PostedTime"/>), is a statement of its own: "10:36 Scooter
/// duty up to 50 percent" is about scooters, whatever the post before it named ("10:31 Snorkelling masks and fins: duty cut to 5%").
/// A budget's live blog gives one duty line a post and names the line's goods where no other item does: before a colon ("Paddleboards:
/// the 20 percent duty is gone.") or before its duty word ("Scooter duty up to 50 percent"), where the goods readers, which look for
/// goods after "on" or as a sentence's subject, find none. So a post carries no goods from the posts before it, and a rate it reads
/// on goods it does not name takes the goods its opening names that way (session 34, budget65; the rule extract65 described: with a
/// budget read as its outlet's, HomeCountry.Budget.cs, such posts were read on "goods" or on the previous post's goods).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The goods a post's opening names — before its colon, or before its duty word and a change ("… duty up to N") — or null:
    /// not for a speaker or a heading before the colon ("Minister: …", "Breaking: …").</summary>
    private static IReadOnlyList<string>? LivePostGoods(string post)
    {
        if (PostGoodsOpening().Match(post) is not { Success: true } m) return null;
        var phrase = m.Groups["g"].Value;
        if (PostSpeaker().IsMatch(phrase) || EntityFinder.Find(phrase).Count > 0) return null;
        var products = Products(phrase, []);
        return products.Count > 0 ? products : null;
    }

    /// <summary>The measures of a post read on goods it does not name, given the goods its opening names (<see cref="LivePostGoods"/>).</summary>
    private static List<TariffMeasure> WithPostGoods(List<TariffMeasure> found, string post)
    {
        if (!found.Any(f => IsGeneric(f.Products)) || LivePostGoods(post) is not { } goods) return found;
        return found.Select(f => IsGeneric(f.Products) ? f with { Products = goods } : f).ToList();
    }

    /// <summary>"Paddleboards: the 20 percent duty is gone", "Clay roof tiles: duty up from 10% to 20%", "Scooter duty up to 50
    /// percent", "Fish fingers import duty cut to 5 percent": a capitalised goods phrase of up to six words, no figure in it, before a
    /// colon or before "(import|customs) duty" and a change.</summary>
    [GeneratedRegex(@"^\s*(?<g>[A-Z][\p{L}'+&/-]*(?:,?\s+(?:and\s+)?[\p{L}'+&/-]+){0,5}?)(?::\s|\s+(?:(?:import|customs)\s+)?dut(?:y|ies)\s+(?:up|down|raised|increased|cut|reduced|lowered|removed|scrapped|abolished|doubled|halved|to)\b)")]
    private static partial Regex PostGoodsOpening();

    /// <summary>Who speaks or what a post is, before its colon: no goods.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:minister|ministers|president|prime|premier|pm|speaker|mp|mps|opposition|government|govt|treasury|finance|breaking|update|updates|live|watch|read|recap|summary|highlights|key|note|quote|reaction|analysis|budget|more|also|earlier|now|next|coming|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostSpeaker();
}
