using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// The country whose own institutions act in an item that names them without a country: a budget speech, a customs-tariff bill,
/// a decree, a trade-remedy notice ("The Storting adopted …", "the national Government reduced …", "Parliament passed the
/// Customs Tariff (Amendment) Bill …", "the Central Government hereby imposes …", "The Trade Minister says …"). Such an item
/// states its measures as its home country's, and names that country, if at all, elsewhere: (a) as the country of an
/// institution it names ("the Althingi", "Lok Sabha", "CBSA"), else (b) as the one country its other mentions point to: the
/// country goods are imported into, a national currency, a people ("Icelanders"), or the only country it names other than as
/// an origin. Two such countries and nothing to choose between them: no home.
/// </summary>
internal static partial class HomeCountry
{
    /// <summary>The home country of an item whose institutions act on a trade measure, or null (no such actor, or no single
    /// country it can be). The cues are read strongest first, and the first that names any country decides, if it names one:
    /// an institution of a country ("the Althingi", "the Customs of the People's Republic of China", "Ghana's Finance Ministry
    /// raised …"); the country goods are exported or imported into; a national currency or people; the one country named
    /// other than as an origin.</summary>
    /// <param name="candidates">The countries the item names other than as an origin of goods or of traders.</param>
    /// <param name="outlet">The country of the item's source, if it has one: the home of an item whose institutions act and whose
    /// text points to no country they could be (no institution of one, no destination, currency or people, no country named other
    /// than as an origin) — "The Government has reduced …" in a Kenyan paper — and of an item about a border measure that names
    /// no country at all, whoever acts. Never against the text: a cue that names a country, or two, decides.</param>
    public static string? Of(string text, IReadOnlyList<Mention> parties, IReadOnlyList<string> candidates, string? outlet = null)
    {
        // "Cooking oil duty hiked to 40pc", "Budget: EV duty reduced to 10%": a headline or a brief need not say "import" of a duty on
        // goods; such an item is read only as the outlet's, with no actor and a decision stated (below), and the sentence reader still
        // refuses a domestic charge ("stamp duty", "excise", an electricity or data tariff)
        // (a duty, not a bare "tariff": a utility's, a hospital's or a hotel's tariff rises without any word of trade)
        var trade = TradeItem().IsMatch(text);
        if (!trade && (outlet is null || !(DutyWord().IsMatch(text) || GoodsTariffMoves(text)))) return null;
        // the outlet's country is no home of an item written from the exporters' side ("… hits Tiruppur exporters", "Shrimp exporters
        // brace for …": another country's duty on its exports), of one that names an international or regional body ("the WTO
        // ruled", "the Commission imposed", "the common external tariff"), or of one whose only actor is a legislature the US press
        // names bare ("the Senate approved", "Congress passed": the US Congress in most papers) unless the outlet is American
        if (outlet is not null && (ExportersView().IsMatch(text) || ProducersHurt(text) || RegionalBody().IsMatch(text))) outlet = null;
        // "Rice import duty cut to 2%", "the Finance Minister announced that the import duty on solar panels will be removed" in an
        // outlet of one country: an item about a border measure that names no country at all states its outlet's country's, whoever
        // it says acts — when it states a decision ("cut to", "was raised", "I propose to raise"), not a duty that "takes effect",
        // "doubles", "would raise prices" or is "proposed"
        // (also with no word of trade and an origin named, "Extra duty on Chinese e-scooters raised to 60 pct": a headline that names no
        // imposer is its own country's news in both dev items of that shape, h14-tr-scooters-3 and t15-th-wirerope-2)
        if (!ActsOnMeasure(text))
            return outlet is not null && OnlyOriginsBesides(text, parties, candidates, outlet) && !Deliberates().IsMatch(text)
                && (Decided().IsMatch(text) || StatedDuty().IsMatch(FirstLine(text)) || DutyUpTo().IsMatch(FirstLine(text)) || RemedyTakesEffect().IsMatch(FirstLine(text))
                    || RemedyFaced().IsMatch(FirstLine(text)) && parties.Count > 0) && !Hypothetical().IsMatch(text) ? outlet : null;
        // "Govt cuts duty on cooking oil to 10%", "The Cabinet has raised the duty on edible oils": with no word of trade, only an unnamed
        // government of the item's own acting, or its budget ("Budget 2031: Duty on farmers' pick-ups cut to 10%", HomeCountry.Budget.cs),
        // and no other country named, is the outlet's
        if (!trade)
            return outlet is not null && (UnnamedGovernmentActs().IsMatch(text) || OwnBudget().IsMatch(text)) && OnlyOutlet(parties, outlet) && !Deliberates().IsMatch(text) && !Hypothetical().IsMatch(text)
                ? outlet : null;
        if (outlet is not null && outlet != "US" && !(MayNameActingInstitution(text) && ActingInstitution().Matches(text).Any(m => !m.Groups["bare"].Success)) && !Instrument().IsMatch(text)
            && !AttributedTo().IsMatch(text) && !OwnLegislature().IsMatch(text))
            outlet = null;
        var tied = InstitutionCountries(text);
        tied.UnionWith(OwnInstitutions(text, parties));
        if (tied.Count > 0) return tied.Count == 1 ? tied.First() : null;
        // an institution's name that several countries use ("the Department of Commerce", "the DOF", "FG") ties the item to no
        // country by itself: the other cues decide, and with none the item has no home
        return OtherCues(text, parties, candidates, outlet);
    }

    /// <summary>An item with no actor names no country the measure could be another's: each country it names is an origin of goods
    /// other than the outlet's own ("Extra duty on Chinese e-scooters raised to 60 pct" in a Turkish paper; not in a Chinese one,
    /// whose country's goods another country charges), or the outlet's country named as itself, and each leader is the outlet
    /// country's ("Milei: duty on fridges cut to 17.5%" in an Argentine paper; not "Trump's 25% tariff …" in a Canadian one). The
    /// outlet's own people by its demonym ("Indian orchardists") name it as itself (<see cref="OwnPeople"/>).</summary>
    private static bool OnlyOriginsBesides(string text, IReadOnlyList<Mention> parties, IReadOnlyList<string> candidates, string outlet) =>
        parties.All(m => m.Entity.Kind == EntityKind.Leader || m.Form == MentionForm.Person ? m.CountryId == outlet
            : m.CountryId == outlet ? candidates.Contains(outlet) || OwnPeople(text, m) : !candidates.Contains(m.CountryId));

    /// <summary>An item that names no country but the outlet's own, and no leader but its own.</summary>
    private static bool OnlyOutlet(IReadOnlyList<Mention> parties, string outlet) => parties.All(m => m.CountryId == outlet);

    /// <summary>A government the item does not name the country of, deciding on a duty: "Govt cuts duty", "the Centre has raised",
    /// "Cabinet slashes", "the Union Government hikes" (not "the Chinese government": a named country is a mention of its own).</summary>
    [GeneratedRegex(@"\b(?:(?:the|union|central|federal|national)\s+)*(?:Gov(?:'|’)?t\.?|Government|Cabinet|(?-i:Centre|Center))(?!\s+(?:of|for|on)\b)(?:\s+(?:has|have|had|will|is|was|to|also|now|today|yesterday|on\s+\w+day))*\s+(?:cut|rais|hik|slash|reduc|lower|increas|impos|slap|remov|scrap|waiv|lift|halv|doubl|notif|announc|abolish|fix|revis|rationali[sz]|extend)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedGovernmentActs();

    /// <summary>The home the item's other mentions point to: the country goods enter, else a national currency or people, else the
    /// one country named other than as an origin, else the outlet's country (unless a leader of another country is named); null
    /// for two, or none and no outlet country.</summary>
    private static string? OtherCues(string text, IReadOnlyList<Mention> parties, IReadOnlyList<string> candidates, string? outlet)
    {
        var into = Destinations(text, parties).ToHashSet(StringComparer.Ordinal);
        if (into.Count > 0) return into.Count == 1 ? into.First() : null;
        var national = Currencies(text).Concat(Peoples(text).Where(p => !InComparison(text, p.At)).Select(p => p.Country)).ToHashSet(StringComparer.Ordinal);
        if (national.Count > 0) return national.Count == 1 ? national.First() : null;
        // (not when a leader of another country is named: "The administration raised …, President Trump said" is the US's)
        return candidates switch { [var only] => only, [] when !parties.Any(m => m.Entity.Kind == EntityKind.Leader && m.CountryId != outlet) => outlet, _ => null };
    }

    /// <summary>A domestic institution acts on a measure: an institution that decides, announces or imposes ("Parliament
    /// yesterday passed …", "the Union Minister for Finance … proposed …", "after the Federal Government declined to extend …"),
    /// or an instrument that sets rates ("Decree 4/2027", "Notification No. 11/2027-Customs", "published in the Official
    /// Gazette"). An institution that only debates, considers or reviews acts on nothing.</summary>
    internal static bool ActsOnMeasure(string text) =>
        Instrument().IsMatch(text) || (MayNameActingInstitution(text) && ActingInstitution().IsMatch(text)) || AttributedTo().IsMatch(text);

    /// <summary>An institution that only deliberates on a measure ("Parliament debated a bill …", "the Cabinet is considering …",
    /// "MPs are expected to vote next month …"): the item states no measure yet.</summary>
    [GeneratedRegex(@"\b(?:Government|Gov(?:'|’)?t|Cabinet|Parliament|Legislature|Congress|Senate|National\s+Assembly|lawmakers|legislators|MPs|senators|Minist(?:er|ry)|Commission|Committee)\b(?:\s+[\w,]+){0,4}?\s+(?:debat|discuss|consider|review|examin|deliberat|weigh|mull|stud(?:y|ie)|(?:expected|due|set|scheduled)\s+to\s+(?:vote|debate|decide))\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Deliberates();

    /// <summary>A duty that hits, hurts, squeezes or costs whom the next words name ("hits Tiruppur exporters", "a blow to sugar
    /// mills"): the exporters' and the producers' side share it.</summary>
    private const string HarmTo = @"\b(?:hits?|hurts?|hurting|hitting|blow\s+to|pain\s+for|squeez\w*|threatens?|cost)\s+(?:[\w-]+\s+){0,3}?";

    /// <summary>Producers of goods sold abroad: growers, farmers, producers, mills, millers, planters, fishermen.</summary>
    private const string Producers = @"(?:growers|farmers|producers|mills|millers|planters|fishermen)";

    /// <summary>An item written from the exporters' side: exporters who brace for, face, fear or count the cost of a duty, a duty
    /// that hits or hurts exporters, "our exports" — a duty of the country they export to, which the item need not name.</summary>
    [GeneratedRegex(@"\bexporters?\b(?:\s+[\w,-]+){0,3}?\s+(?:brac|fac|fear|warn|worr|say|said|count|struggl|los|scrambl|hit|hurt|rush|reel|seek|urg|lobb)\w*|" + HarmTo + @"exporters?\b|\bour\s+(?:exports|exporters|shipments)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportersView();

    /// <summary>Producers whom a duty costs, hits or hurts ("Growers in Sinaloa said the duty would cost them", "Shrimp farmers brace
    /// for …", "a blow to sugar mills"): a duty on what they sell abroad, another country's — unless the item lowers a duty (a cut
    /// that hurts farmers lets imports in: the home's own).</summary>
    private static bool ProducersHurt(string text) => ProducersView().IsMatch(text) && !DutyLowered().IsMatch(text);

    [GeneratedRegex(@"\b" + Producers + @"\b(?:\s+[\w,-]+){0,4}?\s+(?:(?:brac|reel|scrambl|struggl)\w*|count(?:s|ed|ing)?\s+the\s+cost|(?:say|says|said|warn\w*|fear\w*)\s+(?:that\s+)?(?:the|this|a|an|its|new)\s+(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|tariffs?|levy|levies)\s+(?:(?:would|will|could|may|might|is\s+set\s+to)\s+)?(?:cost|hit|hurt|ruin|crippl|wipe|shut|squeez|threaten|devastat)\w*)"
        + "|" + HarmTo + Producers + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProducersView();

    [GeneratedRegex(@"\b(?:cut|cuts|reduc\w*|lower\w*|slash\w*|remov\w*|scrap\w*|waiv\w*|halv\w*|abolish\w*|eliminat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyLowered();

    /// <summary>An international or regional body that acts or rules, or a regional customs union's tariff (not one named only as an
    /// origin: "Goods from CARICOM member states enter free"): "the WTO", "the World Trade Organization",
    /// "the (European) Commission" (bare, capitalised: "The Commission imposed …"), "the East African Community", "ECOWAS",
    /// "the Customs Union", "the common external tariff".</summary>
    [GeneratedRegex(@"\b(?:WTO|World\s+Trade\s+Organi[sz]ation|European\s+Commission|(?-i:(?:^|[.!?]\s+|\b[Tt]he\s+)Commission(?!\s+(?:of|for|on)\s))|East\s+African\s+Community|(?-i:EAC|ECOWAS|SADC|COMESA|SACU|CEMAC|UEMOA|CARICOM|GCC|EAEU)|Eurasian\s+Economic\s+(?:Union|Commission)|Mercosur|(?-i:Customs\s+Union))(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:rul|found|find|impos|rais|approv|adopt|decid|set|cut|lower|agre|will|has|have|had|said|says|announc|common\s+external)\w*|\bcommon\s+external\s+tariff\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionalBody();

    /// <summary>A stated decision on a rate, without an actor: "Import duty on rice cut to 2%", "the duty was raised", "tariffs
    /// slashed", "I propose to raise …", "we have decided to …".</summary>
    [GeneratedRegex(@"\b(?:cut|raised|hiked|slashed|reduced|lowered|increased|imposed|removed|scrapped|abolished|waived|lifted|halved|doubled|slapped|notified|announced|approved|fixed|extended|suspended|eliminated|introduced|levied|revised|rationali[sz]ed|restored|reinstated)\b|\b(?-i:I|[Ww]e)\s+(?:hereby\s+|have\s+)?(?:propose|decided|announce|impose|raise|increase|reduce|cut)\w*"
        // a headline's present tense, before the duty it acts on ("Budget raises customs duty on …", "Centre cuts duty on …"; not a duty
        // that "doubles" by itself)
        + @"|\b(?:cuts|raises|hikes|slashes|reduces|lowers|increases|imposes|removes|scraps|waives|lifts|halves|doubles|triples|quadruples|slaps|extends|notifies|announces|revises|rationali[sz]es)\s+(?:[\w-]+\s+){0,3}?(?:dut(?:y|ies)|tariffs?|levy|levies)\b"
        // a duty that moves to a new rate it states ("Tariffs on plastic kitchenware and umbrellas rise to up to 35%", "the duty on
        // rice falls to 10 percent", and from the rate it had: "the duty on imported chicken rises from 37% to 62%", "the tariff on
        // cement goes from 25% to 35%" (session 17, extract29); not revenue or prices that rise, nor a rate that "doubles" without
        // saying to what)
        // — but not a share of imports or of revenue that moves ("the share of imports subject to tariffs fell to 9%", "tariffs
        // on steel fell to 9% of the value of shipments", "customs duty collections rose to 12% of revenue")
        // — nor a statistic over many duties that moves ("the effective tariff rate on Chinese imports went from 20% to 55%", "the average
        // duty rose to 12%", "duties paid went from 2% to 7%"; session 17, fix17e)
        + @"|(?<!\b(?:subject\s+to|covered\s+by|facing|under)\s+)(?<!\b(?:effective|average|mean|overall|(?:trade-?)?weighted)\s+(?:[\w'’-]+\s+){0,2})\b(?:dut(?:y|ies)|tariffs?|levy|levies|surcharges?)\b(?:\s+(?!(?:revenues?|collections?|receipts|takings|income|shares?|proportion|coverage|exposure|paid|collected|bills?)\b)[\w,-]+){0,8}?\s+(?:rises?|rose|risen|climbs?|climbed|jumps?|jumped|falls?|fell|fallen|drops?|dropped|go(?:es)?\s+(?:up|down)|went\s+(?:up|down)|(?:go(?:es)?|went|moves?|moved)(?=\s+from\s+\d))\s+(?:from\s+\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|pc\b)?\s+)?to\s+(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|pc\b)(?!\s+of\b)"
        // goods that are to bear a duty the item states ("Vietnamese plywood to face duties of up to 19.2%", "Energy drinks to face 200pc
        // import duty", "Phenol from China will face anti-dumping duties"; and that are to pay it, or no longer will: "Imported beer will
        // pay a 30% tariff", "Mobile phones will no longer pay 15% tariff", session 23, extract40): a headline's decision, in the future (session 19, extract31;
        // not "could face", "may face", "risk facing": a threat; whose goods they are is the sentence reader's, which refuses people,
        // firms and exporters as the subject; and (session 30) the cash deposits a preliminary dumping ruling sets: "Retailers … will pay cash
        // deposits of up to 164.30% on step stools from China"; nor a demand, a need or a plan that lapsed: "Lobby wants imported tiles to face 30% duty",
        // "… to face 30% duty, manufacturers demand", "were to face a 30% duty before the deal collapsed"; fix19e; nor a
        // place facing a duty "on its auto exports": the subject owns the goods, it does not import them; lead, session 19)
        + @"|(?<!\b(?:exporters?|importers?|makers?|manufacturers?|producers?|firms?|compan(?:y|ies)|consumers?|users?|buyers?|traders?|farmers?|growers?|workers?|households?|customers?|shippers?|investors?)\s+)(?<!\b(?:wants?|wanted|urges?|urged|demands?|demanded|seeks?|sought|needs?|needed|asks?|asked|calls?\s+for|called\s+for|lobb(?:y|ies|ied)\s+for|push(?:es|ed)?\s+for|were|was)\s+(?:[\w'’-]+\s+){0,4})\b(?:to|will|shall)\s+(?:(?:now|also|soon|no\s+longer)\s+)?(?:face|attract|bear|pay|be\s+(?:hit|slapped|charged)\s+with|be\s+subject\s+to)\s+(?:(?:an?|the|new|additional|extra|higher|provisional|definitive|anti-?dumping|countervailing|safeguard|import|customs|up\s+to|of|\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|pc\b|pct\b))\s*)*(?:dut(?:y|ies)|tariffs?|levy|levies|surcharges?|(?:cash\s+)?deposits)\b(?![^.;!?\n]*\b(?:demands?|demanded|urges?|urged|wants?|wanted|seeks?|lobb(?:y|ies|ied)|proposes?|proposed|collapsed|fell\s+through|shelved|abandoned|to\s+survive|on\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?exports)\b)"
        // a duty that the item says tripled or quadrupled ("Duty on imported ceiling fans tripled to 30%", "the Budget trebled the duty on
        // …"; session 19, extract31, goods31): the duty is what moved, not imports that tripled beside a standing duty ("Rice imports
        // tripled … despite 35% duty", "duty stays at 30% as imports tripled"; fix19e)
        + @"|\b(?:dut(?:y|ies)|tariffs?|levy|levies)\b(?:\s+(?!(?:imports?|exports?|shipments?|volumes?|sales|prices?|revenues?|collections?|as|while|despite|but|and|after|since|when|stays?|stayed|remains?|remained|unchanged)\b)[\w,-]+){0,6}?\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:tripled|trebled|quadrupled)\b|\b(?:tripled|trebled|quadrupled)\s+(?:(?!(?:despite|as|while|after|before|with|under|amid|since)\b)[\w-]+\s+){0,3}?(?:dut(?:y|ies)|tariffs?|levy|levies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decided();

    /// <summary>The item's first line (its headline), without copying it.</summary>
    private static ReadOnlySpan<char> FirstLine(string text) => text.IndexOf('\n') is var nl and >= 0 ? text.AsSpan(0, nl) : text;

    /// <summary>A headline that is a duty named with its rate and the goods it is on, and nothing else (session 21, extract35):
    /// "15% customs duty on imported steel doors from June", "25pc regulatory duty on betel nut imports", "Anti-dumping duty of up to
    /// 38.9% on Chinese glass mosaic tiles", "Tariffs up to 40% on imported footwear" —
    /// the duty stated as the news, in force or coming, whoever lays it. Only the duty's own kinds may stand between the rate and the
    /// duty ("Trump's 25% tariff on …", "a 25% US tariff on …" name another's), and not a duty that is feared, urged, proposed or
    /// would hurt ("… could hit exporters", "… sought by millers", "…?"), nor one that takes effect ("25% tariffs on imported steel
    /// and aluminum take effect" in a Canadian paper is the US's: ReviewFixes13hTests, ReviewFixes14cTests), nor a utility's or a service's tariff ("15% tariff on mobile
    /// data", "… on electricity bills"). A headline that names its imposer ("25% US tariff on …") is read as the text says.</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+(?:\s+\d{4})?:\s+)?(?:(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b)\s+" + DutyKinds + @"(?:dut(?:y|ies)|tariffs?|surcharges?)"
        + @"|" + DutyKinds + @"(?:dut(?:y|ies)|tariffs?|surcharges?)\s+(?:of\s+(?:up\s+to\s+)?|up\s+to\s+)\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b))"
        + @"\s+on\s+(?!(?:[\w-]+\s+){0,2}?(?:electricity|power|energy|water|gas|fuel|data|calls?|bills?|internet|broadband|SMS|roaming|fares?|tickets?|rooms?|parking|postage|parcels?|households?|consumers?|users?)\b)(?![^\n]*(?:\b(?:tak(?:e|es|ing)\s+effect|took\s+effect|kicks?\s+in|comes?\s+into\s+force|effective|could|would|may|might|should|urg\w*|seek\w*|sought|demand\w*|calls?\s+for|wants?|proposal|propos\w*|mooted|threat\w*|fears?|feared|looms?|possible|mulls?|considers?|weighs?|studies|eyes|eyed)\b|\?))", RegexOptions.IgnoreCase)]
    private static partial Regex StatedDuty();

    /// <summary>A headline that is a duty on goods moved up to its rate, with no verb (session 22, extract37): "Import duty on fishing nets
    /// up to 25pc", "Duty on used clothing up to 35%" — the headline's way of
    /// "raised to", the outlet's country's measure on the terms of <see cref="StatedDuty"/> (no acting institution, no country that
    /// could lay it). Not a rise "by up to" (a price's or a tariff's change: "Hotels raise tariffs by up to 30%"), nor a domestic
    /// charge (stamp duty, excise), nor one feared, sought or asked about.</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+(?:\s+\d{4}(?:[-/]\d{2,4})?)?:\s+)?(?!(?:[\w'’-]+\s+){0,4}?(?:(?:stamp|excise|estate|death|road|airport|departure|hotel|fuel)\s|(?:face[sd]?|facing|hit|hits)\s))(?:[\w'’-]+\s+){0,4}?" + DutyKinds
        + @"dut(?:y|ies)\s+on(?:\s+[\w'’,-]+){1,6}?\s+up\s+to\s+\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b)"
        + @"(?![^\n]*(?:\b(?:could|would|may|might|should|urg\w*|seek\w*|sought|demand\w*|calls?\s+for|wants?|propos\w*|mooted|threat\w*|fears?|feared|looms?|possible|mulls?|considers?|weighs?|hits?|hurts?)\b|\?))", RegexOptions.IgnoreCase)]
    private static partial Regex DutyUpTo();

    /// <summary>A headline that is a trade remedy on goods from a named origin taking effect (session 23, extract40): "Provisional
    /// anti-dumping duties of up to 39.2 pct on Chinese solar glass take effect", "Anti-dumping duties of up to 38% on Chinese welding
    /// electrodes take effect", "Provisional duties on Chinese PET preforms take effect next month", "Safeguard duty of 25% on steel coils from India takes effect" — a remedy is laid by the country the goods
    /// enter, and its taking effect is that country's news, the outlet's on <see cref="StatedDuty"/>'s terms (no acting institution, no
    /// country that could lay it, the outlet's own goods not the origin). Not a plain tariff taking effect ("25% tariffs on imported
    /// steel and aluminum take effect" in a Canadian paper is the US's: ReviewFixes13hTests, ReviewFixes14cTests), nor a remedy with no
    /// origin named, nor one feared, sought, proposed or asked about.</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+(?:\s+\d{4})?:\s+)?(?:(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b)\s+)?(?:(?:new|additional|extra|higher|final|preliminary)\s+)*(?:(?:provisional|definitive)\s+(?:(?:anti-?dumping|dumping|countervailing|anti-subsidy|safeguard)\s+)?|(?:anti-?dumping|dumping|countervailing|anti-subsidy|safeguard)\s+)(?:dut(?:y|ies)|tariffs?|surcharges?|measures?)"
        + @"(?:\s+(?:of\s+)?(?:up\s+to\s+)?\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b)(?:\s+to\s+\d[\d.,]*\s*(?:%|pc\b|pct\b|percent\b|per\s*cent\b))?)?"
        + @"\s+on\s+(?:[\w'’,-]+\s+){0,3}?(?:(?-i:[A-Z])[\w-]+|imports\s+from\s+(?-i:[A-Z])[\w-]+)(?:\s+(?!(?:could|would|may|might|should|to|will|shall|not)\b)[\w'’,-]+){0,6}?\s+(?:tak(?:e|es)|took)\s+effect\b"
        + @"(?![^\n]*(?:\b(?:could|would|may|might|should|urg\w*|seek\w*|sought|demand\w*|calls?\s+for|wants?|propos\w*|mooted|threat\w*|fears?|feared|possible)\b|\?))", RegexOptions.IgnoreCase)]
    private static partial Regex RemedyTakesEffect();

    /// <summary>The words of a duty's own kind that may stand before "duty" ("provisional anti-dumping", "regulatory", "customs").</summary>
    private const string DutyKinds = @"(?:(?:new|additional|extra|higher|provisional|definitive|final|anti-?dumping|countervailing|safeguard|import|customs|regulatory|dumping|protective|special|basic)\s+)*";

    /// <summary>A duty the item only supposes: "a proposed 35% duty", "a possible tariff", "if the duty is raised".</summary>
    [GeneratedRegex(@"\b(?:a|an|the)\s+(?:proposed|planned|mooted|threatened|possible|potential)\b|\bif\s+(?:[\w-]+\s+){0,4}?(?:duty|duties|tariffs?|levy|levies|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    /// <summary>A legislature that is no US one, named beside a bare "Senate" or "Congress" ("The Chamber of Deputies dispatched the
    /// bill to the Senate"): the bare name is that country's chamber.</summary>
    [GeneratedRegex(@"\b(?:Chamber\s+of\s+Deputies|House\s+of\s+(?:Assembly|Commons|Lords|Councillors)|Parliament|National\s+Assembly|(?-i:MPs)|Lok\s+Sabha|Rajya\s+Sabha|Dewan\s+Rakyat|Storting|Bundestag|Knesset|Sejm|Duma)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnLegislature();

    /// <summary>"…, according to the Ministry of Economy and Finance", a headline's "… now 20% — Customs": a measure an institution
    /// is the source of.</summary>
    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}(?:Government|Ministry|Minister|Department|Commission|Customs|Treasury|Cabinet|Board|Authority|Tribunal)\b|\s[—–]\s*(?:the\s+)?(?:[A-Z]\w+\s+){0,2}(?:Government|Gov(?:'|’)?t|FG|Ministry|Minister|Customs|Treasury|Cabinet)\s*(?:$|\||\r?\n)", RegexOptions.Multiline)]
    private static partial Regex AttributedTo();

    /// <summary>The countries of the institutions an item names that say whose they are by their name alone; a name several
    /// countries use ties to none ("the Department of Commerce" is the United States' and India's, "the DOF" Mexico's official
    /// journal and the Philippines' Department of Finance, "FG" any federal government, "SARS" South Africa's revenue service and
    /// a disease).</summary>
    internal static HashSet<string> InstitutionCountries(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TiedInstitution().Matches(text))
            if (!SharedName().IsMatch(m.Value))
                found.UnionWith(CountriesOf(m));
        return found;
    }

    /// <summary>The countries a match of <see cref="TiedInstitution"/> or <see cref="Currency"/> names: each alternative is a
    /// group named by its country's code.</summary>
    private static IEnumerable<string> CountriesOf(Match m)
    {
        foreach (Group g in m.Groups)
            if (g.Success && g.Name is [>= 'A' and <= 'Z', >= 'A' and <= 'Z']) yield return g.Name;
    }

    /// <summary>An institution's name that several countries use: a bare "Department of Commerce" (not "U.S. Department of
    /// Commerce"), "DOF", "FG", "FEC", "SARS".</summary>
    [GeneratedRegex(@"^(?:Department\s+of\s+Commerce|DOF|FG|FEC|SARS)$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedName();

    /// <summary>The countries whose institutions the item names with them and that act or collect: "the Customs of the People's
    /// Republic of China", "the Government of Ghana has …", "Ghana's Finance Ministry raised …", "the Vietnamese government
    /// issued …" (not "the Chinese government condemned …": a government that reacts imposes nothing).</summary>
    private static IEnumerable<string> OwnInstitutions(string text, IReadOnlyList<Mention> parties)
    {
        // the first acting institution at or after a mention's end, kept for the next mention: a match found from one position is
        // the first from every later position up to its start (whether the pattern matches at a position does not depend on where
        // the scan began), and none found is none from any later position; the pattern is not scanned over the rest of the text
        // again for each country the item names
        (int From, Match Found)? first = null;
        foreach (var m in parties)
        {
            if (m.Entity.Kind == EntityKind.Leader || m.Form == MentionForm.Person) continue;
            // a line break ends what a country owns ("… originating in the United States\nThe Ministry of Commerce adopted …"), also
            // inside the institution's match: its name's words may run over one ("… on Chinese padlocks\nThe Ministry of Economy
            // imposed …" is no Chinese ministry; session 20, found by LineBreakOwnerTests on h22-mx-padlocks-2)
            if (InstitutionOf().IsMatch(TariffExtractor.LineBefore(text, m.Start, 60))) yield return m.CountryId;
            else if (m.Form != MentionForm.Capital && (first = FirstActingFrom(text, m.End, first)).Value.Found is { Success: true } acting
                && !text.AsSpan(m.End, acting.Index + acting.Length - m.End).Contains('\n')
                && text.AsSpan(m.End, acting.Index - m.End) is var between
                && between.Trim() is var gap && (gap.IsEmpty || gap is "'s" or "’s")) yield return m.CountryId;
        }
    }

    /// <summary><see cref="ActingInstitution"/>'s first match at or after <paramref name="from"/>, from <paramref name="known"/> (the first
    /// match from an earlier position) where that answers it.</summary>
    private static (int From, Match Found) FirstActingFrom(string text, int from, (int From, Match Found)? known) =>
        known is { } k && k.From <= from && (!k.Found.Success || from <= k.Found.Index) ? (from, k.Found)
        : (from, MayNameActingInstitution(text) ? ActingInstitution().Match(text, from) : Match.Empty); // (HomeCountry.Signs.cs)

    /// <summary>"the Customs of", "the Government of", "the Parliament of", "the Ministry of Commerce of", "the Official Gazette of"
    /// right before a country's name.</summary>
    [GeneratedRegex(@"\b(?-i:Customs|Government|Parliament|National\s+Assembly|Ministry(?:\s+of(?:\s+[A-Z]\w+){1,4})?|Official\s+Gazette|Cabinet|Treasury)\s+of\s+(?:the\s+)?$")]
    private static partial Regex InstitutionOf();

    /// <summary>Institutions, parliaments and official journals that belong to one country (or to the EU) and that the entity
    /// catalog does not name, each in a group named by its country's code.</summary>
    [GeneratedRegex(@"\b(?:(?<NO>Storting(?:et)?)|(?<IS>Althing(?:i)?)|(?<IN>Lok\s+Sabha|Rajya\s+Sabha|Union\s+Budget|Union\s+(?:Finance\s+)?Minister|CBIC|Central\s+Board\s+of\s+Indirect\s+Taxes|Gazette\s+of\s+India)"
        + @"|(?<DK>Folketing(?:et)?)|(?<SE>Riksdag(?:en)?)|(?<FI>Eduskunta)|(?<PL>Sejm)|(?<IL>Knesset)|(?<RU>State\s+Duma)|(?<UA>Verkhovna\s+Rada)|(?<IE>Oireachtas|D[áa]il)"
        + @"|(?<JP>(?-i:National\s+Diet))|(?<MY>Dewan\s+Rakyat)|(?<ID>KPPI|KADI)"
        + @"|(?<US>(?:U\.?S\.?\s+)?Department\s+of\s+Commerce|International\s+Trade\s+Administration(?!\s+Commission)|U\.?S\.?\s+International\s+Trade\s+Commission|Federal\s+Register|(?-i:CBP)|Ways\s+and\s+Means\s+Committee)"
        + @"|(?<CA>CBSA|CITT|Canada\s+Border\s+Services\s+Agency|Canadian\s+International\s+Trade\s+Tribunal|Department\s+of\s+Finance\s+Canada)"
        + @"|(?<AR>CNCE|Bolet[íi]n\s+Oficial|Casa\s+Rosada)|(?<MX>Diario\s+Oficial\s+de\s+la\s+Federaci[óo]n|(?-i:DOF))|(?<CO>MinCIT|MinComercio)"
        + @"|(?<NG>(?-i:FG)|Federal\s+Executive\s+Council|(?-i:FEC)|(?-i:FIRS))|(?<PH>Bureau\s+of\s+Customs|Tariff\s+Commission\s+\(TC\))|(?<KE>(?-i:KRA))|(?<ZA>(?-i:SARS)|(?-i:dtic))"
        + @"|(?<EU>Official\s+Journal\s+of\s+the\s+European\s+Union|(?-i:Official\s+Journal))|(?<CN>Customs\s+Tariff\s+Commission\s+of\s+the\s+State\s+Council|(?-i:State\s+Council)))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex TiedInstitution();

    /// <summary>A duty, not an export duty ("Export duty on cocoa beans raised to 15%" charges the home's own goods leaving it, no import);
    /// or a tariff laid on something ("Tariff on roasted coffee halved to 20%", "Caputo cuts tariff on toys to 20%", "a 513% tariff
    /// on rice"): what a tariff is "on" is goods (a levy on goods is as often a domestic one: "the levy on sugary drinks"), where a utility's, a hotel's or a wage tariff is "for" someone or
    /// named before it ("the electricity tariff for households"; "tariff on electricity" is refused by the sentence reader's
    /// domestic charges).</summary>
    [GeneratedRegex(@"(?<!\bexport\s)\bdut(?:y|ies)\b|(?<!\bexport\s)\btariffs?\s+on\s+(?!(?:the\s+|its\s+|their\s+)?(?:electricity|power|water|gas|fuel|petrol|diesel|data|calls?|bills?|households?|consumers?|users?|customers?|incomes?|wages?|salar(?:y|ies)|profits?|property|land|hotels?|rooms?|tickets?|fares?|passengers?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DutyWord();

    /// <summary>A goods word's tariff that is cut or moves to a rate ("Kraft paper tariff rises to 15%", "Tyre tariff cut to 16%",
    /// "Footwear and sportswear tariffs cut to 20%"; session 19, extract31): a word the goods reader knows as a goods head
    /// (<see cref="TariffExtractor.IsGoodsHeadWord"/>) among the few words before "tariff" in its clause — not a utility's, a
    /// service's or a firm's ("Eskom tariff", "Pay-TV tariff", "Bank tariff", "Airline tariff", "Solar tariff"; fix19e), nor
    /// another country's tariff by its kind ("Reciprocal tariff cut to 19%", "baseline", "retaliatory", "Section 232").</summary>
    private static bool GoodsTariffMoves(string text)
    {
        foreach (Match m in TariffMoves().Matches(text))
        {
            var clause = ClauseBefore().Match(text[..m.Index]).Value;
            var words = ClauseWord().Matches(clause).Select(w => w.Value).TakeLast(4).ToList();
            if (words.Any(w => OthersTariff().IsMatch(w))) continue;
            if (words.Any(TariffExtractor.IsGoodsHeadWord)) return true;
        }
        return false;
    }

    /// <summary>The tariff that moves, after a word that is no utility's, service's or statistic's (the gate's first cut).</summary>
    [GeneratedRegex(@"(?<!\b(?:electricity|power|energy|water|gas|fuel|petrol|diesel|data|mobile|broadband|internet|telecom|call|voice|SMS|roaming|feed-?in|grid|network|transmission|distribution|hotel|room|taxi|bus|rail|train|transport|freight|shipping|postal|port|airport|parking|toll|hospital|medical|insurance|wage|salary|retail|residential|domestic|household|consumer|night|peak|off-?peak|flat|standard|average|effective|applied|bound|weighted)\s)\b(?<!\bexport\s)tariffs?\s+(?:(?:is|was|has\s+been|will\s+be)\s+)?(?:cut|raised|hiked|slashed|reduced|lowered|increased|halved|doubled|tripled|rises?|rose|climbs?|climbed|jumps?|jumped|falls?|fell|drops?|dropped)\s+(?:from\s+\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|pc\b)?\s+)?to\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex TariffMoves();

    /// <summary>The text of the clause before a point (after the last stop, comma, colon, semicolon or dash).</summary>
    [GeneratedRegex(@"[^.,:;!?\n–—]*$")]
    private static partial Regex ClauseBefore();

    [GeneratedRegex(@"[\w'’-]+")]
    private static partial Regex ClauseWord();

    /// <summary>A tariff another country lays by its kind: reciprocal, baseline, retaliatory, Section 232, Trump's.</summary>
    [GeneratedRegex(@"^(?:reciprocal|baseline|retaliatory|counter|232|301|Trump['’]?s?|US|U\.S|American)$", RegexOptions.IgnoreCase)]
    private static partial Regex OthersTariff();

    /// <summary>An article about a trade measure at the border, not a utility's, a hotel's or a wage tariff.</summary>
    [GeneratedRegex(@"\b(?:imports?|imported|importers?|customs|MFN|most[- ]favou?red[- ]nation|safeguard|anti-?dumping|countervailing|dumping|tariff\s+lines?|border\s+levy|originating)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeItem();

    /// <summary>An instrument that sets rates: a numbered decree, notification or order, an official gazette, a budget or a
    /// finance or customs-tariff bill.</summary>
    [GeneratedRegex(@"\b(?:(?:Decree|Decision|Resolution|Notification|(?:Executive|Administrative|Department\s+Administrative|Cabinet)\s+Order)\s+(?:No\.?\s*)?\d+|executive\s+order|(?-i:Official\s+Gazette|Gazette)|(?-i:Diario\s+Oficial|Bolet[íi]n\s+Oficial|Federal\s+Register|Official\s+Journal)|(?-i:(?:Finance|Customs\s+Tariff(?:\s+\(Amendment\))?)\s+(?:Bill|Act))|(?-i:Budget)\s+\d{4}|(?-i:[A-Z]\w+\s+Budget))", RegexOptions.IgnoreCase)]
    private static partial Regex Instrument();

    /// <summary>An institution of a country's own, as the subject of a verb of deciding, announcing or imposing (a few words of
    /// name, time or auxiliary between them): "The Storting on Wednesday adopted", "PARLIAMENT yesterday passed", "The Ministry of
    /// Agriculture, Food and Rural Affairs said", "the Central Government hereby imposes", "Govt slaps", "FG ends". Not a verb of
    /// deliberating ("Parliament debated", "the Cabinet is considering").</summary>
    [GeneratedRegex(@"\b(?:(?:the|its|national|federal|central|union)\s+)*(?:Government|Gov(?:'|’)?t\.?|Administration|Cabinet|Council\s+of\s+Ministers|Executive|Parliament|Legislature|(?<bare>Congress|Senate|(?-i:House)|senators)|National\s+Assembly|lawmakers|legislators|MPs|deputies|Treasury|Treasurer|(?:[A-Z]\w+\s+){0,3}Minist(?:er|ry)|Department|Commission(?:er)?|Customs|Board|Tribunal|Authority|(?-i:FG)"
        + @"|(?<!\bof\s)(?-i:Commerce)|Storting(?:et)?|Althing(?:i)?|Lok\s+Sabha|Folketing(?:et)?|Riksdag(?:en)?|Sejm|Knesset|Duma|Rada|(?-i:Diet)|Dewan\s+Rakyat|KPPI|KADI|CBSA|CITT|CNCE)"
        + @"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?-i:[A-Z][\w&'’-]*(?:(?:,\s+|\s+and\s+|\s+)(?:of\s+|the\s+)*[A-Z][\w&'’-]*){0,7}))?"
        + @"(?:\s*\([^)]{1,20}\))?,?"
        + @"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight|this\s+(?:week|month|morning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|night)|hereby|also|now|finally|formally|officially|has|have|had|will|would|is|are|was|were|to|be|been|then|later|earlier|unanimously))*"
        + @"\s+(?!(?:debat|discuss|consider|review|examin|deliberat|weigh|mull|stud(?:y|ie)|hear|held|hold|look|expect|plan|may|might|could|should)\w*)"
        + @"(?:impos|rais|increas|cut|lower|reduc|slash|slap|hik|approv|adopt|pass|vot(?:e|ed|es)(?:\s+\d+\s*[-–]\s*\d+)?\s+(?:to|for|in\s+favou?r)|notif|publish|announc|issu|decid|set|propos|sign|introduc|lev(?:y|ie|ied)|appl|eliminat|remov|scrap|abolish|suspend|restor|reinstat|extend|declin|end|say|said|told|made|make|determin|confirm|amend|revis|lift|waiv|grant|allow|order|enact|gazett|implement|establish|fix|rationalis|rationaliz|mov(?:e|es|ed)\s+to|doubl|halv|trebl|tripl|put|puts)\w*",
        RegexOptions.IgnoreCase)]
    private static partial Regex ActingInstitution();

    /// <summary>"exported to Australia", "imports into Kenya", "Korea's imports": the country goods enter.</summary>
    private static IEnumerable<string> Destinations(string text, IReadOnlyList<Mention> parties)
    {
        foreach (var m in parties)
        {
            if (m.Entity.Kind == EntityKind.Leader || m.Form == MentionForm.Person) continue;
            if (IntoBefore().IsMatch(TariffExtractor.LineBefore(text, m.Start, 40))
                || ImportsAfter().IsMatch(TariffExtractor.LineAfter(text, m.End, 16)))
                yield return m.CountryId;
        }
    }

    [GeneratedRegex(@"\b(?:(?:exported|shipped|sold|dumped)\s+to|imports?\s+(?:in)?to|imported\s+(?:in)?to|entering|enter|coming\s+into|entry\s+into)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IntoBefore();

    [GeneratedRegex(@"^['’]s\s+imports\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportsAfter();

    /// <summary>A national currency next to an amount ("NOK 27.15", "CHF80", "30,000 won", "₦68,000", "NZ$90 million"); the
    /// US dollar and the euro, in which trade remedies everywhere are stated, say nothing of a home.</summary>
    private static IEnumerable<string> Currencies(string text)
    {
        foreach (Match m in Currency().Matches(text))
            foreach (var country in CountriesOf(m))
                yield return country;
    }

    // each currency in a group named by its country's code
    [GeneratedRegex(@"(?-i:(?<NO>NOK)|(?<IS>ISK)|(?<SE>SEK)|(?<DK>DKK)|(?<CH>CHF)|(?<IN>INR|₹)|(?<NG>NGN|₦)|(?<KE>KES)|(?<ZA>ZAR)|(?<BR>BRL|R\$)|(?<JP>JPY)|(?<KR>KRW|₩)|(?<CN>CNY|RMB)"
        + @"|(?<ID>IDR|Rp)|(?<MY>MYR|RM)|(?<TH>THB)|(?<VN>VND|₫)|(?<PH>PHP|₱)|(?<RU>RUB|₽)|(?<UA>UAH|₴)|(?<PG>PGK)|(?<BD>BDT|Tk\.?)|(?<PL>PLN)|(?<GB>GBP)|(?<AU>AUD|A\$|AU\$)|(?<NZ>NZD|NZ\$)"
        + @"|(?<CA>CAD|C\$|CA\$)|(?<GH>GH₵)|(?<TR>₺)|(?<MX>MXN)|(?<AR>ARS)|(?<CL>CLP)|(?<CO>COP)|(?<PK>PKR)|(?<EG>EGP))\s?\d"
        + @"|\d[\d,.]*(?:\s+(?:million|billion|trillion|mln|bn))?\s+(?-i:(?<NG>naira)|(?<GH>cedis?)|(?<ZA>rand)|(?<ID>rupiah)|(?<MY>ringgit)|(?<TH>baht)|(?<VN>dong)|(?<KR>won)|(?<JP>yen)|(?<CN>yuan|renminbi)"
        + @"|(?<RU>roubles?|rubles?)|(?<UA>hryvnias?)|(?<PG>kina)|(?<BD>taka)|(?<PL>zlotys?)|(?<NO>Norwegian\s+kroner?)|(?<IS>Icelandic\s+kr[óo]nur)|(?<TR>lira)|(?<PK>Pakistani\s+rupees?)|(?<IN>Indian\s+rupees?))\b"
        + @"|(?-i:\bin\s+(?:(?<IN>Indian)|(?<PK>Pakistani)|(?<NG>Nigerian)|(?<KE>Kenyan)|(?<GH>Ghanaian)|(?<ZA>South\s+African)|(?<BR>Brazilian)|(?<CN>Chinese)|(?<JP>Japanese)|(?<KR>Korean)|(?<ID>Indonesian)|(?<PH>Philippine)|(?<TR>Turkish)|(?<RU>Russian))\s+currency\b)")]
    private static partial Regex Currency();

    /// <summary>A country's people named as such ("Icelanders may soon pay less", "Nigerians will pay more"): the item is about
    /// their country.</summary>
    private static IEnumerable<(string Country, int At)> Peoples(string text)
    {
        foreach (Match m in People().Matches(text))
        {
            var word = m.Groups["w"].Value;
            // "Americans who ship cars to the country": exporters' nationality, not the people of the home
            if (Shippers().IsMatch(text, m.Index + m.Length)) continue;
            if (Irregular.TryGetValue(word, out var irregular)) { yield return (irregular, m.Index); continue; }
            // "Nigerians", "Kenyans", "Saudis": a country's adjective, plural, capitalised
            var singular = word[..^1];
            if (!singular.EndsWith("an", StringComparison.Ordinal) && !singular.EndsWith('i')) continue;
            var found = EntityFinder.Find(singular);
            if (found is [{ Form: MentionForm.Adjective, Entity.Kind: EntityKind.Country } adjective] && adjective.End - adjective.Start == singular.Length)
                yield return (adjective.CountryId, m.Index);
        }
    }

    /// <summary>After a people: the trade they send in ("who ship cars to the country", "that export rice here").</summary>
    [GeneratedRegex(@"\G\s+(?:who|that)\s+(?:\w+\s+)?(?:ship|export|sell|send|suppl(?:y|ies)|re-?export|truck|fly)\w*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shippers();

    /// <summary>A mention in a sentence that compares another country with the home ("A similar bill in Kenya failed", "Egyptians
    /// will also see higher prices, as Egypt imports the same flour", "like Ghana did last year", "unlike Kenya"): it names no
    /// home.</summary>
    internal static bool InComparison(string text, int at)
    {
        foreach (var x in SentenceSplitter.Split(text))
            if (at >= x.Start && at < x.Start + x.Text.Length) return Comparison().IsMatch(x.Text);
        return false;
    }

    [GeneratedRegex(@"\b(?:similar|likewise|unlike|the\s+same|also|as\s+well|compared\s+(?:with|to))\b|\b(?-i:[Ll]ike\s+(?:in\s+)?(?:the\s+)?[A-Z])|\bas\s+(?-i:[A-Z])\w+(?:\s+\w+)?\s+(?:does|did|has|had|is|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["Icelanders"] = "IS", ["Britons"] = "GB", ["Danes"] = "DK", ["Swedes"] = "SE", ["Finns"] = "FI", ["Poles"] = "PL",
        ["Filipinos"] = "PH", ["New Zealanders"] = "NZ", ["Kiwis"] = "NZ", ["Aussies"] = "AU", ["Thais"] = "TH",
    };

    [GeneratedRegex(@"(?-i:\b(?<w>New\s+Zealanders|[A-Z][a-z]+s))\b")]
    private static partial Regex People();
}
