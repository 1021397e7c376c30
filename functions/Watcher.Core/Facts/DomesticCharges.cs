using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// "Tariff" and "duty" also name prices and taxes that are not trade measures: feed-in, electricity, broadband and room
/// tariffs, excise and stamp duty. Their rates are usually changes ("raised … by 15 per cent"), not tariff levels.
/// </summary>
/// <remarks>
/// The names of domestic taxes (excise, VAT, GST, sales, stamp, sugar and income tax, cess) are kept as a list per reader, and
/// not joined here: each asks a different question and was widened from that reader's own errors, so a union would change
/// what each one reads (a clause's "royalties" or "windfall" would stop a foreign-goods charge; a table's "prices" and "MRP"
/// would drop clauses; "cess" would stop the clause reader from reading "customs cess"). The extractor's lists, each pointing
/// here:
/// <list type="bullet">
/// <item><c>DomesticCharges.ModifierBefore</c> (this class): a tariff or duty word after a domestic charge's name ("excise duty",
/// "stamp duty", "the feed-in tariff", "a council levy") is that charge; with <c>ServiceAfter</c> it also holds the
/// services' prices (electricity, broadband, hotel rooms).</item>
/// <item><c>ClauseReader.DomesticTax</c>: a clause that names a domestic tax and no trade duty, or whose tax word nearest the
/// rate is one, states no measure (taxes on income and profits too: corporate, digital services, windfall, royalties).</item>
/// <item><c>TariffExtractor.DomesticTax</c> (Patterns.cs): "charge 13% on imported goods under the harmonised sales tax" is
/// that tax unless the charge comes on top of it; named taxes only ("sales tax", "VAT", "HST", "PST"), not bare "excise".</item>
/// <item><c>TariffExtractor.OtherRate</c> (Patterns.cs): "the VAT rate", "the income tax rate", "the tax rate" (not an import
/// or customs tax's) is a rate another rate names, beside a central bank's and the jobless rate.</item>
/// <item><c>TariffExtractor.DomesticTaxAfter</c> (GoodsSubject.cs): "Beer will attract a 15% excise duty": a tax after the
/// charging verb, including "cess", "sugar tax", "stamp duty".</item>
/// <item><c>TariffExtractor.NoDutyTable</c> (GoodsTables.cs): a table headed by a tax or by prices ("GST", "MRP").</item>
/// <item><c>TariffExtractor.NotRateList</c> (Discourse.cs): a list's figures are no duty rates (taxes among shares, prices, growth).</item>
/// <item><c>TariffExtractor.RateRefersBack</c> (Continuation.cs): "the tax rate on fuel, alcohol, VAT, sales" is no tariff's rate.</item>
/// </list>
/// Excise goods (alcohol, fuel, tobacco, soft drinks) charged per unit are <c>TariffExtractor.IsExcise</c> (TariffExtractor.Excise.cs).
/// Outside the extractor, two more lists name domestic taxes for their own question: the clustering's
/// <c>StoryFingerprint.NotTheBudgetsDuties</c> and <c>ExciseWord</c> (Stories/StoryBudget.cs: a budget headline about stamp duty,
/// income tax, VAT or an excise is another story than the budget's customs duties), and relevance's <c>DefaultTopics.DomesticDuties</c>
/// (Matching/TopicMatcher.cs: a headline's stamp, fuel or alcohol duty keeps the item out).
/// </remarks>
internal static partial class DomesticCharges
{
    /// <summary>The tariff word at <paramref name="at"/> names a domestic charge: "the feed-in tariff", "excise duty",
    /// "mobile tariffs", "the tariffs of its broadband packages".</summary>
    public static bool Names(string s, int at, int length) =>
        ModifierBefore().IsMatch(s.AsSpan(Math.Max(0, at - 30)..at)) || ServiceAfter().IsMatch(s.AsSpan((at + length)..Math.Min(s.Length, at + length + 50)))
        || IsSurname(s, at, length) || s.AsSpan(at + length).StartsWith("-free", StringComparison.OrdinalIgnoreCase)
        || IsObligation(s, at, length);

    /// <summary>"Duty" the obligation: "it had a duty to protect …" (never an import, customs or trade-remedy duty: "has an
    /// import duty to protect local farmers of 70%"), "a moral duty to act", "the duty of care", "officers on duty".</summary>
    private static bool IsObligation(string s, int at, int length) =>
        s.AsSpan(at, length).Equals("duty", StringComparison.OrdinalIgnoreCase)
        && ((ObligationBefore().IsMatch(s.AsSpan(Math.Max(0, at - 30)..at)) && ObligationAfter().IsMatch(s.AsSpan((at + length)..Math.Min(s.Length, at + length + 24))))
            || DutyOfCare().IsMatch(s.AsSpan((at + length)..Math.Min(s.Length, at + length + 12))) || OnDutyBefore().IsMatch(s.AsSpan(Math.Max(0, at - 12)..at)));

    [GeneratedRegex(@"\b(?:has|have|had|having|owes?|owed|feels?|felt|under)\s+(?:a|an|the|no|every|its|their)\s+(?:(?!(?:import|imports|customs|export|exports|safeguard|dumping|countervailing|protective|retaliatory|punitive|tariff|trade|border|transit|preferential)\b)[a-z]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObligationBefore();

    /// <summary>"to" and a verb, not a level: "a duty to protect", not "the duty to zero" or "to 25%".</summary>
    [GeneratedRegex(@"^\s+to\s+(?!(?:zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|double|between|about|around|up|as|reach|rise|fall|match|be|the|a|an|imports?|goods|products|levels?|rates?)\b)[a-z]+\b")]
    private static partial Regex ObligationAfter();

    [GeneratedRegex(@"^\s+of\s+care\b|^-bound\b")]
    private static partial Regex DutyOfCare();

    [GeneratedRegex(@"\b(?:on|off)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OnDutyBefore();

    /// <summary>"Levy" the surname: "Bernard Levy said …", "Levy scored 25% of the points".</summary>
    private static bool IsSurname(string s, int at, int length) =>
        s.AsSpan(at, length).SequenceEqual("Levy")
        && (FirstNameBefore().IsMatch(s.AsSpan(Math.Max(0, at - 20)..at)) || PersonVerbAfter().IsMatch(s.AsSpan((at + length)..Math.Min(s.Length, at + length + 20))));

    [GeneratedRegex(@"(?:^|[^.!?]\s)[A-Z][a-z]+\s+$")]
    private static partial Regex FirstNameBefore();

    [GeneratedRegex(@"^\s+(?:said|says|told|scored|won|wrote|added|argued|noted|has|had|is|was|[a-z]+ed)\b")]
    private static partial Regex PersonVerbAfter();

    /// <summary>"raised excise duty on the products by 15 per cent", "up by 8%": a rate after "by" is a change, not a level.
    /// It is a tariff measure's rate only where the sentence says it is about trade (imports, customs, a trade remedy) or
    /// names a country the measure is on.</summary>
    public static bool IsChangeAmount(string s, RateMention r) =>
        ByBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 30)..r.Start));

    public static bool SaysTrade(string s) => TradeCue().IsMatch(s);

    [GeneratedRegex(@"\b(?:feed-?in|excise|stamp|electricity|power|energy|water|gas|broadband|mobile|prepaid|postpaid|telecom|fibre|fiber|data|call|roaming|network|grid|transmission|hotel|room|sentencing|fuel|council|property|road|toll|visitor|tourist|departure|inheritance|transfer|port|rail|fare|insurance|parking|utility|retail|household|municipal|residential|domestic|consumer)(?:-|\s+)(?:[a-z]+\s+)?$|\bheavy-$", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierBefore();

    [GeneratedRegex(@"^\s+(?:of|for)\s+(?:its|their|the|his|her)?\s*(?:[a-z]+\s+)?(?:broadband|mobile|prepaid|postpaid|fibre|fiber|data|internet|electricity|power|energy|water|gas|hotel|rooms?|calls?|packages?|plans?|households?|customers|subscribers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServiceAfter();

    [GeneratedRegex(@"\bby\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|an?\s+(?:further|additional|extra)\s+|another\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"\b(?:imports?|imported|importers?|exports?|exporters?|customs|anti-?dumping|countervailing|anti-subsidy|safeguard|retaliat\w*|trade|goods|shipments|origins?|tariffs?\s+on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeCue();
}
