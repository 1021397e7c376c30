using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>The extractor's sentence patterns, one compiled (source-generated) regex each.</summary>
public static partial class TariffExtractor
{
    /// <summary>"a dumping margin of 27.4%", "dumped … at margins of 22.4% to 35.1%": a margin found is not the duty set.</summary>
    [GeneratedRegex(@"\bmargins?\s+(?:of\s+)?(?:(?:dumping|subsidy|subsidi[sz]ation|injury)\s+)?(?:of\s+)?(?:up\s+to\s+|between\s+|from\s+|as\s+high\s+as\s+)?(?:[0-9.,]+\s*(?:%|per[\s-]?cent|percent)\s+(?:to|and|-)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MarginBefore();

    /// <summary>"the night tariff, which is 20 per cent higher": a rate one price is above another by is not a tariff level.</summary>
    [GeneratedRegex(@"^\s*(?:higher|lower|more|less|(?:up|down)\b(?!\s+(?:to|from)\b)|cheaper|dearer|costlier|pricier|(?:above|below)\s+(?:the\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:fares?|prices?|rates?|levels?|averages?|costs?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ComparativeAfter();

    /// <summary>"on imported steel from Egypt": an origin right after the product phrase.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:imported|originating|coming|shipped|exported|made|produced)\s+)?(?:from|in)\s+(?:the\s+)?(?-i:[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex OriginAfter();

    /// <summary>"… 75 per cent, half the 150 per cent they pay today": the rate a new one is compared with.</summary>
    [GeneratedRegex(@"\b(?:half|twice|a\s+third\s+of|a\s+quarter\s+of|a\s+fraction\s+of)\s+(?:of\s+)?(?:the|its|their)\s+(?:[a-z-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWithBefore();

    /// <summary>"shipped to", "exports of X to", "imported into", "brought into", (session 35) "imports into": the market goods enter imposes
    /// the tariff they pay.</summary>
    [GeneratedRegex(@"(?:\b(?:shipped|exported|sold|sent|headed|heading|bound)\s+(?:in)?to|\bexports\s+of\s+[^,;]{2,40}?\s+(?:in)?to|\b(?:imported|brought|imports)\s+into)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShippedToBefore();

    /// <summary>"… 27.91% (HD Hyundai Electric)", "21.06% (all others)": a firm's rate, or the rest's, in brackets after it.</summary>
    [GeneratedRegex(@"\G\s*\((?:(?-i:[A-Z])[^()]{1,40}|all\s+others?)\)")]
    private static partial Regex FirmInParens();

    /// <summary>"Xinyi Solar facing ", "POSCO received ", "Flat Glass Group ", "all other Chinese exporters ": the firm (or the rest) a
    /// rate right after it is for. Each name word is one capitalised run; the verbs are fixed alternatives.</summary>
    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:with|and|while)\s+)(?<n>(?-i:[A-Z][\w&.'’-]*)(?:\s(?-i:[A-Z][\w&.'’-]*)){0,3}|all\s+others?(?:\s+[A-Za-z]+){0,2})\s+(?:(?:facing|faces|face|received|receives|gets|got|was\s+assigned|at)\s+)?(?:an?\s+(?:[\w-]+\s+){0,3}?rate\s+of\s+)?$")]
    private static partial Regex FirmNamedBefore();

    [GeneratedRegex(@"^-wide\b", RegexOptions.IgnoreCase)]
    private static partial Regex WideAfter();

    /// <summary>"… will pay a 40% tariff to ship to Mexico", "… to sell in the EU", "… when shipping to Korea": the market a tariff is
    /// paid to enter imposes it.</summary>
    [GeneratedRegex(@"\b(?:to\s+(?:ship|export|sell|send)|(?:when|before|for|if)\s+(?:shipping|exporting|selling|sending))\s+(?:(?:their|its|them|it|goods|cars|products)\s+)?(?:in|into|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToSellInBefore();

    /// <summary>"… 12.3% for Baosteel", "… 20.1% for all other Chinese producers": a rate for one named firm, or for the rest;
    /// "… 13.1% for sampled cooperating exporters", "… 37.2% for companies that did not cooperate", "a duty of 39.6% applies to all
    /// other imports": a rate for a class of firms, or for the rest, is one of the firms' rates too; so is "… 408.31 percent for the
    /// China-wide entity" (every exporter without a rate of its own).</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:for|(?:that\s+|which\s+)?appl(?:y|ies|ying)\s+to)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w]*(?:\s(?-i:[A-Z])[\w]*){0,2}-wide\s+(?:entity|rate)\b|(?:country|nation)-?wide\s+(?:entity|rate)\b|(?<n>(?-i:[A-Z][\w&.-]*)|all\s+others?\b|other\b|rest\b|remaining\b|non-cooperating\b|(?:(?-i:[a-z-]+)\s+){0,3}(?:exporters|producers|compan(?:y|ies)|firms|manufacturers|respondents?)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex FirmAfter();

    [GeneratedRegex(@"\b(?:up\s+to|as\s+much\s+as|as\s+high\s+as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpTo();

    /// <summary>The lower-case words after a country adjective ("Chinese-made electric vehicles that …").</summary>
    [GeneratedRegex(@"\G(?:-(?:made|built|origin|produced))?\s+(?<p>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})")]
    private static partial Regex AdjectiveProduct();

    /// <summary>Words that end a product name after a country adjective, or show the adjective names people, not goods.</summary>
    [GeneratedRegex(@"^(?:that|which|who|whose|origin|from|to|in|on|at|by|for|of|and|or|with|as|is|are|was|were|will|would|could|can|may|has|have|had|said|says|officials?|government|ministry|minister|companies|company|firms?|\w*makers?|producers?|exporters?|importers?|suppliers?|manufacturers?|mills|vendors?|growers?|farmers?|workers?|shoppers?|buyers?|sellers?|traders?|investors?|businesses|industry|industries|sector|households|citizens|authorities|president|leaders?|counterparts?|side|delegation|negotiators?|faces?|faced|pays?|paid|attracts?|gets?|got|hit|slapped|rose|rises|fell|falls|economy|market|customers|consumers|workers|people|commerce|trade|state|media|embassy|army|military|goods|imports|exports|products|counterpart|foreign|central|national|federal)$")]
    private static partial Regex NotProductWord();

    [GeneratedRegex(@"(?:^|\b(?:said|says|announced|warned)\s+(?:that\s+)?)\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectStart();

    /// <summary>What the country a rate is on does: it faces or pays it, is subject to or hit by it, or seeks relief from it ("Canada has
    /// been seeking relief from the 50% tariffs on steel").</summary>
    [GeneratedRegex(@"^\s*(?:,[^,;]{2,100},\s*)?(?:(?:already|now|also|still|currently|will|would|could|may|must|has\s+been|have\s+been|had\s+been|is|are|was|were)\s+)*(?:faces?|faced|facing|(?:is|are|be|was|were)\s+(?:already\s+|now\s+|still\s+|also\s+)?subject\s+to|pays?|paid|(?:(?:is|are|was|were|been)\s+)?(?:hit|hurt)\s+(?:hard\s+)?by|(?:seek(?:s|ing)?|sought|want(?:s|ed)?|ask(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for|request(?:s|ed|ing)?)\s+(?:(?:a|an|some)\s+)?(?:relief|exemptions?|waivers?|exclusions?|carve-outs?)\s+from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacesAfter();

    [GeneratedRegex(@",\s+(?:in\s+)?a\s+(?:move|step|decision|measure)\b|\b(?:aimed|targeted|directed)\s+(?:\w+\s+)?at\b|\b(?:that|which)\s+(?:will|would|could)\s+(?:hit|hurt|weigh\s+on)\b|(?<cause>\bas\s+(?:cheap\s+|cheaper\s+|rising\s+|surging\s+)?imports\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?from\b|\b(?:had|have|has)\s+complained\s+(?:about|of)\b|,\s+warning\s+that\b)|,\s+(?:hitting|hurting|harming|squeezing|affecting|angering|punishing)\b|,\s+which\s+(?:matters|will\s+matter|is\s+(?:bad\s+)?news|spells\s+trouble)\s+for\b|\bto\s+(?:fend\s+off|curb|counter|stem|tackle|combat|check|stop)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:overcapacity|surge|flood|glut|influx|oversupply)\b|\bin\s+(?:a\s+)?(?:response|reaction|answer)\s+to\b|\b(?:responding|reacting)\s+to\b|\bciting\b|\bin\s+a\s+bid\s+to\b|\bto\s+(?:shield|protect|support|defend|help)\b|\b(?:after|amid|following)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:flood|surge|wave|influx|glut|rise|jump)\s+(?:of|in)\b|,\s+(?:a\s+)?(?:victory|win|boost|relief|lifeline)\s+(?:for|to)\b|,\s+(?:a\s+)?(?:(?:big|major|heavy|severe|fresh|new|serious)\s+)?(?<judge>blow|setback)\s+(?:for|to)\s+(?:the\s+)?|,\s+(?<judge>rejecting|resisting|defying|dismissing|brushing\s+aside)\s+(?:the\s+)?|,\s+of\s+which\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsequenceCue();

    [GeneratedRegex(@"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RangeWord();

    [GeneratedRegex(@"^\s+for\s+(?:the\s+)?[A-Z]")]
    private static partial Regex ForParty();

    /// <summary>"Vietnam's exports to the US", "Faroe Islands salmon exports to Russia", "Chilean copper shipments to China": the
    /// exporter named by its possessive or as a plain modifier, with up to two words of goods (components16); a verb of export control
    /// is no goods word ("India banned rice exports to Bangladesh", "curbs sugar exports to"; fix16p).</summary>
    [GeneratedRegex(@"\G(?:['’]s\s+(?:[\w-]+\s+)?|(?<plain>\s+(?:(?!(?:ban|curb|halt|restrict|cap|suspend|limit|tighten|stop|block|resume|cut|freeze|froze|allow|permit|license|licence|approve|boost|raise|slash|double|triple|reduce|increase|expand|prohibit|control|embargo|pause|end|lift|ease|relax|scrap)(?:s|es|ed|ped|ning|ing|d)?\b)(?-i:[a-z][\w-]*)\s+){0,2}))(?:exports|shipments|sales)\s+to\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ExportsToAfter();

    /// <summary>"Canada's surtax on US steel is 25%, and Mexico's tariff on US pork is 20%": a later rate whose own clause opens with a
    /// possessive before a tariff word is that country's.</summary>
    [GeneratedRegex(@"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveTariff();

    [GeneratedRegex(@"(?:[,;]\s*(?:and\s+|while\s+|but\s+)?|\s(?:and|while|but|whereas)\s+)(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpenerBefore();

    [GeneratedRegex(@"^\s+(?:(?:has|have|had)\s+(?:also\s+|now\s+)?(?=\w+\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties)\b))?(?:(?:then|later|quickly|swiftly|in\s+turn)\s+)?(?:responded|retaliated|hit\s+back|struck\s+back|countered|answered|replied|matched\s+it|imposed|set|slapped|levied|raised|hiked)\b(?!\s+(?:concerns?|questions?|objections?|doubts?|fears?|alarm)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ActsAfter();

    /// <summary>" for ", or the rate's basis first: " of the CIF value for ", " ad valorem for ", " per kg for ".</summary>
    [GeneratedRegex(@"^(?:\s+(?:of\s+(?:the\s+)?(?:CIF|C\.I\.F\.|FOB|F\.O\.B\.|customs|import|invoice)\s+(?:value|price)|ad\s+valorem|per\s+(?:unit|piece|pair|kg|kilo(?:gram)?|tonne|ton|litre|liter)))?\s+for\s+(?:the\s+|all\s+)?$")]
    private static partial Regex ForBefore();

    /// <summary>"held its Selic rate at 15% as US tariffs …", "the tax rate to 30% while cutting import duties": a tariff word in
    /// the next clause is not the rate's.</summary>
    [GeneratedRegex(@"[,;]|\b(?:while|whereas|but|as|after|amid|because|since|when|despite|though|although|ahead|before|even|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreakAfterRate();

    /// <summary>"kept its refinancing rate at 4.5%", "the unemployment rate rose to 4.3%": a rate that another rate names (its
    /// tax, VAT, GST and income words are one of the domestic-tax lists, kept apart on purpose: see DomesticCharges). Words that
    /// name a rate, not a subject: apart from <see cref="FigureWords"/> (GoodsSubject.cs).</summary>
    [GeneratedRegex(@"\b(?:interest|policy|refinancing|lending|repo|benchmark|selic|deposit|mortgage|unemployment|jobless|inflation|growth|savings|(?<!(?:import|customs|export)\s)tax|vat|gst|income|vacancy|participation|approval|exchange|discount|coupon|savings)\s+rates?\b(?:(?!\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?)\b)[^;0-9])*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherRate();

    [GeneratedRegex(@"^\s+(?:(?:[a-z][\w-]*\s+){0,2}(?:exporters|producers|suppliers|mills|manufacturers|makers|companies|firms|shipments|products?|goods|imports|supplies|consignments|cargoes|merchandise)\s+(?:(?:will|would|now|also|still|must|shall|could|already)\s+)*(?:(?:face|faces|facing|pay|pays|paying|be\s+subject|are\s+subject|is\s+subject|get|gets|getting|receive|attract|attracts|attracting|incur|incurs|carry|carries|be\s+charged|are\s+charged|is\s+charged|up\s+to|at)\b|(?=(?:US|C|A)?[$€£¥]?\s?[0-9]))|(?=(?:US|C|A)?[$€£¥]\s?[0-9]|[0-9][\d.,]*\s*(?:%|per\s?cent|percent)))")]
    private static partial Regex TradersAfter();

    /// <summary>"Thai steel pipes 38.4%", "Korean hot-rolled coil will face 12%": after a country adjective, the goods (a short noun
    /// phrase of any words) whose clause faces a rate or runs into it.</summary>
    [GeneratedRegex(@"^\s+(?:(?!(?:will|would|now|also|still|must|shall|could|already|instead|then|may|might|can|to|and|or|the|a|an)\b)[a-z][\w-]*\s+){1,3}?(?:(?:will|would|now|also|still|must|shall|could|already)\s+)*(?:(?:face|faces|facing|pay|pays|paying|be\s+subject|are\s+subject|attracts?|incurs?)\b|(?=[0-9]))")]
    private static partial Regex AdjectiveGoodsAfter();

    [GeneratedRegex(@"(?:^|,\s+|;\s+|\b(?:while|whereas|and)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpening();

    /// <summary>"… charge Chinese exporters of precision pipe duties of 32.6%": the traders of a product, named by their country.</summary>
    [GeneratedRegex(@"^\s+(?:exporters|producers|manufacturers|makers|suppliers|shippers)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradersOfAfter();

    /// <summary>What may sit between two rates of one series: parties, dates and the words of a schedule ("… set at 10 percent on
    /// January 1, 2027 and increasing to 15 percent"). Each step is atomic: a run of digits or a capitalised word read one way
    /// is not re-split another way when the gap fails to match, which made a long digit run cost 2^n steps (AFL++ found a
    /// 357-byte text with 31 nines taking 24 s).</summary>
    [GeneratedRegex(@"^(?>\s|,|[0-9]+|\b(?:and|or|to|from|for|the|up|while|on|in|by|then|a|one|year|years|later|increasing|rising|climbing|going|stepping|down|falling|dropping|declining|easing|tapering|during|thereafter|after|next|first|second|third|fourth|fifth|final|finally|all|other|others|rest|remaining|exporters|producers|companies|firms|manufacturers|suppliers|mills|facing|received)\b|\b[A-Z][\w'’.-]*)*$")]
    internal static partial Regex SeriesGap();

    /// <summary>Where a deposit is a provisional duty: importers, customs or a trade remedy are named, or the deposit is "on" goods
    /// ("China sets 74.9% deposit on EU pork"), also with its rate between (session 30: "China will collect deposits of up to 63.9% on
    /// cyclohexanone", "will pay cash deposits of up to 164.30% on step stools from China"; not a down payment "on" a home or a car, nor
    /// a rate "on shipments to the United States", which names no goods of the deposit's own).</summary>
    [GeneratedRegex(@"\b(?:importers?|customs|anti-?dumping|countervailing|provisional)\b|\bdeposits?\s+on\s+(?!(?:the\s+)?(?:account|savings|homes?|houses?|cars?|rent|flats?|apartments?|bottles?|cans?)\b)"
        + @"|\bdeposits?\s+of\s+(?:up\s+to\s+)?[0-9][0-9.,]*\s*(?:%|percent\b|per\s*cent\b|pc\b)\s+on\s+(?!(?:the\s+|their\s+|its\s+)?(?:account|savings|homes?|houses?|cars?|rent|flats?|apartments?|bottles?|cans?|shipments?|exports?|sales|goods|products)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DepositContext();

    [GeneratedRegex(@"\b(?:(?:cash|security|guarantee)\s+)?deposits?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deposit();

    [GeneratedRegex(@"\b(?:face|faces|facing|pay|pays|paying|at|with)\s+(?:a\s+)?(?:single\s+|flat\s+|combined\s+|uniform\s+|separate\s+)?rates?\s+of\b|\b(?:charges|charging|charged|levies|levying|levied)\s+(?=[\d.,]+\s*(?:%|per\s*cent|percent)\s+on\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FacedRate();

    /// <summary>"Indonesia's exports", "Vietnam's exporters": a country owning the trade a measure hits is no imposer of it.</summary>
    [GeneratedRegex(@"^['’]s\s+(?:[a-z-]+\s+)?(?:exports|exporters|shipments|producers|manufacturers|sales|growers|farmers)\b")]
    private static partial Regex OwnTradeAfter();

    /// <summary>"face duties from", "are hit with new tariffs from (the)": the country after it is the one imposing the duty.</summary>
    [GeneratedRegex(@"\b(?:face|faces|facing|faced|hit\s+with|subject\s+to)\s+(?:[a-z-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|surtax(?:es)?)\s+from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FacedFromBefore();

    /// <summary>A list part that opens with a participle: "-ing" + a word, or "-ed" + an article, a possessive or a name.</summary>
    [GeneratedRegex(@"^\s*(?:(?<ing>(?-i:[a-z]){2,}ing)\s+\S|(?-i:[a-z]){3,}ed\s+(?:the|a|an|its|their|his|her|by|(?-i:[A-Z]))\b)")]
    private static partial Regex ParticipleOpener();

    /// <summary>Goods nouns in -ing, and -ing words that name goods by their use: "clothing", "roofing sheets", "packaging", "colouring
    /// crayons", "washing machines", "chewing gum".</summary>
    [GeneratedRegex(@"^(?:clothing|bedding|roofing|packaging|tubing|piping|fencing|flooring|casing|casings|seasoning|lighting|wiring|siding|sheeting|coating|plating|shelving|railing|stuffing|dressing|icing|pudding|dumpling|herring|whiting|string|spring|ceiling|building|awning|fishing|mining|printing|bearing|bearings|fittings|fitting|footing|netting|webbing|padding|filling|lining|moulding|molding|forging|forgings|castings|casting|stamping|stampings|housing|sporting|writing|sewing|knitting|welding|cooking|colouring|coloring|washing|chewing|frying|sleeping|drinking|measuring|baking|heating|cooling|drilling|cutting|packing|wrapping|frosting|topping|stocking|stockings|legging|leggings|sling|wing|wings|sausage|fling)$", RegexOptions.IgnoreCase)]
    private static partial Regex IngGoods();

    /// <summary>What joins the parts of a compound duty: "6.5% plus EUR 45", "12% + $30", "10% and a minimum of"… only "plus"/"+".</summary>
    [GeneratedRegex(@"^\s*(?:plus|\+)\s*(?:an?\s+)?(?:(?:US|C|A|NZ|HK|S)?\$|€|£|¥|EUR|USD|GBP|CNY|JPY|CHF|INR|RMB)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CompoundJoin();

    /// <summary>A product code in brackets after the goods: "(HS 7304)", "(HS code 6907.21)", "(CN codes 7208 10 00)", "(tariff
    /// heading 4011)", "(7304.19)". It is no part of the goods phrase, and the origin that follows it is still the goods' origin.</summary>
    [GeneratedRegex(@"\s*\((?:(?:HS|HTS|HTSUS|HSN|CN|TARIC|tariff|code|codes|heading|headings|subheadings?|chapters?|lines?)\b[\w\s.:]*?\d[\d.\s,/–-]*|\d{4}(?:\.\d{2,4})+(?:[\s,/–-]+\d{4}(?:\.\d{2,4})*)*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex ProductCode();

    /// <summary>A lead-in that details or continues the statement before: "Specifically,", "In particular,", "More specifically,".</summary>
    [GeneratedRegex(@"^\s*(?:more\s+)?(?:specifically|in\s+particular|in\s+detail|namely|in\s+concrete\s+terms|concretely|accordingly|in\s+addition|additionally|furthermore|moreover|meanwhile|separately)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DetailLeadIn();

    /// <summary>Origins named by example after the group they belong to: "from trading partners …, including Japan, Korea and the
    /// EU", "from countries such as Vietnam and Thailand".</summary>
    [GeneratedRegex(@"\bfrom\s+(?:(?:all|other|some|certain|several|many|its|their|the)\s+)?(?:[\w-]+\s+){0,2}(?:partners|countries|nations|economies|suppliers|origins|members|allies|sources)\b(?:[^.;:%]|\.(?![\s]))*?,?\s+(?:including|such\s+as|notably|like|among\s+them)\s+(?:the\s+)?(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,4}\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?){0,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex IncludedOrigin();

    /// <summary>"… and the rate rises to 40% a year later": the measure's rate changing on a schedule, after a sentence that stated it.</summary>
    [GeneratedRegex(@"\b(?:the|its|that)\s+(?:tariff\s+|duty\s+)?rate\s+(?:will\s+|then\s+|later\s+)*(?:rises?|increases?|climbs?|goes\s+up|falls?|drops?|decreases?|steps\s+(?:up|down)|doubles?|moves?)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateChangesLater();

    /// <summary>A rate sentence whose subject names no goods, only where they come from: "Imports from partners …", "Shipments from Japan …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:the|all|such)\s+)?(?:imports|shipments|goods|products|supplies|consignments)\s+(?:from|originating\s+in|of\s+(?:the\s+)?same\s+(?:goods|products?)\s+from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareImportsSubject();

    /// <summary>A tier of a tariff-rate quota named without its goods: "out-of-quota (shipments)", "in-quota", "above-quota".</summary>
    [GeneratedRegex(@"^(?:(?:in|out|over|above|within|outside|beyond|non)[- ](?:of[- ])?(?:the[- ])?quota|(?:in|out|over|above|outside|beyond)[- ](?:of[- ])?(?:the[- ])?(?:quota|MAV|TRQ)\s+(?:volumes?|imports|shipments))$", RegexOptions.IgnoreCase)]
    private static partial Regex QuotaTier();

    /// <summary>"… will pay 15% instead": a rate goods pay, stated as such (not "face a 10% drop").</summary>
    [GeneratedRegex(@"\b(?:pay|pays|face|faces)\s+(?:an?\s+)?(?:extra\s+|additional\s+)?(?=[\d.,]+\s*(?:%|per\s*cent|percent)(?:\s+(?:instead|from|on|under|in|at|when|if|and|until)\b|\s*[,.;]|\s*$))", RegexOptions.IgnoreCase)]
    private static partial Regex PaysRate();

    /// <summary>Goods that keep their rate in a clause of their own: "…, but petrol cars keep their 15% duty", "; beer retains its …".</summary>
    [GeneratedRegex(@"(?:^|[,;]\s*(?:(?:but|while|whereas|and)\s+)?|\s(?:but|while|whereas)\s+)(?<p>(?-i:[a-z])[\w-]*(?:\s+(?!(?:will|would|still|keep|keeps|retain|retains)\b)[\w-]+){0,3})\s+(?:(?:will|would|still)\s+)*(?:keep|keeps|retain|retains)\s+(?:their|its)\s+(?:current\s+|existing\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeepTheirRate();

    /// <summary>A rate whose next words are its tariff word: "15% duty", "20% import tariff" (not "15% margin").</summary>
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffWordNext();

    /// <summary>"Pork will face the highest rate, 20%", "… and will pay the same rate": the rate goods face, after a sentence that
    /// stated the measure.</summary>
    [GeneratedRegex(@"\b(?:face|faces|facing|pay|pays|paying|attracts?|carry|carries|get|gets)\s+(?:the|a)\s+(?:highest|lowest|top|same|full|standard|reduced|lower|higher|maximum|minimum)\s+rate\b", RegexOptions.IgnoreCase)]
    private static partial Regex FacesRateWord();

    /// <summary>"importers shall pay …": a release's rate sentence, on the goods the release named before.</summary>
    [GeneratedRegex(@"\bimporters\s+(?:shall|will|must|are\s+required\s+to|have\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportersPay();

    [GeneratedRegex(@"^\s+(?:(?:imported|made|produced|manufactured|coming)\s+)?(?:from\s+)?(?:abroad|overseas|outside\s+the\s+country)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbroadAfter();

    [GeneratedRegex(@"\bcustoms\s+(?:authorities\s+|administration\s+|service\s+)?of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CustomsOfBefore();

    /// <summary>"duties ranging from 24.9% to 33.5%", "rates that vary from …": a range, not a change from an old rate.</summary>
    [GeneratedRegex(@"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:\w+\s+)?from\s+$")]
    private static partial Regex RangeFrom();

    [GeneratedRegex(@"\bbetween\s+$")]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\s*and\s*$")]
    private static partial Regex AndJoin();

    [GeneratedRegex(@"\b(?:minimum|maximum|floor|cap|ceiling)\s+of\s*$|\b(?:at\s+least|no\s+less\s+than|no\s+more\s+than|capped\s+at|up\s+to\s+a\s+maximum\s+of)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BoundBefore();

    [GeneratedRegex(@"^\s*(?:to|-|–|—)\s*$")]
    private static partial Regex RangeJoin();

    /// <summary>"a tariff-rate quota of 50,000 tonnes for sugar, with an in-quota duty of 5%": the goods a quota is opened for.</summary>
    [GeneratedRegex(@"\bquotas?\s+(?:of\s+[\d.,]+\s*(?:million\s+|thousand\s+)?[a-z]+\s+)?(?:for|on)\s+(?:imports\s+of\s+)?(?=[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex QuotaFor();

    /// <summary>A rate named as a quota's tier: "an in-quota duty of 5%", "out-of-quota tariff of 30%", "above the quota, 30%".</summary>
    [GeneratedRegex(@"\b(?:in|out|over|above|within|outside|beyond)[- ](?:of[- ])?(?:the[- ])?quota\b[^,;%]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex QuotaRate();

    /// <summary>"… to 25% for steel wire": goods after "for" right behind the rate (not "for five years", "for the first time").</summary>
    [GeneratedRegex(@"\G\s*for\s+(?!(?:a|an|the|another|up|over|at|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|each|every|all|most|its|their|[0-9])\b)(?-i:(?=[a-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex ForGoods();

    /// <summary>"… to 40% from 10% last year, and on steel to 15%": a later rate's own "and on X" after other words.</summary>
    [GeneratedRegex(@"(?:[,;]\s*|\s)(?:and|but|while|whereas)\s+(?:the\s+(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levy|tax)\s+|th(?:at|ose)\s+)?(?:on|for)\s+(?<p>(?![0-9])(?:[^,;]|(?<=[0-9]),(?=[0-9]{3}(?![0-9]))){2,60}?)\s+(?:to|at|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex LaterOn();

    [GeneratedRegex(@"\b(?:(?:hit|hits|hitting|slap|slaps|slapped|slapping|threaten(?:s|ed|ing)?|punish(?:es|ed|ing)?|whack(?:s|ed|ing)?|target(?:s|ed|ing)?)|(?:hit|hits|hitting|struck|strikes?|striking|lash(?:es|ed|ing)?)\s+(?:back|out)\s+at|retaliat(?:e|es|ed|ing)\s+against)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HitVerbBefore();

    [GeneratedRegex(@"^\s+with\b")]
    private static partial Regex WithAfter();

    [GeneratedRegex(@"^(?:(?:most|all|some|much|many)\s+of\s+)?(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:exports|goods|products|shipments)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnExports();

    [GeneratedRegex(@"\G(?:(?:most|all|some|much|many)\s+of\s+)?(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:exports|goods|products|shipments|sales)\s+(?:to|into)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ExportsTo();

    /// <summary>"duties on pork imported from …", "the antidumping investigation of large power transformers from Korea", "the
    /// proceeding concerning pea protein originating in China": goods named with their origin.</summary>
    [GeneratedRegex(@"\b(?:into|on|of|for)\s+(?:imports\s+of\s+)?(?<p>[A-Za-z][\w -]{1,40}?)\s+(?:imported|originating|coming|shipped)\s+from\b|\b(?:investigation|proceeding|probe|case)\s+(?:in)?(?:to|of|on|concerning|into)\s+(?:imports\s+of\s+)?(?<p>(?-i:[a-z])[\w -]{1,40}?)\s+(?:(?:imported|originating|coming|shipped|exported)\s+)?(?:from|in)\s+(?-i:[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex ImportedFrom();

    /// <summary>"China will require importers of acrylic fibre from Japan to pay deposits of …", "Korean exporters of nitrile rubber (NBR), used
    /// in gloves, will face …".</summary>
    [GeneratedRegex(@"\b(?:importers|exporters|producers|manufacturers|makers|suppliers)\s+of\s+(?<p>[A-Za-z][\w -]{1,40}?)(?:\s+(?:from|originating|to|in|(?:anti-?dumping\s+|countervailing\s+)?(?:duties|duty|tariffs?))\b|\s*[(,])", RegexOptions.IgnoreCase)]
    private static partial Regex ImportersOf();

    [GeneratedRegex(@"\b(?:hikes?|hiked|raises?|raised|cuts?|doubles?|doubled|triples?|tripled|lifts?|lifted|slashes|slashed|lowers?|lowered|imposes?|imposed|sets?|extends?|extended|scraps?|scrapped|drops?|dropped|reimposes?|reimposed|slaps?|slapped|announces?|announced|unveils?|unveiled)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:(?:new|fresh|higher|additional|extra)\s+)?$")]
    private static partial Regex ChangeVerbBefore();

    [GeneratedRegex(@"\b(?:imposed|levied|set|announced|introduced|slapped|applied|charged|adopted|ordered|proposed|threatened|raised|doubled|tripled|hiked)\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentBefore();

    [GeneratedRegex(@"\b(?<v>halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))\s+(?:its|the|their|his|her|a|an)?\s*(?:current\s+|existing\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ScaledBefore();

    [GeneratedRegex(@"^\s*(?:[,;]\s*(?:(?:and|but|while|whereas)\s+)?|(?:and|but|while|whereas)\s+)(?:the\s+(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levy|tax)\s+)?(?:on|for)\s+(?<p>(?!\d)(?:[^,;]|(?<=[0-9]),(?=[0-9]{3}(?![0-9]))){2,60}?)(?:,?\s+from\s+[\d.,]+\s*(?:%|per[\s-]?cent|percent|pc|pct))?,?\s+(?:to|at|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PrecedingOn();

    [GeneratedRegex(@"\b(?:keep|keeps|keeping|kept|retain(?:s|ed|ing)?|maintain(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Kept();

    [GeneratedRegex(@"^\s+(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffWordAfter();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}(?:ministry|government|committee|commission|authority|agency|board|directorate|tribunal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionAfter();

    [GeneratedRegex(@"^(?:\s+Republic)?(?:,\s*|\s*&\s*|\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:and|or)\s+(?:the\s+)?)(?:(?:(?:Socialist|Federal|Federative|Islamic|Democratic|Arab|Bolivarian|Plurinational|Hashemite)\s+)?(?:Republic|Kingdom|Principality|Federation|Sultanate|State)\s+of\s+(?:the\s+)?)?$")]
    private static partial Regex JoinedBy();

    // "compensatory quotas": Mexico's anti-dumping and countervailing duties, in translation ("cuotas compensatorias")
    [GeneratedRegex(@"\b(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+(?:tax(?:es)?|cess(?:es)?)|cess(?:es)?(?=\s+on\s+(?:the\s+)?(?:imported|imports?\s+of)\b)|countervailing|anti-?dumping|anti-subsidy|compensatory\s+quotas?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffWord();

    [GeneratedRegex(@"\bfrom\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:rate|level)\s+of\s+|(?:a|an|the)\s+(?!up\b|to\b|about\b|around\b|nearly\b)[a-z-]+\s+|(?:previous|current|existing)\s+|(?:a|an|the)\s+)?$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"\b(?:tariffs?|duty|duties|levy|levies|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?|measures|(?<=(?:safeguard|anti-?dumping|countervailing|anti-subsidy|trade\s+remedy|retaliatory)\s+)measure|(?<=(?:anti-?dumping|countervailing|anti-subsidy)(?:\s+duty)?\s+)orders?|safeguards?|(?:fees|charges)(?<=(?:anti-?dumping|countervailing|anti-subsidy|safeguard)\s+(?:fees|charges)))\s+(?:rates?\s+)?(?:orders?\s+|notices?\s+)?(?:under\s+[^,;.()]{3,70}?\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been|will\s+be)\s+(?:imposed|levied|extended|applied|placed|set|renewed)\s+)?(?:on|against(?=\s+(?:the\s+)?(?:imports|shipments)\s+of\b)|(?:applying|applicable|that\s+apply|which\s+apply)\s+to)\s+(?!(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?-i:[a-z])))(?:(?:the\s+)?(?:imports|shipments)\s+of\s+)?(?<p>(?:[^,;.()]|,(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:,|\s+(?:and|or)\s))){3,80}?)(?=\s+(?:from|for|to|in|at|on|by|until|over|after|because|as|which|that|originating|imported|exported|made|under|amid|despite|and\s+(?:a|an|the|said|will|would))\b|,(?!\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:,|\s+(?:and|or)\s))|[;.():]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuresOnPattern();

    [GeneratedRegex(@"\b(?:impos|extend|adopt|introduc|appl|levi|levy|slap|put|announc|confirm|renew|continu|maintain)\w*\b|\b(?:set(?:s|ting)?|issu(?:ed|es|ing))\b|\bma(?:de|ke|kes|king)\s+permanent\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImposingVerb();

    // "for the entry "Rs. 35 per kg.", the entry "Rs. 42 per kg." shall be substituted": the entry a schedule's amendment replaces
    [GeneratedRegex(@"\b(?:existing|current|previous|prior|earlier|original)\s+(?:[a-z-]+\s+)?$|\bfor\s+the\s+(?:entry|entries|figures?|words?)\s+[""“‘']?$")]
    private static partial Regex ExistingBefore();

    /// <summary>"reversing a 2024 cut to", "rolling back last year's increase to", "undoing the reduction to": a change that is undone.</summary>
    [GeneratedRegex(@"\b(?:revers(?:e|es|ed|ing)|undo(?:es|ing)?|undid|roll(?:s|ed|ing)?\s+back|revert(?:s|ed|ing)?|scrap(?:s|ped|ping)?)\s+(?:a|an|the|its|their|last\s+year['’]s)\s+(?:[\w-]+\s+){0,2}(?:cut|hike|increase|reduction|rise|decrease|reduction)s?\s+(?:to|of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ReversedChangeBefore();

    [GeneratedRegex(@"^\s*(?:[a-z-]+\s+){0,2}?on\s+top\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnTopOf();

    [GeneratedRegex(@"\bsafeguard\b|\bmost[- ]favou?red[- ]nation\b|\bMFN\b", RegexOptions.IgnoreCase)]
    private static partial Regex SafeguardOrMfn();

    [GeneratedRegex(@"^\s*(?:all|every)\s+(?:imports|imported\s+goods|goods|products)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AllGoods();

    [GeneratedRegex(@"\b(?:all|any|every)\s+(?:origins?|sources|suppliers|supplying countries)\b|\b(?:from|on|against)\s+(?:all|every)\s+(?:other\s+)?(?:countries|country|nations|trading\s+partners)\b|\bregardless of (?:their )?origin\b|\berga omnes\b|\bfrom\s+(?:all\s+|any\s+)?(?:countries|nations|trading\s+partners)\s+(?:without|lacking|that\s+(?:do\s+not|don't|lack)|with\s+which\s+\w+\s+(?:(?:has|have)\s+no|(?:does|do)\s+not\s+have|(?:doesn't|don't|doesn’t|don’t)\s+have|lacks?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllOrigins();

    [GeneratedRegex(@"^(?:the\s+)?same\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameAsBefore();

    /// <summary>"Shoes imported from China will face a 35% tariff", "Pork imported within the quota will continue to be charged …",
    /// "Imports of nylon film from Thailand are subject to…", "Frozen mackerel,
    /// which the waiver also covered, now attracts a duty of …". (extract41) A dateline or a brief's label before a dash or a colon
    /// ("BHUTAN — Imports of chillies, beans and cauliflower will pay …", "- Paraguay: Imports of …") is no part of the subject, and
    /// the list's first comma is no lead-in's end; "Importers of toothpicks, wooden matches and …" name their goods as imports do.</summary>
    [GeneratedRegex(@"(?:^(?![^,;]{0,60}?\b(?:said|says|announced|warned)\s)|\b(?:said|says|announced|warned)\s+(?:that\s+)?|^[^,;:—–]{0,30}?(?:\s[—–]|:)\s+|^(?![^,;]{0,40}?\b(?:said|says|announced|warned)\s)[^,;]{0,40},\s+|;\s+(?:[^,;]{0,40},\s+)?)\s*(?:(?:[A-Z][\w.'’]*\s+){0,2}(?:imports|exports|shipments|importers|exporters)\s+of\s+)?(?<p>(?!(?:imports|shipments|goods|products|they|it|these|those|he|she|we|importers|exporters|producers|companies|firms|manufacturers|buyers|consumers|the\s+(?:country|government|bloc))\b)[A-Za-z][\w -]{1,90}?(?:(?:,\s+[A-Za-z][\w-]*(?:\s+[\w-]+){0,3})+,?\s+(?:and|or)\s+[A-Za-z][\w -]{0,40}?)?)(?:,\s+(?:which|that)\s+[^,;%]{3,60},)?\s+(?:(?:(?:imported\s+|shipped\s+|coming\s+)?from|(?:(?:shipped|exported|sold|sent|imported)\s+)?(?:in)?to|(?:(?:imported|shipped|entering|brought\s+in)\s+)?(?:within|inside|outside|above|beyond|in\s+excess\s+of)|(?:imported|shipped|entering|brought\s+in)\s+(?:under|over))\s+(?:[^,;]|(?<=\d),(?=\d{3})){2,40}?(?:,\s+(?:mostly|mainly|largely|chiefly|primarily)\s+from\s+[^,;]{2,30},)?\s+)?(?:(?:will|would|now|must|also|still|could|instead|currently|already|then|no\s+longer|not|continue\s+to|continues\s+to)\s+)*(?:face|faces|be\s+subject\s+to|are\s+subject\s+to|is\s+subject\s+to|attracts?|incurs?|be\s+charged|are\s+charged|is\s+charged|pays?|carry|carries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectProduct();

    [GeneratedRegex(@"\b(?:same|that)\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameMonth();

    [GeneratedRegex(@"\b(?:all imports|all countries|all trading partners|every country|all foreign|global|worldwide|most countries|abroad|overseas|foreign-made)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Everyone();

    /// <summary>"to" of a tariff's object, not an infinitive ("a tariff to protect …", "duties to ship to Mexico").</summary>
    private const string ToNotInfinitive = @"to(?!\s+(?:ship|export|sell|send|protect|shield|support|help|curb|counter|boost|raise|cut|take|come|enter|pay|be|reach|offset|fund|punish|pressure|force)\b)";

    /// <summary>Words after "for" that start no goods: articles, quantities, possessives, a period of time, a number.</summary>
    private const string NotGoodsAfterFor = @"(?:a|an|the|another|up|over|at|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|each|every|all|most|its|their|this|that|years?|months?|[0-9])";

    [GeneratedRegex(@"\b(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?|cess(?:es)?(?=\s+on\s+(?:the\s+)?(?:imported|imports?\s+of)\b))(?:\s+rates?)?\s+(?:on|" + ToNotInfinitive + @"|against|(?:applied|applicable)\s+to|of(?=\s+(?!(?:up|about|around|nearly|between|as|some|roughly|approximately|more|less|over|under|a|an|the|its|their|this|that|these|those|all|most|[0-9])\b)(?-i:[a-z])))\s+(?!\d)|\b(?:tariffs?|duty|duties|(?:import|customs|export)\s+tax(?:es)?)(?:\s+rates?)?\s+for\s+(?!" + NotGoodsAfterFor + @"\b)(?=[a-z])|(?<!\b(?:wrote|writes|posted|posts|said|says|commented|reported|spoke|speaking|told\s+\w+|interview|appeared|remarks|depending|depends|based|dependent|focus|focused|relies|relying)\s)\bon\s+(?!\d)|\b(?:appl(?:y|ies|ied)|levied)\s+(?:[\w-]+\s+){0,4}?to\s+(?=(?:imports|shipments)\s+of\b)|\b(?:be|been|is|are)\s+applied\s+to\s+(?=(?-i:[a-z]))(?!(?:all|the|a|an|its|their|imports|goods|products)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OnWord();

    /// <summary>"a 35% tariff on …", "25 per cent additional duties on …", "the 25% duty that Mexico's economy ministry imposed on …":
    /// the rate's own product follows.</summary>
    [GeneratedRegex(@"^\s*(?:[\w.-]+\s+){0,4}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?|counter-tariffs?)(?:\s+(?:that|which)\s+[^,;%]{1,80}?\s+(?:imposed|levied|placed|put|slapped|applied|set|introduced|announced|approved))?(?:\s+under\s+[^,;.()%]{3,70}?)?\s+(?:on|" + ToNotInfinitive + @"|against|(?:applied|applicable)\s+to|for(?=\s+(?!" + NotGoodsAfterFor + @"\b)[a-z]))\s", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordRightAfter();

    /// <summary>"raised tariffs on Chinese EVs to 100%", "the import tax on tractors, which will reach 20%": the product sits
    /// between the tariff word and the rate (a list's commas included: "on tiles, slabs and mosaics to 25%", and a headline's list
    /// without "and" whose last part runs up to the rate, "duty on yogurt, processed cheese raised to 25%"; "the tax rate on almonds is cut from 10% to 5%" in a sentence that refers back to an import tax).</summary>
    [GeneratedRegex(@"\b(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?|surcharges?|(?:import|customs|export)\s+tax(?:es)?|cess(?:es)?(?=\s+on\s+(?:the\s+)?(?:imported|imports?\s+of)\b)|tax(?=\s+rates?\s))(?:\s+rates?)?\s+(?:on|for|against|(?:applied|applicable)\s+to|of(?=\s+(?!(?:up|about|around|nearly|between|as|some|roughly|approximately|more|less|over|under|a|an|the|its|their|this|that|these|those|all|most|[0-9])\b)(?-i:[a-z])))\s+(?:[^,;]|,(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:,|\s+(?:and|or)\s))|,(?=\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s+(?:to|at)\s+(?:up\s+to\s+|about\s+|around\s+)?$)){2,80}?(?:,\s+which\s+(?:will|would)|\s+(?:will|would))?\s+(?:to|at|of|reach(?:es|ed)?|(?:rise|climb|go)\s+to|be|is|are|was|were|(?:stands?|remains?)\s+at)\s+(?:up\s+to\s+|about\s+|around\s+|as\s+(?:high|much)\s+as\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffOnBefore();

    /// <summary>A phrase that opens with a day, a month (or its abbreviation: "on Dec. 1", "on Sept 30"), a number, or words that name no goods.</summary>
    [GeneratedRegex(@"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?|\d|top\b|hold\b|its\s+(?:exports|imports)?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAProduct();

    /// <summary>"had been 15%", "had stood at 12%", "previously stood at 20%" (session 24, extract43), "would have been 38.5%", "(was) first imposed in 2025 at 30%", "originally set at 5%",
    /// (session 32) "was previously 10 percent", "which was previously charged at 10 percent", "had previously been 8%":
    /// the rate right after is a level of the past or of a counterfactual, not the measure.</summary>
    [GeneratedRegex(@"(?:\bhad\s+(?:previously\s+)?(?:been|stood)\s+(?:at\s+)?|\b(?:was|were)\s+previously\s+(?:(?:charged|set|levied|applied|fixed)\s+)?(?:at\s+)?|\b(?:previously|formerly)\s+stood\s+at\s+|\bwould\s+have\s+(?:been|reached|(?:risen|gone|climbed|jumped)\s+(?:up\s+)?to)\s+|\b(?:first|originally|initially)\s+(?:imposed|applied|introduced|set|levied|charged)(?:\s+(?:in|on|from|back\s+in)\s+[^,;%]{1,24}?)?\s+at\s+)(?:about\s+|around\s+|roughly\s+|just\s+|only\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PastLevelBefore();

    /// <summary>A rate the clause ends by calling the earlier one (session 32): "to 30%, against 20% previously,", "relevé à 35% …, contre
    /// 20% auparavant,".</summary>
    [GeneratedRegex(@"^\s*(?:previously|formerly|auparavant|anteriormente|antes)\s*(?:[,.;)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PastLevelAfter();

    [GeneratedRegex(@"(?:\bnon-\s*|\boutside\s+(?:of\s+)?(?:the\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExcludedOrigin();

    /// <summary>"will be charged 12.5%", "were handed rates of as much as 37.73%", "will pay 15%", "face $241 per tonne", "remains at 60
    /// percent", "is capped at 15%", "will attract a flat $273 a tonne", "received a rate of 44.90 percent" (extract32): a rate something is charged, without a tariff word (not "pay 10% more", "pay 5% of their sales").</summary>
    [GeneratedRegex(@"\b(?:face|faces|facing|pay|pays|paying|attract|attracts|received|(?:be|is|are|was|were|been)\s+(?:charged|handed|capped\s+at)|remains?\s+(?:subject\s+to|at)|stays?\s+at)\s+(?:(?:a|an|the|steeper|higher|lower|heavier|stiffer|reduced)\s+)?(?:(?:flat|single)\s+)?(?:(?:duty\s+)?rates?\s+of\s+)?(?:up\s+to\s+|as\s+much\s+as\s+|as\s+high\s+as\s+|between\s+|only\s+|just\s+)?(?=(?:US|C|A)?[$€£¥]?\s?\d[\d.,]*\s*(?:%|per[\s-]?cent\b|percent\b|pc\b|pct\b|per\s+(?:tonne|ton|kg|kilo)\b)(?!\s+(?:more|less|higher|lower|extra|of\b|in\s+(?:tax|income)|(?:[a-z-]+\s+)?(?:rises?|drops?|falls?|increases?|decreases?|declines?|jumps?|gains?|loss(?:es)?|cuts?|hikes?|surges?|slumps?|markups?|premiums?|discounts?|shares?|stakes?|returns?|margins?|interest)\b)))", RegexOptions.IgnoreCase)]
    private static partial Regex ChargedRate();

    [GeneratedRegex(@"^\s*(?:(?:the|all|other|some|most|many|its|their)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLeadIn();

    [GeneratedRegex(@"^(?-i:[A-Z])[\w&.'’-]*\s+(?-i:[A-Z])")]
    private static partial Regex TwoCapitalised();

    [GeneratedRegex(@"^[\s-]*(?-i:[A-Z])[a-z]")]
    private static partial Regex NameGoesOn();

    [GeneratedRegex(@"\b(?:rather than|instead of|compared with|compared to|versus|down from|up from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CounterfactualCue();

    [GeneratedRegex(@"^\s*(?:all\s+)?(?:imported|foreign|overseas)\b|\b(?:made|produced)\s+(?:abroad|overseas|outside)", RegexOptions.IgnoreCase)]
    private static partial Regex AllImports();

    /// <summary>Words between a rate and its tariff word that say what kind of tariff it is, not what goods ("a 25% additional tariff",
    /// "the 6% general tariff", "a 35% common external tariff", "a 10% ad valorem duty").</summary>
    [GeneratedRegex(@"^(?:additional|new|extra|higher|lower|retaliatory|reciprocal|punitive|import|export|customs|border|regulatory|blanket|global|baseline|across-the-board|provisional|final|preliminary|definitive|safeguard|dumping|anti-?dumping|anti-subsidy|countervailing|general|standard|basic|flat|normal|ordinary|uniform|applied|bound|statutory|common|external|ad\s+valorem|mfn|temporary|special|average|effective|us|u\.s\.)(?:\s+(?:additional|new|extra|retaliatory|reciprocal|import|punitive|provisional|preliminary|definitive|safeguard|dumping|anti-?dumping|anti-subsidy|countervailing|general|standard|basic|flat|normal|ordinary|uniform|applied|bound|statutory|common|external|ad\s+valorem|mfn|temporary|special|average|effective))*$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveOnly();

    [GeneratedRegex(@"^[\d.,]+\s*(?:%|per[\s-]?cent|percent|pc|pct)\s+(?:[a-z-]+\s+){0,2}?(?:tariffs?|levy|levies|duty|duties|surtax(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateThenTariff();

    [GeneratedRegex(@"\b(?:the|a|an)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerBefore();

    /// <summary>"Canada's 100% tariff", "China's new 76% levy", "Japan's final ruling to impose anti-dumping duties of up to 95.2%": the
    /// possessive right before the rate, or before an act of imposing whose tariff the rate is.</summary>
    [GeneratedRegex(@"^['’]s\s+(?:[a-z-]+\s+){0,2}$|^['’]s\s+(?:[a-z-]+\s+){1,3}to\s+(?:impose|levy|apply|slap|introduce|set|raise|extend|reimpose)\s+(?:[a-z-]+\s+){0,3}(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?)\s+of\s+(?:up\s+to\s+|as\s+much\s+as\s+|between\s+)?$")]
    private static partial Regex PossessiveBeforeRate();

    [GeneratedRegex(@"\b(?:government|ministry|department|minister|president|prime minister|people's republic|republic)\s+of\s+(?:the\s+)?$")]
    private static partial Regex GovernmentOf();

    /// <summary>Where a product phrase ends: a preposition, a verb, a relative word ("which", "whose", extract41), a clause break.
    /// "cuts" after a meat ("pork cuts and sausages", extract41) is goods, not a verb, and so is "cut" before flowers ("fresh cut roses").</summary>
    [GeneratedRegex(@",?\s+as well as\b|\s+to\s|\s+from\s|\s+in\s|\s+on\s|\s+(?:came|comes|come|took|takes|went|goes|kicks?|kicked|is|are|was|were|has|have|had|will|would|could|can|may|might|starts?|started|exempts?|sparing|hitting|bringing|down|up|rather|instead|originating|originated|exported|deemed|worth|above|below|exceeding|beyond|within|starting|effective|beginning|also|currently|already|still|previously|coming|shipped|sold|entering|arriving|imposed|levied|plus(?=\s+(?:an?\s+)?(?:(?:US|C|A|NZ|HK|S)?\$|€|£|¥|EUR|USD|GBP|CNY|JPY|CHF|INR|RMB|\d)|\s*$)|excluding|except|rose|rise|rises|fell|falls|now|stand|stands|stood|stay|stays|remain|remains|remained|but|cut(?!" + CutGoodsNoun + @")|(?<!\b(?:pork|beef|lamb|mutton|veal|chicken|poultry|turkey|meat|goat)\s+)cuts|slashed|lowered|hiked|halved|doubled|tripled|trebled|quadrupled|quintupled|(?:raised|reduced|increased|boosted|trimmed|lifted|set|fixed|pegged)(?=\s+(?:to|by|from|at)\s)|climbed|jumped|soared|face|faces|faced|pay|pays|paid|attract|attracts|expire|expires|expired|expiring|lapse|lapses|lapsed|which|whose|that|because|after|amid|while|unless|until|since|following|mirroring|saying|citing|drew|draws|drawn|sparked|sparks|prompted|prompts|triggered|triggers|provoked|provokes|angered|angers|spurred|spurs|caused|causes|hurt|hurts|rattled|rattles|led|leads|forced|forces|pushed|pushes|dealt|deals|struck|strikes|cost|costs|won|wins|met|meets|drove|drives|raised\s+(?:concerns?|fears?|questions?)|over|under|if|as|at|when|for|with|against|by\s+(?:the\s+)?(?:end|start|\d)|by\s+(?:another|a\s+further|an?\s+(?:extra|additional)|one|two|three|four|five|six|seven|eight|nine|ten)\s)\b|[;:()]|\s[—–-]\s|,\s+(?:including|up|down|effective|starting|a|an|the|and\s+a|and\s+an|but|which|while|said|according)\b|\s+and\s+(?:a|an|then)\s|(?<!\b[A-Z])\.(?:\s|$)|\s+(?-i:[a-z]{3,})(?<!eed)ed\s+(?:on|in|into|from|after|before|since|until|under|during|between|through)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();

    [GeneratedRegex(@"^\s*(?:including|which|while|said|mirroring|a|an|the|as|effective|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListBreak();

    /// <summary>"and an out-of-quota", "or the": words after a rate that open another noun phrase, not a product modifier.</summary>
    [GeneratedRegex(@"^(?:and|or|plus|but)\b|\b(?:a|an|the|its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpener();

    /// <summary>"India's average tariff of 17%", "tariffs now average 55%": a statistic over many measures, not one.</summary>
    [GeneratedRegex(@"\b(?:average|averages|averaged|averaging|weighted|mean)\b(?:(?!\d).)*$|\b(?:effective|overall)\s+(?:\w+\s+)?tariff\s+rates?\b(?:(?!\d).)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Average();

    [GeneratedRegex(@"^(\w{3,}?)(?:makers|producers|manufacturers|exporters)$", RegexOptions.IgnoreCase)]
    private static partial Regex Makers();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Paren();

    /// <summary>"responded", "retaliated": a verb the product phrase ran into ends no product ("seed", "feed" and "shed" are nouns).</summary>
    [GeneratedRegex(@"^[a-z]{3,}(?<!e)ed$")]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"^(?:\s*\b(?:(?:most|all|some|many|much|part|half)\s+of|all|the|a|an|several|some|certain|subject|most|many|its|their|other|key|select|selected|imported|foreign|more|further|additional|new|various|following|listed|up\s+to|around|about|(?:in|out-of|above|over|within|outside(?:\s+the)?)-?\s?quota|[0-9]{1,4}(?=\s+[A-Za-z])|non-\s*content\s+of)\b)+|^\s*(?:imports|exports|shipments|makers|producers|exporters|manufacturers|suppliers|growers)\s+of\b|^\s*-(?:made|built|origin|produced)\b|^\s*(?:(?:US|C|A|NZ|HK|S)?\$|€|£|¥)\s?[\d.,]+\s*(?:trillion|billion|million|bn|mn|m)?\s+(?:worth\s+)?of\b|^\s*[\d.,]+\s+(?:trillion|billion|million)\s+(?:dollars|euros|yuan|pounds)\s+(?:worth\s+)?of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    /// <summary>When, not what, at the end of a goods phrase: "a 10% tariff on US crude last month", "a 20% duty on US almonds earlier
    /// this year", "steel on Monday", "cars in 2026" — a time adverbial the phrase ran into (one or more, from the end).</summary>
    [GeneratedRegex(@"(?:\s+(?:(?:(?:last|this|next|earlier\s+this|later\s+this|early\s+next|late\s+last|(?:the\s+)?previous|the\s+following)\s+(?:week|weekend|month|year|quarter|spring|summer|autumn|fall|winter|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)))|yesterday|today|tonight|overnight|recently|earlier|later|(?:on|from|since|by|in|until|through)\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|in\s+(?:19|20)\d\d))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWhen();

    [GeneratedRegex(@"\s+(?:imports|exports|shipments|imported|coming\s+into\s+the\s+country|and|or|exporters|producers|growers|farmers|manufacturers|makers|companies|firms|suppliers|mills|industry|sector|(?:not\s+)?covered\s+by|under|of|such)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    /// <summary>Where a list of goods splits: a comma, "and", "or", "plus", "&amp;" — not the "or" of what an item is made of ("nuts of
    /// iron or steel", extract36).</summary>
    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+and\s+|(?<!\bof\s+[a-z][a-z-]*)\s+or\s+|\s+plus\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSplit();

    /// <summary>A phrase that names no goods of its own: trade words, traders, a shipment's form; a container ("Australian
    /// bottles") is the packaging of unnamed goods, but one of a material ("glass bottles", "steel containers") is a good.</summary>
    [GeneratedRegex(@"^(?:imports|exports|goods|goods and|products?|items?|merchandise|commodit(?:y|ies)|them|it|those|these|shipments|everything|and|or|then|material|cargo|derivatives|derivative products|(?:the\s+)?(?:exporters?|importers?|producers?|suppliers?|compan(?:y|ies)|firms?|manufacturers?|mills|traders?|shippers?|makers|sellers?|dealers?|vendors?|rivals?|competitors?)|(?:[a-z-]+\s+)?(?:consignments|cargoes|units|labels|brands|volumes)|(?:(?!(?:glass|plastic|pet|aluminium|aluminum|steel|metal|tin|shipping|refrigerated)\s)[a-z-]+\s+)?(?:bottles|containers))$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    /// <summary>A list item that names no goods, only what the phrase ran into or whom a rate is for: a clause cut at a function
    /// word ("… on US goods and keep a"), a tariff word ("face Chinese anti-dumping duties"), the rate's holders once "exporters"
    /// or "companies" is cut ("for sampled cooperating exporters", "for other cooperating companies"), or a share of a flow
    /// rather than goods ("on excess shipments", "on entries from November"), or a sentence adverb a list ran into ("Specifically, Chinese
    /// mills and traders face …"); nor a word a goods phrase never is: the rate's unit ("25 percent tariffs" read as goods "percent"),
    /// a pronoun or quantifier ("for Malaysian ones", "on both Indian and Brazilian goods", "shipments outside it"), a price or an
    /// origin ("the free-at-frontier price", "for non-preferential origins"), an adverb of degree ("will be fully exempted").</summary>
    [GeneratedRegex(@"\b(?:a|an|the|from|to|of|in|on|at|by|for|with|its|their|his|her|this|that|these|those|than|as|into|per|it|them)$|\b(?:tariffs?|duty|duties|levy|levies|surtax(?:es)?|surcharges?|rates?|origins?|prices?)$|^(?:(?:non-?)?(?:cooperating|sampled|exporting|producing|participating|investigated|individual|remaining|named|unnamed|other|all)\s*)+$|^(?:excess|entries|entry|remainder|rest|balance|value|quotas?|percent|per\s+cent|percentage(?:\s+points?)?|points?|ones|both|either|neither|net|agreed|fully|partly|partially|completely|entirely|largely|mostly|wholly|temporarily|permanently)$|^(?-i:[A-Z])[a-z]{4,}ly$|^(?:meanwhile|however|moreover|furthermore|likewise|overall|instead|also|besides|still)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoGoods();

    /// <summary>"imports from Vietnam": a country named where goods come from. Not where people or words come from ("a
    /// delegation from Washington", "pressure from Beijing"): that country acts.</summary>
    [GeneratedRegex(@"(?<!\b(?:delegations?|officials?|envoys?|ministers?|negotiators?|leaders?|visitors?|diplomats?|pressure|retaliation|response|reaction|statements?|letters?|calls?|demands?|threats?|warnings?|signals?|word)\s+)\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBeforeMention();

    /// <summary>"mono ethylene glycol (MEG)": lower-case words, then an abbreviation in brackets.</summary>
    [GeneratedRegex(@"(?<p>(?:\b(?-i:[a-z])[\w-]*\s+){0,4}\b(?-i:[a-z])[\w-]*)\s+\((?<a>(?-i:[A-Z]{2,6}))\)")]
    private static partial Regex Defined();

    [GeneratedRegex(@"^\s+markets?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarketAfter();

    [GeneratedRegex(@"\b(?:matching|mirroring|copying|in\s+line\s+with|similar\s+to|like)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonBefore();

    [GeneratedRegex(@"\b(?:on|from|against|to|with|for|into|of|under|covered\s+by|cost|costs|hurt|hurts|harm|harms|damage|damages|benefit|benefits|help|helps|hit|hits|punish|punishes)\s+(?:the\s+)?$")]
    private static partial Regex ObjectBefore();

    [GeneratedRegex(@"\b(?:from|against|of|targeting)\s+(?:the\s+)?$")]
    private static partial Regex TargetBefore();

    [GeneratedRegex(@"^\s+(?:has\s+|had\s+)?(?:said|says|announced|stated|added|told)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksAfter();

    /// <summary>"originating in (the) …", "made in …", "exported from …": the goods' origin, a target.</summary>
    [GeneratedRegex(@"\b(?:originat(?:ing|es|ed)|made|produced|manufactured|exported|shipped|grown|built|assembled|mined|smelted|melted|poured|cast|forged|caught|harvested)\s+(?:in|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginBefore();

    /// <summary>"Mexican tariffs on …", "Chinese anti-dumping duties of up to 41.2%": a country adjective right before its tariff.</summary>
    [GeneratedRegex(@"^\s+(?:(?:new|retaliatory|reciprocal|import|punitive|additional|extra|higher|anti-?dumping|countervailing|anti-subsidy|safeguard|provisional|preliminary|definitive|final)\s+){0,2}(?:tariffs?|duty|duties|levy|levies|surtax(?:es)?)\s+(?:on|against|of\s+(?:(?:up\s+to|as\s+much\s+as|as\s+high\s+as|between|about|around|nearly|almost)\s+)?[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveTariff();

    /// <summary>Only qualifiers between the subject's verb and the country it acts on ("sets final China tile duties").</summary>
    [GeneratedRegex(@"^\s*(?:(?:final|provisional|preliminary|definitive|new|higher|extra|additional|further|fresh|retaliatory|anti-?dumping|the|its|up\s+to)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbObjectGap();

    [GeneratedRegex(@"^\s+(?:(?<w>[a-z][\w-]*)\s+){0,2}(?:import\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?)\b")]
    private static partial Regex CountryModifiesTariff();

    /// <summary>A sentence opening with a name and a verb: "Peru sets", "Canada confirms", "The US raises".</summary>
    [GeneratedRegex(@"^(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:will\s+|to\s+)?(?!(?:said|says|told|tells|warned|warns|argued|argues|believes|thinks|fears|hopes|expects)\b)[a-z]+s?\b")]
    private static partial Regex SubjectCountry();

    [GeneratedRegex(@"\b(?:on|from|against|to|with|for|into|of|targeting)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and|or)\s+(?:the\s+)?$")]
    private static partial Regex CoordinatedObjectBefore();

    [GeneratedRegex(@"^\s*(?:federal\s+|central\s+|national\s+)?(?:government|authorities|officials|ministry|commerce|finance|customs|regulators|administration|trade|cabinet|state council|leaders?|(?:anti-?dumping|trade\s+remed(?:y|ies)|tariff)\s+(?:committee|commission|authority|agency|board|council|bureau|office|directorate))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentAfter();

    [GeneratedRegex(@"\b(?:ruled|ruling|court|tribunal|panel found|final determination|preliminary determination|arbitrat)")]
    private static partial Regex Ruled();

    [GeneratedRegex(@"\b(?:threaten|warned|warns|would impose|would raise|would slap|would hit|could impose|could face|vowed|vows)")]
    private static partial Regex Threatened();

    [GeneratedRegex(@"\b(?:propos|plans? to|planning|consider|weighing|weighs|mulls|to impose|to slap|to raise|to levy|is set to|are set to|draft)")]
    private static partial Regex Proposed();

    /// <summary>A rate right after "a response to X's", "retaliation for the US's" (the text before the rate): the measure a
    /// reaction answers, not the one proposed.</summary>
    [GeneratedRegex(@"\b(?:response|responses|retaliation|reaction|reply|riposte)\s+(?:to|for|against)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}['’]s?\s+(?:(?:new|latest|current|existing|steep|sweeping|punitive|hefty)\s+)?$")]
    private static partial Regex AnswersExisting();

    /// <summary>A word that takes a duty off; "lifted" only when no level follows it ("lifted the duty on rice to 30%" is a raise,
    /// <see cref="Raised"/>). "abolished" too: a round-up clause "…, and Aruba abolished its 12% duty" had no verb of its own without
    /// it and took the sentence's, which was a removal only while "lifted … to 25%" was one.</summary>
    [GeneratedRegex(@"\b(?:lift(?:s|ed|ing)?\b(?!\s+(?:[\w'’-]+\s+){0,8}?to\s+(?:up\s+to\s+)?\d)|scrap|remov|paus(?:e|es|ed|ing)\b|revok|revoc|withdr[ae]w|no\s+longer|terminat|roll(?:s|ed|ing)?\s+back|end(?:s|ed|ing)?\s+(?:the|its|their)\b|eliminat|abolish|rescind|repeal|suspend|dropp(?:ed|ing)|drops\b|(?:to|will|would)\s+drop\b|waive|exempt)")]
    private static partial Regex Removed();

    [GeneratedRegex(@"\b(?:lower(?:s|ed|ing)\b|(?:to|will|would)\s+lower\b|cut(?:s|ting)?\b(?!" + CutGoodsNoun + @")|reduc|slash|eas(?:e|ed|es|ing)\b)")]
    private static partial Regex Lowered();

    /// <summary>After "cut", the goods it names as an adjective ("cut flowers", "fresh cut roses", "cut stems"): no verb of change
    /// ("Azerbaijan raises import duty on cut flowers to 15%" was read lowered, a lowering ranking before a rise).</summary>
    internal const string CutGoodsNoun = @"\s+(?:fresh\s+)?(?:flowers?|roses|carnations|chrysanthemums|tulips|lilies|orchids|foliage|stems|greenery)\b";

    /// <summary>A word that raises a duty, and "lifted … to" before a level ("lifted the duty on rice to 30%").</summary>
    [GeneratedRegex(@"\b(?:rais|increas|hike|hiking|doubl|tripl|boost|elevat|ris(?:e|es|ing)\b|rose\b|lift(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,8}?to\s+(?:up\s+to\s+)?\d)")]
    private static partial Regex Raised();

    /// <summary>Who a rate is for when it is not goods: exporters, producers, a firm, "all others".</summary>
    [GeneratedRegex(@"\b(?:exporters?|producers?|suppliers?|compan(?:y|ies)|firms?|makers?|manufacturers?|mills?|others|co\.?|ltd\.?|inc\.?|corp\.?|group)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateHolder();

    /// <summary>"aluminium profiles of Chinese origin" once the country is taken out: "of origin" names no goods.</summary>
    [GeneratedRegex(@"\s+of\s+origin\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfOrigin();

    /// <summary>An article about a change in a trade schedule (imports, customs, MFN, safeguard), not a utility's or a hotel's tariff.</summary>
    [GeneratedRegex(@"\b(?:imports?|imported|customs|MFN|most[- ]favou?red[- ]nation|safeguard|anti-?dumping|countervailing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeDocument();

    /// <summary>A later rate's own subject clause: "…, while barley returns to 5%", "; wheat flour at 10%", "and sugar will attract 8%",
    /// "…, while rebar will be charged 19%", "whereas biscuits are each subject to an import duty of 20%",
    /// "…, with tequila at 15% and avocados, berries and shrimp at 10%" (a list of goods before its one rate). A subject whose first
    /// three words name people, firms or income ("while buyers will be charged 2% interest", "while income above Rs 50 lakh will be
    /// taxed 30%", "while foreign investors will be taxed 10%") is no goods, and its clause no measure.</summary>
    [GeneratedRegex(@"^[^,;]{0,40}?(?:[,;]\s*(?:(?:and|but|while|whereas|with)\s+)?|\s(?:and|but|while|whereas|with)\s+)(?:for\s+)?(?<p>(?!(?:and|but|while|whereas|with|yet|so)\b)(?-i:[a-z])[\w-]*(?:\s+[\w-]+){0,2}(?:,\s+(?-i:[a-z])[\w-]*(?:\s+[\w-]+){0,2})+,?\s+(?:and|or)\s+(?-i:[a-z])[\w -]{0,40}?|(?!(?:and|but|while|whereas|with|yet|so)\b)(?!(?:[\w-]+\s+){0,2}(?:buyers|consumers|customers|shoppers|investors|companies|firms|businesses|corporations|households|families|residents|citizens|individuals|people|taxpayers|workers|employees|employers|incomes?|profits|earnings|salaries|wages|dividends|gains|importers|exporters|travell?ers|tourists|visitors|passengers|users|owners|landlords|lenders|borrowers|banks|retailers|sellers|traders|foreigners|non-residents)\b)(?-i:[a-z])[\w -]{1,50}?)(?:\s+(?:it|they))?\s+(?:(?:(?:will|would|now|again|also|still)\s+)*(?:(?:be|is|are)\s+)?(?:(?:each|all|both|also)\s+)?(?:charged|levied|taxed|subject(?:ed)?\s+to)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\s+of\s+)?|(?:(?:will|would|now|again|also)\s+)*(?:returns?|go(?:es)?|moves?|stays?|remains?|attracts?|faces?|pays?|gets?|is|are|be)\s+(?:to\s+|at\s+)?|(?:(?:will|would|now|also)\s+)*(?:see|sees|have|has|get|gets)\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|rates?)\s+(?:rise|fall|go|increase|climb|drop|move|cut|raised|lowered|set|reduced|increased)\s+to\s+|at\s+)(?:a\s+|an\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLead();

    [GeneratedRegex(@"(?:[,;]|\b(?:and|but|while|whereas))\s+(?:(?:and|but|while|whereas)\s+)?(?:[\w-]+\s+){0,2}(?:buyers|consumers|customers|shoppers|investors|companies|firms|businesses|corporations|households|families|residents|citizens|individuals|people|taxpayers|workers|employees|employers|incomes?|profits|earnings|salaries|wages|dividends|gains|travell?ers|tourists|visitors|passengers|users|owners|landlords|lenders|borrowers|banks|foreigners|non-residents)\b[^,;%]{0,50}?\b(?:charged|taxed|subject(?:ed)?\s+to)\b[^,;%]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleCharged();

    /// <summary>The start of a text or of a sentence, before a name that opens it ("Chile amends …", ". The Philippines lowered …").</summary>
    [GeneratedRegex(@"(?:^|[.!?\n]\s*)(?:The\s+)?$")]
    private static partial Regex SentenceOpensBefore();

    /// <summary>A country's instrument that sets rates: "'s revised import schedule", "'s new tariff book", "'s decree".</summary>
    [GeneratedRegex(@"^['’]s\s+(?:[\w-]+\s+){0,3}(?:schedule|regime|decree|regulation|tariff\s+book|customs\s+code|budget)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instrument();

    /// <summary>The first of a list "X at RATE, Y at RATE": "put sugar at 25%", "sets wheat at 10%".</summary>
    [GeneratedRegex(@"\b(?:put|puts|set|sets|fix(?:es|ed)?|keeps?|kept|leaves?|left)\s+(?<p>(?-i:[a-z])(?:(?!\s(?:on|of|for|to|the|a|an|its|their)\s)[\w -]){1,50}?)\s+at\s+(?:up\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PutAt();

    /// <summary>Goods exempted from a rate: "exempted coffee, tea and cocoa from the 10% tariff", "… exempt beef from its 8% duty".</summary>
    [GeneratedRegex(@"(?:(?<p>(?:\b(?!(?:said|says|that|which|it|they|and|will|would|is|are|was|were|now|also|be)\b)(?-i:[a-z])[\w-]*\s+){0,3}\b(?!(?:said|says|that|which|it|they|and|will|would|is|are|was|were|now|also|be)\b)(?-i:[a-z])[\w-]*)\s+(?:(?:will|would|is|are|was|were|now|also)\s+)*(?:be\s+)?exempt(?:ed)?\s+from\s+(?:the|its|their|his|a|an)\s+(?:[\w-]+\s+){0,2}$)|\bexempt(?:s|ed|ing)?\s+(?<p>(?!(?:them|it|those|these|imports|goods|products|countries|allies|partners)\b)(?-i:[a-z])[\w ,-]{1,90}?)\s+from\s+(?:the|its|their|his|a|an)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ExemptedFrom();

    /// <summary>A clause that opens with its goods: "For passenger cars of US origin the duty will be applied at 60%", "…; for rice, it
    /// will be 25%".</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s*|\s(?:and|whereas|while)\s+)for\s+(?<p>(?-i:[a-z])[^,;]{1,60}?)(?:,\s*|\s+)(?:the|its|it|they)\b[^,;]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex ForLead();

    /// <summary>A country's institution: "Nigeria Customs Service", "Saudi Arabia's Cabinet", "the Vietnamese government".</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}(?:ministry|government|customs|cabinet|council|committee|commission|authority|agency|board|directorate|tribunal|service)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountryInstitution();

    /// <summary>A preposition before a name makes it an object or a place ("from China", "in the United States"), not a subject.</summary>
    [GeneratedRegex(@"\b(?:from|of|in|into|to|by|with|against|on|at|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBefore();

    /// <summary>The first of a list after a colon: "at the rates of the tariff, namely: maize 20%, sorghum 20% …".</summary>
    [GeneratedRegex(@"(?::|\bnamely)\s*(?<p>(?-i:[a-z])[\w -]{1,40}?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ColonLead();

    /// <summary>A later item of a list of goods each right before its rate: "…, sorghum 20%", "… and husked brown rice 10%" (the
    /// region between two rates holds nothing but the separator and the goods).</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?<p>(?!(?:but|while|whereas|with|yet|so)\b)(?-i:[a-z])[a-z -]{1,30}?)(?<!\b(?:to|at|of|by|with|from|than|about|around|nearly|and|or|in|on|for))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLead();

    [GeneratedRegex(@"^\s*(?:the|its|their)\s+(?:previous|former|old|prior|earlier)\s+(?:[a-z-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levy|levies)\s+(?:was|were|had\s+been|stood\s+at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousRateSubject();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    /// <summary>"to charge 50% on …", "charges an extra 10% on …": a charge stated with its rate and what it is on.</summary>
    [GeneratedRegex(@"\bcharg(?:e|es|ed|ing)\b(?=\s+(?:an?\s+(?:extra|additional|flat)\s+)?[\d.,]+\s*(?:%|per[\s-]?cent|percent|pc|pct)(?<on>\s+on\s+))", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeOnImports();

    [GeneratedRegex(@"\G(?:all\s+|most\s+)?(?:imports\b|imported\s+[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ImportsOn();

    // (one of the domestic-tax lists, kept apart on purpose: see DomesticCharges)
    [GeneratedRegex(@"\b(?:sales|value[- ]added|consumption|excise|income|service|stamp)\s+tax(?:es)?\b|\b(?:VAT|GST|HST|PST)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomesticTax();

    /// <summary>The end of "on top of", "in addition to", "plus", "besides": what a charge is added to.</summary>
    [GeneratedRegex(@"\b(?:on\s+top\s+of|in\s+addition\s+to|plus|besides)\s+(?:the\s+|any\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AddedTo();

    /// <summary>The words between a country and the rate it is moved to: " to ", " down to ", " all the way down to ", " to a ".</summary>
    [GeneratedRegex(@"^\s+(?:(?:all\s+the\s+way\s+)?(?:down|up)\s+)?to\s+$")]
    private static partial Regex MovedToRate();

    /// <summary>What opens a "Country to R%" clause: the sentence, a comma, a dash, a colon, "and", or "(the rate) on/for".</summary>
    [GeneratedRegex(@"(?:^\s*|[,;:\-–—]\s*|\band\s+|\b(?:on|for)\s+(?:the\s+)?)$")]
    private static partial Regex ClauseHeadBefore();

    /// <summary>The lead-in of a later rate in a list of countries moved to rates: ", Pakistan and Sri Lanka to ", " and on Sri Lanka to ".</summary>
    [GeneratedRegex(@"^[^.;]{0,12}?(?:,|\band\b)\s+(?:(?:on|for)\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,4}\s+(?:(?:all\s+the\s+way\s+)?(?:down|up)\s+)?to\s+$")]
    private static partial Regex CountryToClause();

    /// <summary>A country moved to a rate ("Vietnam to 20%", "Myanmar all the way down to 25%") is that rate's target, never its imposer.</summary>
    [GeneratedRegex(@"^\s+(?:(?:all\s+the\s+way\s+)?(?:down|up)\s+)?to\s+[0-9]")]
    private static partial Regex MovedToRateAfter();

    /// <summary>"cars imported into Vietnam, mostly from the U.S.": an origin that is only the largest share of the imports.</summary>
    [GeneratedRegex(@"\b(?:mostly|mainly|largely|chiefly|primarily)\s+from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfOriginBefore();

    /// <summary>"the rate on Bangladesh", "the rate for Japan" (only read in a sentence that names a tariff).</summary>
    [GeneratedRegex(@"\bthe\s+rates?(?=\s+(?:on|for)\s+(?:the\s+)?[A-Z])")]
    private static partial Regex RateOnWord();
}
