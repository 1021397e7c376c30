using System.Text.RegularExpressions;
using Watcher.Core.Feeds;

namespace Watcher.Core.Detection;

/// <summary>Keys that make different copies of one story collide: canonical URLs and normalised headlines.</summary>
public static partial class StoryKeys
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ito", "ns_mchannel", "ns_source", "ns_campaign",
    };

    /// <summary>The URL without fragment, tracking parameters, default ports, "www." or a trailing slash.</summary>
    public static string? CanonicalUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(p.Split('=')[0]))
            .Order(StringComparer.Ordinal);
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var q = string.Join('&', query);
        return $"{host.ToLowerInvariant()}{path}{(q.Length > 0 ? "?" + q : string.Empty)}";
    }

    /// <summary>A headline reduced to its words, without a trailing " - Source" or "| Source" attribution.</summary>
    public static string NormalizedTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return string.Empty;
        var stripped = Attribution().Replace(title, string.Empty);
        return TextNormalizer.Normalize(stripped);
    }

    /// <summary>The headline without a trailing " - Outlet" attribution, otherwise as written.</summary>
    public static string NormalizedTitleText(string? title) =>
        string.IsNullOrWhiteSpace(title) ? string.Empty : Attribution().Replace(title, string.Empty);

    /// <summary>The story id a brand-new item starts: derived from its headline (or its link when untitled).</summary>
    public static string NewStoryId(string? title, string? link, string itemId)
    {
        var basis = NormalizedTitle(title);
        if (basis.Length == 0) basis = CanonicalUrl(link) ?? itemId;
        return "s-" + ItemIdentity.Hash(basis)[..20];
    }

    /// <summary>
    /// Whether a word a user typed can be a story id ("s-" and a hash, no spaces): only such words are looked up as stories,
    /// since a story no row names yet is found by a scan of the story index (a silent baseline's one-item stories).
    /// </summary>
    public static bool LooksLikeStoryId(string text) =>
        text.Length > 2 && text.StartsWith("s-", StringComparison.Ordinal) && !text.AsSpan().ContainsAny(" \t\r\n");

    // A name, not a clause: "Second Central Asia - GCC Summit held in Samarkand" is a headline with a spaced hyphen, and
    // its part after the hyphen says where ("in", "at") or when what happened; "- Trade Minister", "| Reuters" name a source.
    [GeneratedRegex(@"\s+[-–—|]\s+(?![^-–—|]*\b(?i:in|at|to|with|after|over|as|amid|on)\s)[^-–—|]{2,40}$")]
    private static partial Regex Attribution();
}
