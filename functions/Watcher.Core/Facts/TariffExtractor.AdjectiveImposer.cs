using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>A headline whose goods, or their makers, face or are hit with a duty that a country adjective right before the duty
    /// names (session 23, extract40): "Vietnamese coated steel faces Thai dumping duties of up to 18.7%", "Japanese PPE makers hit
    /// with Chinese anti-dumping duties of up to 41%", "Thai heat pump exporters face Australian dumping duty of up to 11.6%" — the
    /// adjective's country lays the duty, and the item's imposer is that country when the text gives no other. Only when the subject
    /// names one other country (the goods' origin; not "Chinese, Thai wind tower makers face …": whose is the top rate?) and the headline states a rate; not a duty that could, may or might come ("could
    /// face US tariffs"), nor a threat, probe or case ("face EU tariff threat"), nor a question.</summary>
    private static string? AdjectiveImposer(string text, IReadOnlyList<Mention> parties)
    {
        var nl = text.IndexOf('\n');
        var headline = nl >= 0 ? text[..nl] : text;
        if (headline.Contains('?')) return null;
        // the shape first: it runs for every item the text names no imposer in, and few headlines have it
        var m = FacesAdjectiveDuty().Match(headline);
        if (!m.Success || RateParser.Find(headline).Count == 0) return null;
        var adj = m.Groups["adj"];
        var imposer = parties.FirstOrDefault(p => p.Start == adj.Index && p.End == adj.Index + adj.Length
            && p.Form == MentionForm.Adjective && p.Entity.Kind != EntityKind.Leader);
        if (imposer is null) return null;
        // one origin only: "Chinese, Thai wind tower makers face Vietnamese dumping duties of up to 36%" does not say whose goods the top
        // rate is on
        var origins = parties.Where(p => p.End <= m.Index && p.Form == MentionForm.Adjective && p.Entity.Kind != EntityKind.Leader && p.CountryId != imposer.CountryId)
            .Select(p => p.CountryId).Distinct(StringComparer.Ordinal).Count();
        return origins == 1 ? imposer.CountryId : null;
    }

    /// <summary>"… faces Thai dumping duties", "… hit with Chinese anti-dumping duties", "… to face new Australian tariffs": a verb of
    /// bearing a duty, then a capitalised adjective, the duty's own kinds and the duty (not "could/may/might face", "risk facing").</summary>
    [GeneratedRegex(@"(?<!\b(?:could|may|might|would|risk|risks|risking|threatens?\s+to)\s+)\b(?:faces?|facing|(?:to|will|now)\s+face|(?:(?:is|are|was|were)\s+)?(?:hit|slapped|saddled)\s+with)\s+(?:(?:new|fresh|higher|steep|hefty|provisional|definitive|final|preliminary|additional|extra)\s+)*(?<adj>(?-i:[A-Z])[\w-]+)\s+(?:(?:provisional|definitive|final|preliminary|anti-?dumping|dumping|countervailing|anti-subsidy|safeguard|import|customs|retaliatory)\s+)*(?:dut(?:y|ies)|tariffs?|levy|levies|surcharges?)\b(?!\s+(?:threats?|probes?|investigations?|risks?|cases?|petitions?|reviews?|hikes?\s+threat)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FacesAdjectiveDuty();
}
