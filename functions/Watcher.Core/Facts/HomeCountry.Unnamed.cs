using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// The home of an item whose actor is a national institution that no country's name goes with, or whose only voices are the home's
/// own people reacting to a duty (session 24, extract43): "FG waives 10% duty on drug raw materials", "Comex applies surcharges of up
/// to 18.5% on paper and boxes", "Economía sets compensatory quota …", "Treasury scraps 25% levy", "Antidistortion Commission
/// recommends 14.8% surcharge …", "the Cabinet has made a decision to reduce the customs tax …"; "Local juice makers welcome 15%
/// customs duty", "Jamaican parents … welcomed the suspension of the 20 per cent duty …", "Dairy farmers protest milk powder imports
/// at 15% duty". The institution's kind (a federal government's abbreviation, a cabinet, a finance, trade or economy ministry, a
/// treasury, a customs or revenue authority, a tariff or trade-remedy commission, a parliament) says it is some country's own; which
/// country is read from evidence only, never guessed: a demonym on the reacting people ("Qatari juice producers"), the item's national
/// currency or people, else the outlet's country — and every country the item names other than as an origin of goods must be that
/// one. Read only when <see cref="Of"/> finds no home.
/// </summary>
internal static partial class HomeCountry
{
    /// <summary>The country of an item's unnamed national institution or of its reacting home voices, or null (no such actor or
    /// voice; a bloc's body, the exporters' side, a duty deliberated or supposed; no evidence of one country; another country named
    /// as a possible actor).</summary>
    /// <param name="possibleImposers">The countries the item names other than only as the origin of goods.</param>
    public static string? OfUnnamedInstitution(string text, IReadOnlyList<Mention> parties, IReadOnlyList<string> possibleImposers, string? outlet)
    {
        // a duty on goods: not a bare "tariff" (a utility's, a hotel's) unless it is on something
        if (!DutyWord().IsMatch(text) && !SurchargeOn().IsMatch(text)) return null;
        var acting = NationalInstitutionActs().Match(text);
        var reactions = acting.Success || !MayShowHomeReaction(text) ? [] : HomeReaction().Matches(text).ToList();
        if (!acting.Success && reactions.Count == 0) return null;
        // a headline alone ("FG waives 10% duty on drug raw materials") is read only when it names what the duty is on: a verb of the
        // institution's right before a bare rate ("… as Treasury scraps 25% levy") leaves the goods to guesswork
        if (acting.Success && text.AsSpan().Trim().IndexOf('\n') < 0 && !DutyOn().IsMatch(text)) return null;
        var reaction = reactions.Count > 0;
        // "the EU Council", "ECOWAS", "the common external tariff" decided: the bloc's; a duty that hits exporters or growers, or
        // that is only debated or supposed, is no home's decision
        if (RegionalBody().IsMatch(text) || Deliberates().IsMatch(text) || Hypothetical().IsMatch(text) || ProducersHurt(text)) return null;
        // an exporters' view in the headline makes the duty another country's; a reaction copy has no actor to outweigh it anywhere
        if (ExportersView().IsMatch(reaction ? text.AsSpan() : FirstLine(text))) return null;
        // a reaction is to a decided change of the duty, not to a duty that is sought, feared or in force unchanged
        if (reaction && !DutyChanged().IsMatch(text)) return null;
        var evidence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in reactions)
            if (r.Groups["who"].Success && DemonymOf(r.Groups["who"].Value) is { } demonym) evidence.Add(demonym);
        if (evidence.Count == 0)
        {
            evidence.UnionWith(Currencies(text));
            foreach (var (country, at) in Peoples(text))
                if (!InComparison(text, at)) evidence.Add(country);
        }
        if (evidence.Count == 0 && outlet is not null) evidence.Add(outlet);
        if (evidence.Count != 1) return null;
        var home = evidence.First();
        // "Kenyan traders protest Uganda's new duty", "… under the deal with Washington": another country that may act is named
        if (possibleImposers.Any(c => c != home)) return null;
        if (parties.Any(m => (m.Entity.Kind == EntityKind.Leader || m.Form == MentionForm.Person) && m.CountryId != home)) return null;
        return home;
    }

    /// <summary>A duty, tariff, levy or surcharge named with what it is on ("10% duty on drug raw materials", "surcharges of up to 18.5% on paper").</summary>
    [GeneratedRegex(@"\b(?:dut(?:y|ies)|tariffs?|levy|levies|surcharges?)(?:\s+(?:of\s+)?(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|pc\b))?\s+on\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex DutyOn();

    /// <summary>A surcharge laid on something ("Comex applies surcharges of up to 18.5% on paper and boxes"), not a utility's or a
    /// fare's ("a fuel surcharge on tickets", "a 10% surcharge on electricity bills").</summary>
    [GeneratedRegex(@"(?<!\b(?:fuel|energy|electricity|power|peak|delivery|service|booking|card)\s)\bsurcharges?\b(?:\s+[\w%.,-]+){0,5}?\s+on\s+(?!(?:the\s+|its\s+|their\s+)?(?:electricity|power|water|gas|fuel|petrol|diesel|data|calls?|bills?|fares?|tickets?|parking|flights?|rooms?|households?|consumers?|users?|incomes?|profits?|payments?|cards?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SurchargeOn();

    /// <summary>The country a demonym before the reacting people names ("Qatari", "Jamaican"), or null for none or "Local".</summary>
    private static string? DemonymOf(string who)
    {
        var found = EntityFinder.Find(who);
        return found is [{ Form: MentionForm.Adjective, Entity.Kind: EntityKind.Country } adjective] && adjective.Start == 0 ? adjective.CountryId : null;
    }

    /// <summary>A national institution by its kind, as the subject of a verb of laying, changing or lifting a duty (a few words of
    /// name, time or auxiliary between them): a federal government's abbreviation ("FG", "FGN"), a cabinet ("the Cabinet", "the
    /// Federal Executive Council", "the Council of Ministers"), a finance, trade or economy ministry ("the Ministry of Industry,
    /// Investment and Commerce", "the Economy Ministry", "Economía", "the Treasury", "the Finance Minister"), a customs or revenue
    /// authority, a tariff or trade-remedy commission ("the Tariff Commission", "the Antidistortion Commission", "an Interdepartmental
    /// Commission", "Comex", "the Trade Remedies Sector"), a parliament ("the National Assembly", "the House of Representatives") or the
    /// government itself ("the national government", "Govt"). Case matters: "fg" or "the commission he earned" is no institution; a
    /// city's, a company's, a union's or a sports body's council or assembly is not among the kinds ("City Council", "the Board of
    /// Directors", "the Students' Union assembly", "the Football Federation (FG)").</summary>
    [GeneratedRegex(@"(?<!\(\s*)(?<!\b(?:urged|urges|urge|urging|asked|asks|ask|asking|called\s+on|calls\s+on|pressed|presses|lobbied|lobbying|wants|wanted|petitioned|told)\s+(?:the\s+)?(?:[Nn]ational\s+|[Ff]ederal\s+|[Cc]entral\s+)?)(?<!\b(?:City|Municipal|County|Town|District|Metropolitan|Regional|Provincial|State|Student|Students['’]?|Football|Sports?|Olympic|Company|Club|Union)\s+)\b(?-i:FG|FGN|Gov(?:'|’)?t\.?|(?:[Tt]he\s+)?(?:[Nn]ational\s+|[Ff]ederal\s+|[Cc]entral\s+)?[Gg]overnment|Cabinet|Federal\s+Executive\s+Council|FEC|Council\s+of\s+Ministers|Economía|Treasury|(?:Finance|Trade|Economy|Commerce|Industry)\s+Minist(?:er|ry)|Minist(?:er|ry)\s+of\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+(?:the\s+)?|\s+)){0,5}?(?:Finance|Trade|Economy|Commerce|Industry|Treasury|Planning)\b(?:(?:,\s+|\s+and\s+(?:the\s+)?|\s+)[A-Z][\w-]*){0,4}|(?:[A-Z][\w-]*\s+){0,2}(?:Customs|Revenue)\s+(?:Service|Authority|Department|Administration|Board)|(?:[A-Z][\w-]*\s+){0,2}(?:Tariff|Antidistortions?|Interdepartmental|Foreign\s+Trade)\s+(?:Commission|Committee|Board)|Trade\s+Remedies\s+(?:Sector|Authority|Directorate|Unit)|Comex|COMEX|CAMEX|CNDP|National\s+Assembly|House\s+of\s+Representatives)"
        + @"(?:\s*\([^)]{1,20}\))?,?"
        + @"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|this\s+\w+|last\s+\w+|hereby|also|now|finally|formally|officially|has|have|had|will|would|is|are|was|were|to|be|been|then|later|earlier|unanimously|at\s+its\s+(?:[\w-]+\s+){0,2}meeting(?:\s+on\s+\w+\s+\d{1,2})?,?))*"
        + @"\s+(?:impos|rais|increas|cut|lower|reduc|slash|slap|hik|approv|adopt|pass|notif|publish|announc|decid|set|sign|introduc|lev(?:y|ie|ied)|appl(?:y|ies|ied)|eliminat|remov|scrap|abolish|suspend|restor|reinstat|extend|end|amend|revis|lift|waiv|grant|exempt|recommend|back|fix|halv|doubl|made\s+a\s+decision|gets?\s+(?:[\w-]+\s+)?nod|secur)\w*")]
    private static partial Regex NationalInstitutionActs();

    /// <summary>The home's own people reacting to a duty: local makers, producers, farmers, growers, importers, traders, retailers,
    /// parents, consumers or fishermen who welcome, hail, protest, decry or criticise it — the duty their country changed on what
    /// they make or buy (not exporters: another country's duty on their sales; not growers a duty costs: <see cref="ProducersHurt"/>).
    /// The group "who" holds a demonym before them, if any ("Qatari juice producers", "Jamaican parents"). The phrase stays on its line:
    /// read across a line break, the headline's last words ("… customs duty\nQatari juice producers") took the demonym's place, so the
    /// item read otherwise with and without the headline's full stop (ItemReadingTests, LineBreakOwnerTests).</summary>
    [GeneratedRegex(@"(?:\b(?<who>(?-i:[A-Z][a-z]+(?:an|ian|ese|i|ish|ch))|[Ll]ocal|[Dd]omestic)[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,3}?(?:makers|manufacturers|producers|farmers|growers|importers|traders|retailers|parents|consumers|fishermen|industry|millers|processors|assemblers|dealers)[^\S\n]+(?:(?:and|in|of)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?){0,2}(?:(?:have|has|had|yesterday|today|on[^\S\n]+\w+day)[^\S\n]+)*(?:welcom|hail|protest|decr(?:y|ie)|criticis|criticiz|slam|cheer|applaud|lament|oppos)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex HomeReaction();

    /// <summary>A duty changed: cut, raised, removed, ended, suspended, new or higher — what a home's people react to.</summary>
    [GeneratedRegex(@"\b(?:cut|cuts|increase[sd]?|hike[sd]?|rais(?:e|ed|es|ing)|remov(?:al|ed|e)|end|ended|suspen(?:sion|ded|d)|scrap(?:ped|ping|s)?|reduc(?:tion|ed|e)|halv(?:ed|ing|e)|higher|lower(?:ed)?|waiver|waived|imposition|imposed|new)\b(?:\s+[\w%.,-]+){0,6}?\s+(?:dut(?:y|ies)|tariffs?|levy|levies)\b|\b(?:dut(?:y|ies)|tariffs?|levy|levies)\b(?:\s+[\w-]+){0,3}?\s+(?:cut|raised|hiked|removed|scrapped|suspended|reduced|halved|lowered)\b|\b(?:RD|CET)\s+cut\b|\bdecision\s+to\s+(?:raise|cut|reduce|remove|impose|increase|suspend|scrap|lower|halve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyChanged();
}
