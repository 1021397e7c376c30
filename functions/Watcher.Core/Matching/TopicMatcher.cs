using System.Text.RegularExpressions;

namespace Watcher.Core.Matching;

/// <summary>
/// Why an item matched a topic: the terms found and a snippet around the first one. A matcher may leave both to be
/// worked out when first read (most matches are never shown: copies of a story, unchanged items).
/// </summary>
public sealed record TopicMatch
{
    private Lazy<(IReadOnlyList<string> Terms, string Snippet)>? _explain;
    private IReadOnlyList<string> _terms = [];
    private string _snippet = string.Empty;

    [System.Text.Json.Serialization.JsonConstructor]
    public TopicMatch(string topic, IReadOnlyList<string> terms, string snippet) => (Topic, _terms, _snippet) = (topic, terms, snippet);

    /// <summary>A match whose terms and snippet are computed by <paramref name="explain"/> the first time either is read.</summary>
    public TopicMatch(string topic, Func<(IReadOnlyList<string> Terms, string Snippet)> explain) =>
        (Topic, _explain) = (topic, new(explain, LazyThreadSafetyMode.ExecutionAndPublication));

    public string Topic { get; init; }

    public IReadOnlyList<string> Terms { get => _explain is { } e ? e.Value.Terms : _terms; init => (_terms, _explain) = (value, Settle()); }

    public string Snippet { get => _explain is { } e ? e.Value.Snippet : _snippet; init => (_snippet, _explain) = (value, Settle()); }

    /// <summary>Setting one part of a lazy match (`with { Snippet = … }`) fixes the other part first.</summary>
    private Lazy<(IReadOnlyList<string>, string)>? Settle()
    {
        if (_explain is { } e) (_terms, _snippet) = e.Value;
        return null;
    }

    public bool Equals(TopicMatch? other) =>
        other is not null && Topic == other.Topic && Snippet == other.Snippet && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(Topic, Snippet, Terms.Count);

    public void Deconstruct(out string topic, out IReadOnlyList<string> terms, out string snippet) => (topic, terms, snippet) = (Topic, Terms, Snippet);
}

/// <summary>Decides which topics an item belongs to.</summary>
public interface ITopicMatcher
{
    IReadOnlyList<TopicMatch> Match(string title, string text, IReadOnlyCollection<string>? onlyTopics = null);
}

/// <summary>The two topics every installation starts with.</summary>
public static class DefaultTopics
{
    public const string Tariffs = "tariffs";
    public const string Summits = "summits";

    /// <summary>A headline that names a trade measure.</summary>
    private const string TariffHeadline =
        "title:(tariff* OR duty OR duties OR levy OR levies OR surtax* OR \"anti-dumping\" OR dumping OR countervailing OR safeguard OR \"import tax\" OR customs)";

    /// <summary>A headline about a meeting: a summit, talks, a visit, leaders meeting, arriving or hosting, a forum's or
    /// bloc's ministers ("AfCFTA Council of Ministers approves …", "ASEAN ministers agree …"), a leader's call
    /// (<see cref="CallHeadline"/>); (relev29) a gathering or a convening ("Visegrad presidents gather in Prague"), trade or commerce
    /// ministers (plural: two countries' or a forum's, "Trade ministers discuss Ghana's duty on cocoa paste").</summary>
    private const string MeetingHeadline =
        "title:(summit* OR meet OR meets OR met OR meeting OR meetings OR talks OR negotiations OR visit OR visits OR trip OR leaders"
        + " OR gather OR gathers OR gathered OR convene OR convenes OR convened OR " + TradeMinisters + " OR " + BodysMinisters
        + " OR (arrives OR hosts OR receives OR welcomes) NEAR/3 @leaders OR @leaders NEAR/4 @leaders OR " + CallHeadline + ")";

    /// <summary>Two countries' or a forum's trade ministers, as a headline names them (plural: "Trade ministers discuss …", "Commerce
    /// ministers meet …"; relev29).</summary>
    private const string TradeMinisters = "(trade OR commerce OR economy OR economic) NEAR/1 ministers";

    /// <summary>A call by phone, as a headline and a text both name it: a phone or telephone call, talks by phone. The two call
    /// lists below add their own words to these (a headline's video call and "in a call"; a text's phone conversation).</summary>
    private const string PhoneWords =
        "\"phone call\" OR \"phone calls\" OR \"telephone call\" OR \"by phone\" OR \"by telephone\" OR \"phone talks\" OR \"telephone talks\"";

    /// <summary>How a headline names a call between leaders: a phone or video call, talks by phone.</summary>
    private const string CallWords =
        PhoneWords + " OR \"video call\" OR \"video conference\" OR videoconference OR \"in call\" OR \"in a call\"";

    /// <summary>The other party of a leader's call, named after "with" or "to" ("in a phone call with President Donald Trump");
    /// a call with reporters, a chief executive or analysts names none.</summary>
    private const string CallParty =
        "(\"call with\" OR \"phone with\" OR \"telephone with\" OR \"conversation with\" OR \"talks with\" OR \"spoke with\" OR \"spoke to\" OR \"speaks with\""
        + " OR \"talked with\" OR \"talked to\") NEAR/3 @leaders";

    /// <summary>A leader's call with another as a headline names it: a phone or video call, talks by phone, dialling the
    /// other ("Lee, Trump discuss auto tariffs in phone call", "Lee-Trump call: Seoul asks …", "PM Modi dials Sheinbaum",
    /// "Carney and Trump talk lumber in call"); not the verb ("Trump calls for 50% tariffs", "calls on Ottawa"), which takes
    /// "for", "on" or an object, nor a company's earnings or conference call, which names no leader.</summary>
    private const string CallHeadline =
        "(" + CallWords + " OR dials OR dialled OR dialed) NEAR/8 @leaders"
        + " OR (call NEAR/1 @leaders AND @leaders NEAR/2 @leaders NOT (\"call for\" OR \"call on\" OR \"call to\"))";

    /// <summary>A headline about monthly trade figures ("exports rise 5.8%").</summary>
    private const string TradeFiguresHeadline =
        "title:((exports OR imports OR \"trade surplus\" OR \"trade deficit\" OR \"trade balance\") NEAR/4 (rise OR rises OR rose OR fall OR falls OR fell"
        + " OR grow OR grows OR grew OR jump* OR slump* OR drop* OR climb* OR surge* OR beat* OR record OR slow* OR shrink* OR widen* OR narrow*))";

    /// <summary>What makes tariffs the subject of a meeting or trade-figures story: a trade conflict or trade talks, or a tariff
    /// the story changes (cut, raised, imposed, lifted, suspended), not one it only mentions as the background ("goods that
    /// face a 25% tariff").</summary>
    private const string TariffSubject =
        "\"trade war\" OR \"trade wars\" OR \"trade dispute\" OR \"trade disputes\" OR \"trade row\" OR retaliat* OR \"counter-tariffs\" OR countermeasure* OR \"counter-measures\""
        + " OR " + TradeTalks
        + " OR (tariff* OR duty OR duties OR levy OR levies) NEAR/4 (cut OR cuts OR cutting OR lowers OR lowered OR lowering OR reduce* OR raise OR raises OR raised OR hike* OR impose* OR lift OR lifts"
        + " OR lifted OR remove* OR suspend* OR pause* OR scrap* OR waive* OR exempt* OR slash* OR halve* OR eliminat* OR abolish* OR \"phase out\" OR \"phased out\" OR " + DroppedEForms + ")"
        // (relev25) "lower" as the verb ("proposed that the US side soon lower the reciprocal tariff rate"), not the adjective of
        // a background rate ("despite lower U.S. tariffs")
        + " OR (tariff* OR duty OR duties OR levy OR levies) NEAR/4 (\"lower the\" OR \"lower its\" OR \"lower their\" OR \"to lower\")"
        // (relev28) talks held on the tariff, or on it with the other side ("to continue discussions on the 20% tariff", "the
        // talks will focus on the 30% tariff", "held talks with his Mauritanian counterpart on the 20% customs duty"): the tariff
        // is what the meeting is for, not its background ("with tariffs hanging over talks")
        + " OR (\"discussions on\" OR \"discussion on\" OR \"talks on\" OR \"focus on\" OR \"focused on\" OR \"focuses on\" OR \"counterpart on\") NEAR/6"
        + " (tariff OR tariffs OR duty OR duties)";

    /// <summary>How a headline states a change to a tariff or duty: raised, cut, set, suspended, extended, doubled, scrapped
    /// ("Cooking oil duty hiked to 40pc", "Machine tool tariff set at 25%", "Wheat: duty suspension extended").</summary>
    private const string ChangeVerbs =
        "(cut OR cuts OR cutting OR lower OR lowers OR lowered OR lowering OR reduce* OR reduction* OR raise OR raises OR raised OR raising OR hike* OR increase OR increases"
        + " OR increased OR increasing OR impose* OR lift OR lifts OR lifted OR remove* OR removal OR suspend* OR suspension* OR pause* OR scrap* OR waive* OR exempt* OR slash*"
        + " OR halve* OR double* OR eliminat* OR abolish* OR \"phase out\" OR \"phased out\" OR extend* OR extension* OR restore* OR reinstate* OR set OR sets"
        + " OR withdraw OR withdraws OR withdrawn OR withdrew OR withdrawal OR rescind* OR revoke* OR revoking"
        // (session 22) trimmed, axed, dropped, eased, frozen, adjusted, tripled ("EO trims tariffs on medical devices")
        + " OR trim OR trims OR trimmed OR trimming OR axe OR axes OR axed OR axing OR drop OR drops OR dropped OR dropping OR ease OR eases OR eased OR easing"
        + " OR freeze OR freezes OR froze OR frozen OR adjust* OR triple* OR tripling"
        // (relev25) a duty that runs out ("Safeguard duty on steel coils lapses", "India's duty on Chinese foil expires")
        + " OR expire OR expires OR expired OR expiring OR expiry OR lapse OR lapses OR lapsed"
        // (relev31) a duty proposed ("20% duty proposed on door handles", "Itac proposes 62% duty on chicken")
        + " OR proposed OR proposes"
        + " OR " + DroppedEForms + ")";

    /// <summary>The -ing forms of the change verbs that end in "e", which their prefixes (reduce*, double* …) do not reach:
    /// the "e" is dropped ("Publishers protest doubling of duty on coated paper", "a bill halving the levy").</summary>
    private const string DroppedEForms =
        "reducing OR imposing OR removing OR pausing OR waiving OR doubling OR halving OR restoring OR reinstating OR hiking";

    /// <summary>Prices of a service or a utility that are called tariffs (a power bill, port storage, a parking meter, EV
    /// charging, a subscription, an insurer's rates): a change to one is no trade measure. A phone plan is kept out by the query's own
    /// clause; goods that share a word ("premium wine", "medical devices") are not listed.</summary>
    private const string ServicePrices =
        "electricity OR power OR energy OR gas OR water OR sewerage OR heat OR heating OR utility OR utilities OR \"feed-in\" OR kwh OR household OR households OR residential"
        + " OR internet OR data OR subscription* OR wholesale OR port OR ports OR storage OR parking OR toll OR tolls OR taxi OR fare OR fares OR bus OR transit"
        + " OR rail OR railway* OR freight OR postal OR postage OR parcel OR parcels OR hotel OR room OR rooms OR insurance OR insurer OR insurers"
        + " OR airline OR airlines OR flight OR flights OR ticket OR tickets OR tv OR charging";

    /// <summary>Duties on domestic sales and deeds rather than on imports: stamp duty, fuel and alcohol duty (liquor, whisky,
    /// wine), tobacco, cigar and vaping duty, air passenger duty, gambling duty, a property transfer, mortgage or vehicle
    /// registration duty, death duties. A duty on whisky or cigars that names the country or the imports is read by the
    /// query's trade clauses ("India cuts duty on Scotch whisky"), not by the headline clause these words keep out. One of the
    /// domestic-tax lists, kept apart on purpose (see Facts/DomesticCharges.cs).</summary>
    private const string DomesticDuties =
        "stamp OR fuel OR petrol OR diesel OR alcohol OR beer OR spirits OR cider OR tobacco OR cigarette* OR vape OR vaping OR \"air passenger\" OR gambling OR betting"
        + " OR gaming OR property OR transfer OR inheritance OR estate OR death OR liquor OR whisky OR whiskey OR wine OR cigar* OR registration OR \"motor vehicle\" OR mortgage*";

    /// <summary>What shows that a headline's tariff or duty is on goods: "tariff on" or "duty on" something, a goods word, a
    /// country or bloc, an import or export word. Without one the tariff is as likely a company's price (a power company's,
    /// a phone operator's, a hospital's) and the duty a person's ("suspended from duties", "royal duties").</summary>
    private const string HeadlineTradeCue =
        "\"tariff on\" OR \"tariffs on\" OR \"duty on\" OR \"duties on\" OR @countries OR @blocs OR import* OR export* OR customs OR goods OR products"
        + " OR " + FarmAndFactoryGoods + " OR steel OR aluminium OR aluminum OR copper OR metal* OR autos OR cars OR vehicles OR EV OR EVs OR oil OR oils"
        + " OR machine* OR machinery OR equipment OR devices OR canned OR frozen OR lumber OR timber OR paper OR cement OR fish OR meat OR eggs OR fruit* OR vegetables"
        + " OR motorcycle* OR tyre OR tire OR palm OR edible OR lentil* OR pulses OR diamond* OR gold OR silver OR \"zero duty\""
        + " OR @headline-goods";

    /// <summary>A headline that states a change to a tariff or customs duty on goods, or its rate, which is a tariff story even
    /// when the headline names no trade word and there is no text ("SA raises canned pilchard tariff to 30%", "Cooking oil duty
    /// hiked to 40pc", "Electric motorcycles will pay a 2% tariff", "Onions: 40% CET suspended"; a surcharge on goods counts as
    /// a tariff, not a carrier's or a restaurant's, and a common external tariff (CET) when changed, not beside a rate, where it
    /// is as likely the time zone, nor after a clock time);
    /// not when nothing in it shows goods (<see cref="HeadlineTradeCue"/>), the tariff is the price of a service or
    /// the duty is a domestic one ("Amsterdam raises parking tariff", "Stamp duty cut to 2%").</summary>
    private const string TariffChangeHeadline =
        "(title:((tariff OR tariffs OR duty OR duties OR surcharge OR surcharges) NEAR/4 (" + HeadlineRate + ") OR (tariff OR tariffs OR duty OR duties OR surcharge OR surcharges OR CET OR " + DutyAbbreviations + ") NEAR/4 "
        + ChangeVerbs + ") AND title:(" + HeadlineTradeCue + ")"
        + " NOT title:(((tariff* OR surcharge*) NEAR/3 (" + ServicePrices + ") NOT @tariff-on-parts) OR \"national tariff\" OR (duty OR duties OR surcharge*) NEAR/2 (" + DomesticDuties + ")"
        // a carrier's or a restaurant's surcharge ("Maersk adds 15% peak-season surcharge on furniture cargo"), the time zone
        // after a clock time ("Oil deliveries suspended from 12:00 CET"; a rate before it is the tariff's: "40% CET suspended")
        + " OR surcharge* NEAR/5 (" + CarriersAndCaterers + ") OR ((" + ClockTime + ") NEAR/1 CET NOT (percent OR \"per cent\") NEAR/1 CET)"
        // a duty-free shop's sales or a traveller's allowance
        + " OR \"duty-free\" NEAR/3 (shop OR shops OR shopping OR store OR stores OR retailer* OR sales OR allowance* OR airport* OR travel* OR passenger*)))";

    /// <summary>"Customs" as the duty itself, raised or cut right before its goods (session 22: "Cabinet hikes customs on imported
    /// pickles to 35%"); not the customs office, whose "Customs on high alert as smugglers raise …" names no change beside it.</summary>
    private const string CustomsOnGoods =
        "title:(\"customs on\" NEAR/2 " + ChangeVerbs + " AND (import* OR goods OR products OR @goods OR @countries))";

    /// <summary>A customs duty by the abbreviation a headline gives it, followed by "on" and its goods ("RD on used cars
    /// slashed to 20pc": Pakistan's and Bangladesh's regulatory duty; "SCL on big onions increased": Sri Lanka's special
    /// commodity levy). Not the anti-dumping duty's "ADD", which the matcher cannot tell from the verb ("add on"), nor "CD".</summary>
    private const string DutyAbbreviations = "\"RD on\" OR \"SCL on\"";

    /// <summary>A carrier's, a card's or a restaurant's surcharge, which is a price and no tariff.</summary>
    private const string CarriersAndCaterers =
        "cargo OR carrier OR carriers OR shipping OR shipment* OR container* OR \"peak-season\" OR \"peak season\" OR bunker OR fuel OR restaurant* OR cafe OR cafes"
        + " OR café OR menu OR dishes OR meals OR dining OR card OR cards";

    /// <summary>The minutes of a clock time ("12:00", "18:30") and the words beside an hour, before a time zone such as CET.</summary>
    private const string ClockTime =
        "00 OR 01 OR 02 OR 03 OR 04 OR 05 OR 06 OR 07 OR 08 OR 09 OR 10 OR 11 OR 12 OR 13 OR 14 OR 15 OR 16 OR 17 OR 18 OR 19"
        + " OR 20 OR 21 OR 22 OR 23 OR 24 OR 25 OR 26 OR 27 OR 28 OR 29 OR 30 OR 31 OR 32 OR 33 OR 34 OR 35 OR 36 OR 37 OR 38 OR 39"
        + " OR 40 OR 41 OR 42 OR 43 OR 44 OR 45 OR 46 OR 47 OR 48 OR 49 OR 50 OR 51 OR 52 OR 53 OR 54 OR 55 OR 56 OR 57 OR 58 OR 59 OR am OR pm OR noon OR midnight OR GMT OR UTC";

    /// <summary>A rate as a headline states it beside a tariff word ("a 50% duty", "duty up to 25 percent"); the topic matcher
    /// reads "%" as "percent" at its number's position.</summary>
    private const string HeadlineRate = "percent OR \"per cent\"";

    /// <summary>Goods that tariffs are often named by, beyond metals and cars ("Lower pork tariffs extended to end-2027").</summary>
    private const string FarmAndFactoryGoods =
        "pork OR beef OR poultry OR chicken OR rice OR wheat OR corn OR maize OR soybean* OR sugar OR dairy OR cheese OR cotton OR textile*"
        + " OR apparel OR garments OR tyres OR tires OR seafood OR shrimp OR wine OR whisky OR coffee OR fertiliser* OR fertilizer* OR solar OR semiconductor*"
        // produce, staples and factory goods that headline-only briefs name ("Onions: 40% CET suspended")
        + " OR onion* OR tomato* OR potato* OR garlic OR vegetable* OR flour OR milk OR mutton OR lamb OR cocoa OR tea OR footwear OR shoes OR furniture OR toys"
        // (not chemicals or batteries, which are dumped on beaches and in rivers too: "dumping of chemicals" is no trade remedy)
        + " OR glass OR ceramic* OR tiles OR plywood OR yarn OR fabric* OR bicycles OR scooters OR pharmaceutical*";

    /// <summary>Import words, the context that keeps a look-alike a trade story.</summary>
    private const string Imports = "(import OR imports OR imported OR importing OR customs)";

    /// <summary>A headline of leaders (plural) or of a summit, whose tariff the tariffs query reads as the meeting's background
    /// (relev31): "Nordic-Baltic leaders discuss US tariffs at Pärnu summit", "G7 leaders meet as tariff tensions linger", "APEC
    /// summit ends with silence on tariffs". Not when the headline gives the tariff a rate ("Leaders discuss 25% tariff") — a change
    /// or talks on it anywhere in the item are the query's <see cref="TariffSubject"/> ("Pacific leaders agree to cut tariffs on
    /// fish") — nor business, industry, union or party leaders, who meet on a tariff as its subject.</summary>
    private const string SummitBackgroundTariff =
        "title:(leaders OR summit OR summits) NOT title:((tariff* OR duty OR duties) NEAR/4 (percent OR \"per cent\") OR \"business leaders\" OR \"industry leaders\""
        + " OR \"union leaders\" OR \"party leaders\" OR \"opposition leaders\" OR \"farm leaders\" OR \"community leaders\" OR \"tech leaders\")";

    /// <summary>A meeting recalled as the cause in a tariff headline ("cuts duty on canola after Carney visit"), or named as
    /// the occasion ahead ("cuts duty on cranberries ahead of trade talks").</summary>
    private const string RecalledMeeting = "title:((after OR since OR following OR \"ahead of\" OR before) NEAR/3 (visit OR visits OR summit OR summits OR trip OR talks OR meeting))";

    /// <summary>A trade war between parties to trade: a country, bloc or leader, tariffs, duties, imports or exports, goods
    /// within a sentence of it ("the US-China trade war", "a trade war over steel tariffs"). The words are used for any
    /// rivalry, often in quotation marks ("F1 teams in engineering 'trade war'", "governors in 'trade war' of words", "Premiers'
    /// 'trade war' over nurses", clubs' trade wars over players), which names none of these.</summary>
    private const string TradeWar =
        "((\"trade war\" OR \"trade wars\") NEAR/12 (@countries OR @blocs OR @leaders OR tariff* OR duty OR duties OR import* OR export* OR goods OR @goods OR steel"
        + " OR aluminium OR aluminum)"
        // a headline's trade war is the trade war ("Trade war escalates as markets slump", "Oil falls as trade war deepens"), unless
        // its rivals are people, teams or politicians beside it ("Counties' 'trade war' over overseas players", "Premiers' 'trade
        // war' over nurses", "governors in 'trade war' of words")
        + " OR (title:(\"trade war\" OR \"trade wars\") NOT title:((\"trade war\" OR \"trade wars\") NEAR/6 (" + Rivals + ")))) NOT @sport";

    /// <summary>Rivals of a figurative trade war in a headline: clubs, teams, franchises, counties and their players; staff and
    /// talent poached (nurses, doctors, presenters, engineers); politicians (premiers, governors, parties) and their words.</summary>
    private const string Rivals =
        "clubs OR franchise* OR counties OR player OR players OR bowler* OR batsmen OR transfer OR auction OR signing*"
        + " OR staff OR talent OR nurses OR doctors OR teachers OR presenters OR engineers OR engineering OR poaching OR \"gardening leave\" OR recruit*"
        + " OR premiers OR governors OR mayors OR parties OR words OR IPL OR F1"
        // a game of that name reviewed ("Trade War review: a cutthroat board game about spice merchants")
        + " OR \"board game\" OR \"board games\" OR \"card game\" OR \"video game\" OR tabletop OR boardgame*";

    /// <summary>Leaders on the phone to each other ("discuss tariffs in phone call"), not a phone plan.</summary>
    private const string LeadersCall =
        "(" + PhoneWords + " OR \"phone conversation\" OR \"telephone conversation\") NEAR/8 @leaders";

    /// <summary>Talks about tariffs, named as such, or as talks on a trade agreement between countries ("fifth round of
    /// negotiations on the reciprocal trade agreement", "FTA talks", "India-EU FTA negotiations", "negotiations on an economic
    /// partnership agreement"), with a country, a bloc or a leader named beside them: a club's "trade deal" for a player is no
    /// such agreement.</summary>
    private const string TradeTalks = "\"trade talks\" OR \"trade negotiations\" OR \"tariff talks\" OR \"tariff negotiations\" OR \"trade consultations\""
        + " OR ((\"FTA talks\" OR \"FTA negotiations\" OR \"FTA round\" OR ((FTA OR FTAs) NEAR/2 (@countries OR @blocs)"
        + " OR (trade OR \"free-trade\" OR \"economic partnership\") NEAR/1 (agreement OR agreements OR pact OR pacts OR deal OR deals))"
        + " NEAR/4 " + TalksWords + ") AND (@countries OR @blocs OR @leaders))";

    /// <summary>The words of talks on an agreement. An "FTA" counts before them ("FTA talks", "round of FTA negotiations") or
    /// beside a party ("India-EU FTA", "an FTA with Peru"), not anywhere near: "Freight Transport Association (FTA) in talks with
    /// UK government" is an association's acronym.</summary>
    private const string TalksWords = "(talks OR negotiations OR negotiating OR negotiation OR round)";

    // The verb groups a meeting clause asks for twice (near a leader, and near a country).
    private const string Visiting = "(visit OR visits OR visited OR visiting OR trip)";
    private const string Arriving = "(arrive OR arrives OR arrived OR arriving)";
    private const string Meeting = "(meet OR meets OR met OR meeting OR talks OR hosts OR hosted OR host OR hosting)";
    private const string Negotiating = "(talks OR negotiations OR met OR meet OR meeting)";

    /// <summary>A forum's or bloc's ministers as a body ("AfCFTA Council of Ministers", "ASEAN economic ministers"); the
    /// regional bodies are the catalogue's query-only set @forums ("Mahama attends ECOWAS summit in Abuja").</summary>
    private const string BodysMinisters = "((ministers OR ministerial OR \"council of ministers\") NEAR/4 (@forums OR @blocs))";

    /// <summary>A forum's or bloc's ministers as a body that meets on trade and the economy, named in a summit headline: its
    /// council of ministers, a ministerial, its trade, economic, finance or foreign ministers ("SADC Council of Ministers",
    /// "ASEAN economic ministers"). Its ministers without a portfolio count with a trade cue (<see cref="MinistersTradeCue"/>);
    /// its health, farm or defence ministers do not (<see cref="Portfolios"/>): "EU health ministers agree on tobacco ban".
    /// (<see cref="MeetingHeadline"/> keeps the wider <see cref="BodysMinisters"/>: there it only marks a meeting headline.)</summary>
    private const string BodysTradeMinisters =
        "(\"council of ministers\" OR ministerial OR (trade OR economic OR economy OR finance OR foreign OR commerce OR investment) NEAR/1 ministers) NEAR/4 (@forums OR @blocs)";

    /// <summary>What makes a forum's ministers without a portfolio a trade meeting ("COMESA ministers adopt common external tariff").</summary>
    private const string MinistersTradeCue =
        "trade OR tariff* OR customs OR \"free trade\" OR \"free-trade\" OR \"external tariff\" OR \"common market\" OR \"single market\" OR \"rules of origin\"";

    /// <summary>Ministers' portfolios other than trade, the economy and foreign affairs.</summary>
    private const string Portfolios =
        "health OR agriculture OR agricultural OR fisheries OR defence OR defense OR interior OR justice OR education OR environment OR environmental OR energy"
        + " OR transport OR tourism OR sport OR sports OR culture OR labour OR labor OR employment OR water OR digital OR ICT OR climate OR gender OR youth OR social"
        + " OR housing OR science OR migration OR \"home affairs\"";

    /// <summary>The offices of a head of state or government, as a headline names one without the name.</summary>
    private const string HeadsOfGovernment = "\"prime minister\" OR president OR premier OR chancellor OR PM OR \"head of state\" OR king OR emir";

    /// <summary>Who meets a head of government without being one: unions, farmers, workers, the opposition, a governor or mayor,
    /// a company and its chief, protesters and their delegations.</summary>
    private const string NoGovernment =
        "union OR unions OR farmers OR workers OR striking OR strikers OR doctors OR nurses OR teachers OR students OR opposition OR governor OR governors OR mayor"
        + " OR chief OR CEO OR boss OR executive* OR company OR firm OR billionaire OR tycoon OR investors OR protesters OR activists OR delegation OR lawmakers OR bishops";

    /// <summary>What leaders who meet as a forum do ("gather", "convene", "open a summit", "issue a declaration").</summary>
    private const string LeadersGather =
        "meet OR meets OR met OR meeting OR gather* OR convene* OR summit* OR declaration OR endorse* OR opens OR opened";

    /// <summary>Regions whose leaders meet as a forum ("Pacific leaders meet in Palau", "Caribbean leaders gather").</summary>
    private const string Regions =
        "Pacific OR African OR Caribbean OR Arab OR Gulf OR Nordic OR Baltic OR Balkan OR \"Latin American\" OR \"Central Asian\" OR \"Central American\""
        + " OR \"South American\" OR \"Southeast Asian\" OR \"South Asian\" OR \"West African\" OR \"East African\" OR \"Southern African\"";

    /// <summary>What a meeting of ministers or a forum does in its headline: meets, opens, agrees, adopts, issues a communiqué.</summary>
    private const string MeetingActs =
        "(meet OR meets OR met OR meeting OR meetings OR talks OR gather* OR convene* OR opens OR opened OR session OR communique OR communiqué OR agree OR agrees"
        + " OR agreed OR adopt* OR approve* OR endorse* OR concluded OR concludes)";

    /// <summary>Team sport, where clubs hold "trade talks" and the "two leaders" of a league meet in a "summit clash". Only
    /// words trade copy does not use too: "industry players", "the G7 club" and "a league of nations" are no sport.</summary>
    private const string Sport =
        "MLB OR NBA OR NFL OR NHL OR baseball OR basketball OR football OR soccer OR hockey OR pitcher* OR reliever* OR quarterback* OR striker*"
        + " OR roster OR \"winter meetings\" OR \"trade deadline\" OR \"free agent\" OR \"free agency\""
        // football's leagues and transfers ("Premier League clubs in transfer trade war"); not "transfer" alone, which trade
        // copy uses for technology ("forced technology transfer")
        + " OR \"Premier League\" OR \"La Liga\" OR Bundesliga OR \"Serie A\" OR \"Ligue 1\" OR \"transfer window\" OR \"transfer market\""
        + " OR \"transfer fee\" OR \"transfer fees\" OR \"transfer trade war\"";

    /// <summary>Trade remedies told without a tariff word: a safeguard imposed or extended on goods ("DFT imposes three-year
    /// safeguard on steel beams starting at 21.3%"), a preliminary or final determination on goods from a country ("Preliminary
    /// Determinations: Brake Drums from Mexico"), provisional duties collected as deposits ("China hits Japanese MMA with deposits
    /// of up to 47.5%"), not a bank's deposits nor a school's safeguarding rules.</summary>
    private const string RemedyNotices =
        "((impose OR imposes OR imposed OR imposing OR extends OR extended) NEAR/3 safeguard AND (percent OR \"per cent\" OR @imports))"
        // a determination on goods from a country by a trade remedy's body or words, not a tribunal's on asylum seekers nor a
        // drug regulator's
        + " OR ((preliminary OR final OR affirmative) NEAR/1 (determination OR determinations) AND from NEAR/1 @countries"
        + " AND (dumping OR \"anti-dumping\" OR subsid* OR countervailing OR injury OR \"fair value\" OR safeguard OR duty OR duties OR Commerce OR USITC OR ITC OR DGTR OR MOFCOM"
        + " OR @goods OR steel OR aluminium OR aluminum OR products))"
        // deposits a country hits goods with, or cash or provisional deposits importers are ordered to post (not a housing buyer's
        // or a casino's deposits "in Vietnam")
        // (relev28: preliminary deposits, deposits a country collects — "China sets preliminary deposits on US cyclohexanone")
        // (relev31: the goods named between the verb and "with deposits" — "Beijing hits US, Japanese EPDM rubber with deposits")
        + " OR ((((hit OR hits OR slap OR slaps OR slapped OR impose*) NEAR/4 deposit* OR (hit OR hits OR slap OR slaps OR slapped) NEAR/8 \"with deposits\" OR \"cash deposit*\" OR \"provisional deposit*\" OR importer* NEAR/10 deposit*"
        + " OR \"preliminary deposit\" OR \"preliminary deposits\" OR (collect OR collects OR collected OR collecting) NEAR/2 deposits"
        // (relev33) deposits set, or "of up to" a rate, as a headline puts a provisional duty ("China sets deposits of up to 31.2 pct
        // on Thai acrylic fibre", "Makers brace for deposits of up to 88.4% on Vietnamese bed frames")
        + " OR (set OR sets OR setting) NEAR/1 deposits OR \"deposits of up to\")"
        + " AND deposit* NEAR/5 (percent OR \"per cent\" OR pct) AND @countries)"
        // (relev33: nor a home buyer's or a tenant's deposits "of up to" a share of the price)
        + " NOT (bank OR banks OR banking OR lender* OR savings OR interest OR \"deposit rate\" OR \"deposit rates\" OR deposits NEAR/2 rates"
        + " OR mortgage* OR buyer* OR homebuyer* OR tenant* OR loan* OR housing))"
        // (relev29) securities, as Australia names the provisional duty ("securities of up to 41.7% were imposed on wheelie bins
        // from China"), not the bonds and shares investors or banks hold
        + " OR ((\"dumping securities\" OR \"provisional securities\" OR impose* NEAR/8 securities) AND securities NEAR/5 (percent OR \"per cent\")"
        + " AND from NEAR/1 @countries NOT (investor* OR bond OR bonds OR stock OR stocks OR shares OR equities OR fraud OR broker* OR \"stock exchange\" OR bank OR banks))";

    /// <summary>A national budget's list of goods that cost more or less, which is its customs duties ("Budget 2028: What gets
    /// costlier - smart meters, walnuts", "Budget: Imported eggs, cooking oil to cost more"); not a household's budget, a budget
    /// airline nor excise on fuel, alcohol or tobacco ("Budget: cigarettes, petrol to cost more").</summary>
    private const string BudgetCosts =
        "title:(budget NEAR/6 (costlier OR dearer OR \"cost more\" OR \"costs more\" OR \"more expensive\" OR cheaper OR \"cost less\"))"
        + " NOT title:(household* OR family OR families OR shopper* OR airline* OR flight* OR hotel* OR travel* OR holiday* OR council OR student* OR " + DomesticDuties
        // a budget's taxes on people and prices of services: income tax, salaries, pensions, fares, prescriptions
        + " OR taxpayer* OR salaried OR salary OR salaries OR \"income tax\" OR pension* OR fares OR fare OR prescription* OR rent OR rents)"
        + " NOT ((\"income tax\" OR taxpayer* OR salaried OR \"tax slab\" OR \"tax slabs\") NOT (customs OR import* OR duty OR duties OR tariff*))";

    /// <summary>What keeps a headline's duty or tariff off goods: a domestic duty (stamp, fuel, alcohol) or the price of a service.</summary>
    private const string NotGoodsHeadline =
        "title:((duty OR duties) NEAR/2 (" + DomesticDuties + ") OR ((tariff* OR surcharge*) NEAR/3 (" + ServicePrices + ") NOT @tariff-on-parts))";

    /// <summary>A national budget's customs duties: a headline that names the budget beside a duty or tariff ("Budget 2029: Duty
    /// relief for fisherfolk, loggers", "Budget: duty on ketchup, mayonnaise rises to 25%"; <see cref="BudgetHeadlineDuty"/>, read
    /// with the other headline clauses in <see cref="GoodsDutyHeadlines"/>), or a text that tells a "duty on" goods the budget
    /// announced ("removal of the 20% duty on outboard engines announced in Budget 2029"), or a budget headline over duties
    /// changed to a rate (relev27); not stamp, fuel or alcohol duty, nor excise (the query keeps excise out), nor a power tariff.
    /// The three clauses share the domestic duties' NOT, read once (relev32; it stood after each).</summary>
    private const string BudgetDuties =
        "((\"duty on\" OR \"duties on\") NEAR/10 (budget OR \"finance bill\" OR \"finance act\")"
        // (relev27) a budget headline over lines that each change a duty to a rate, as a live blog or a brief lists them ("LIVE:
        // Budget speech" over "2:10pm: Solar water heater duty goes to 5%"; "Smoked fish duty raised to 30 per cent in budget"),
        // the budget too far from the duty for the headline clause; not when a domestic duty or excise is among the lines
        // (relev28: or a "duty on" goods changed further on, "Duty on impact windows and impact doors down to 5%")
        + " OR ((title:budget AND (duty OR duties) NEAR/6 (percent OR \"per cent\") AND ((duty OR duties) NEAR/3 (" + ChangeVerbs + " OR goes OR go OR up OR down)"
        + " OR (\"duty on\" OR \"duties on\") NEAR/8 (" + ChangeVerbs + " OR goes OR go OR up OR down)))"
        // (relev30) or over lines that each name a duty changed without a rate ("Budget 2033 live: 10:20 Bicycle helmets duty
        // removed. 10:35 Yarn duty to rise."); not a domestic duty or excise among them
        // (relev31: or "duty on" goods, the goods between the duty and its change — "Duty on fishing lures removed. Duty on fruit cordials up.")
        + " OR (title:budget AND ((duty OR duties) NEAR/2 " + BudgetLineChanges + " OR (\"duty on\" OR \"duties on\") NEAR/6 " + BudgetLineChanges + ")))"
        + " NOT excise)"
        + " NOT (duty OR duties) NEAR/2 (" + DomesticDuties + ")";

    /// <summary>A budget headline beside a duty or tariff (<see cref="BudgetDuties"/>), which <see cref="GoodsDutyHeadlines"/> reads.</summary>
    private const string BudgetHeadlineDuty = "title:(budget* NEAR/5 (duty OR duties OR \"duty-free\" OR tariff OR tariffs))";

    /// <summary>How a budget's line states a duty changed without a rate (<see cref="BudgetDuties"/>).</summary>
    private const string BudgetLineChanges =
        "(removed OR remove OR scrapped OR abolished OR cut OR cuts OR raised OR rise OR rises OR increased OR reduced OR lowered OR waived OR hiked OR fall OR falls"
        + " OR up OR down OR lifted)";

    /// <summary>A headline's duty or tariff "on" goods, raised, cut, suspended or given a rate further on than the change
    /// headline's four words reach ("Duty on school shoes, bags to be suspended from April", "Tariffs on Asian plastic kitchenware
    /// and umbrellas rise to up to 35%"); not a domestic duty or a service's price ("stamp duty on homes cut").</summary>
    private const string DutyOnGoodsHeadline =
        "title:((\"duty on\" OR \"duties on\" OR \"tariff on\" OR \"tariffs on\") NEAR/8 (" + ChangeVerbs
        + " OR percent OR \"per cent\" OR rise OR rises OR rose OR up OR down OR falls OR fell))";

    /// <summary>A headline's duty or tariff changed "on" goods, the verb between them (relev24): "Drought relief: duty removed on
    /// water cisterns", "Tariffs lifted on Kenyan avocados", "Duty cut on school buses"; not a domestic duty or a service's price
    /// ("Stamp duty cut on first homes", "Power tariff raised on big users").</summary>
    private const string DutyChangedOnHeadline =
        "title:((duty OR duties OR tariff OR tariffs) NEAR/2 on AND (duty OR duties OR tariff OR tariffs) NEAR/1 " + ChangeVerbs + ")";

    /// <summary>The headline clauses that share one NOT, a domestic duty or a service's price (<see cref="NotGoodsHeadline"/>):
    /// a duty on goods changed or given a rate (<see cref="DutyOnGoodsHeadline"/>, <see cref="DutyChangedOnHeadline"/>) and a
    /// budget's duty (<see cref="BudgetHeadlineDuty"/>). (relev32) "(A NOT N) OR (B NOT N) OR (C NOT N)" is "(A OR B OR C) NOT N":
    /// the NOT, 1,100 characters of named lists with the parts it reads, stood after each, and the tariffs query needed the room.</summary>
    private const string GoodsDutyHeadlines =
        "(" + DutyOnGoodsHeadline + " OR " + DutyChangedOnHeadline + " OR " + BudgetHeadlineDuty + " OR " + DutyChangedToRate + ") NOT " + NotGoodsHeadline;

    /// <summary>A headline's duty changed to a rate, both told, whatever goods it names (relev32): "Ready meals duty to rise to 20
    /// percent" — the change and the rate make it a customs duty where the goods are in no list; a domestic duty or a service's
    /// price is kept out with the others (<see cref="GoodsDutyHeadlines"/>), excise by the query, and duty-free sales here.</summary>
    private const string DutyChangedToRate =
        "title:((duty OR duties) NEAR/2 (" + ChangeVerbs + " OR rise OR rises OR rose OR goes OR go OR up OR down) AND (duty OR duties) NEAR/6 (percent OR \"per cent\")"
        + " NOT \"duty-free\")";

    /// <summary>A "trade tax" on goods, which some countries call their import duty (relev24: Seychelles), raised, cut or given a
    /// rate in the headline ("Trade tax on plastic bottles raised to 50 percent"); not the German municipal trade tax on a
    /// business's profits (Gewerbesteuer).</summary>
    private const string TradeTaxOnGoods =
        "title:((\"trade tax on\" OR \"trade taxes on\") NEAR/8 (" + ChangeVerbs + " OR percent OR \"per cent\" OR rise OR rises OR up OR down))"
        + " NOT (profit* OR income OR business OR businesses OR municipal* OR companies OR firms OR earnings OR Gewerbesteuer OR Hebesatz)";

    /// <summary>Goods made duty-free, as a headline says it ("Solar panels, inverters now duty-free", "EVs now duty-free in
    /// Seychelles"); (relev34) or goods no list names that are "now" or "become" duty-free ("Induction cookstoves now duty-free"):
    /// a shop or an allowance is not made duty-free; not a duty-free shop, a traveller's allowance or a duty-free retailer's sales or
    /// awards.</summary>
    private const string DutyFreeGoods =
        "title:(\"duty-free\" AND (" + HeadlineTradeCue + " OR \"now duty-free\" OR \"to be duty-free\" OR \"become duty-free\" OR \"becomes duty-free\""
        + " OR \"go duty-free\" OR \"goes duty-free\" OR \"made duty-free\")) NOT title:(\"duty-free\" NEAR/3 (shop OR shops OR shopping OR store OR stores OR retailer* OR retail"
        + " OR sales OR allowance* OR airport* OR travel* OR passenger* OR award* OR operator* OR concession* OR outlet*))";

    /// <summary>A headline's levy on goods raised or cut to an amount in rupees or per kilo (relev34): Sri Lanka's special commodity
    /// levy as briefs shorten it ("Lentil levy cut to Rs. 12 per kg in Budget", "Sardine levy raised to Rs. 90"); not a fuel or
    /// petroleum levy per litre, nor a departure, passenger, tourist or power levy.</summary>
    private const string LevyToAmount =
        "title:((levy OR levies) NEAR/4 (raised OR increased OR hiked OR cut OR reduced OR lowered OR slashed OR up OR down) NEAR/6 (Rs OR rupees OR \"per kg\""
        + " OR \"per kilo\" OR \"a kg\") NOT (petroleum OR fuel OR petrol OR diesel OR litre OR liter OR litres OR liters OR departure OR passenger* OR tourist*"
        + " OR visitor* OR electricity OR power))";

    /// <summary>Mexico's anti-dumping duty, the compensatory quota, charged per kilo on goods from a country ("Economía sets
    /// quotas of up to 2.08 dollars per kilo on Chinese hydraulic jacks", "cuota compensatoria de hasta 3.48 dólares por kilo");
    /// an import quota is counted in tonnes, not priced per kilo.</summary>
    private const string CompensatoryQuotas =
        "(\"compensatory quota\" OR \"compensatory quotas\" OR \"cuota compensatoria\" OR \"cuotas compensatorias\""
        + " OR (quota OR quotas OR cuota OR cuotas) NEAR/8 (\"per kilo\" OR \"per kilogram\" OR \"por kilo\" OR \"por kilogramo\"))"
        + " AND (@countries OR import* OR importacion*)"
        // (relev24) the Spanish name with its amount, whose origin is a Spanish demonym the catalogue does not read ("cuotas
        // compensatorias de hasta 2.47 dólares por kilo a bisagras de acero chinas")
        + " OR ((\"cuota compensatoria\" OR \"cuotas compensatorias\") AND (dolares OR \"por kilo\" OR \"por ciento\" OR percent OR antidumping OR dumping))"
        // (relev27) the quota by its amount alone, in dollars per kilo, as a headline-only brief shortens it ("Cuotas de hasta 0.85
        // dólares por kilo a candados chinos"); (relev28) or per piece, pair, unit, dozen or tonne, and a Spanish duty ("derecho")
        // by its amount per unit ("Derecho de US$0.95 por kilo a brochas chinas"; "US$" reads "usa"); not a courier's or an
        // airline's charge per kilo of baggage or freight, nor a port's or an airport's charge per tonne
        // (relev34) or goods that "will pay" an amount per unit with no duty word ("Ollas de aluminio chinas pagarán 1.62 dólares por
        // kilo"), not a household's fee per kilo of waste
        + " OR ((cuota OR cuotas OR derecho OR derechos OR antidumping OR pagaran OR pagara) NEAR/8 (\"por kilo\" OR \"por kilogramo\" OR \"por pieza\" OR \"por piezas\""
        + " OR \"por unidad\" OR \"por par\" OR \"por docena\" OR \"por tonelada\" OR \"por metro\") AND (dolares OR dolar OR usa OR usd)"
        + " NOT (equipaje OR envio OR envios OR paqueteria OR flete OR aterrizaje OR portuario* OR atraque OR basura OR residuos))";

    /// <summary>Heads of state or government, and the verbs of their meeting, read by the summits query twice: near each other, and
    /// further apart when a forum or bloc is named (relev24).</summary>
    private const string HeadsOf = "(\"heads of state\" OR \"heads of government\")";
    private const string HeadsMeet = "(meet OR meets OR met OR meeting OR gather* OR convene* OR adopt* OR declaration)";

    /// <summary>The foreign words for a summit that <see cref="ForeignSummitWords"/> reads beside leaders and, without the
    /// Scandinavian ones, beside a declaration.</summary>
    private const string RomanceGermanSummitWords = "cumbre OR cumbres OR cupula OR cimeira OR sommet OR sommets OR Gipfel* OR vertice OR vertici";

    /// <summary>A country's head of state or government named by office ("Mauritian PM", "Kenyan president"), which
    /// <see cref="OfficeVisit"/> reads visiting and travelling.</summary>
    private const string CountryOffice = "(@countries NEAR/2 (president OR PM OR \"prime minister\" OR premier OR chancellor OR king OR emir))";

    /// <summary>Two countries (or a bloc) signing a trade agreement, as a headline names it ("Thailand and Chile sign protocol
    /// upgrading Free Trade Agreement", "India, Chile sign CEPA during Chilean President's visit"): a signing is a meeting of the
    /// two governments when a leader is there (named, or by office: "in the presence of the Prime Minister"); ministers who sign a
    /// deal on their own are no summit ("Thailand signs trade deal with US", signed by the commerce minister), nor is one country's
    /// signature alone ("Trump signs order on trade deals").</summary>
    private const string AgreementSigned =
        "(title:((sign OR signs OR signed OR signing) NEAR/4 (FTA OR FTAs OR CEPA OR \"free trade agreement\" OR \"free-trade agreement\" OR \"trade agreement\""
        + " OR \"trade pact\" OR \"trade deal\" OR \"economic partnership\" OR \"partnership agreement\") AND (@countries OR @blocs) NEAR/3 (@countries OR @blocs)))"
        + " AND (@leaders OR \"prime minister\" OR president OR \"heads of state\" OR \"head of state\" OR premier OR chancellor"
        // (relev34) or signed at a summit or during a state visit, where the heads are ("EU and Chile sign trade pact at Lisbon summit")
        + " OR summit OR \"state visit\")"
        // (relev26) a free trade or economic partnership agreement by its name, which governments sign at a ceremony of their
        // heads, needs no leader named: the headline-only copy says no more ("Uzbekistan, Korea sign EPA; 15% car duty to be phased
        // out"); a "trade deal" or "trade agreement" is as often signed by trade officials alone ("Thailand signs trade deal with US")
        + " OR title:((sign OR signs OR signed OR signing) NEAR/4 (FTA OR FTAs OR CEPA OR EPA OR \"free trade agreement\" OR \"free-trade agreement\""
        + " OR \"economic partnership agreement\") AND (@countries OR @blocs) NEAR/3 (@countries OR @blocs))"
        // (relev30) or signed "with" one country, the other the outlet's own, in English, French, Spanish, Portuguese or Italian
        // ("Free trade agreement signed with Peru", "Accord de libre-échange signé avec le Vietnam"); not "EPA" alone, which signs
        // with a country as the US environment agency too ("EPA signs agreement with Canada on vehicle emissions")
        + " OR title:((FTA OR FTAs OR CEPA OR \"free trade agreement\" OR \"free-trade agreement\" OR \"economic partnership agreement\""
        + " OR \"accord de libre-echange\" OR \"accord de libre echange\" OR \"tratado de libre comercio\" OR \"acuerdo de libre comercio\" OR \"acordo de livre comercio\""
        + " OR \"accordo di libero scambio\") NEAR/4 (sign OR signs OR signed OR signing OR signe OR signee OR signent OR firman OR firmado OR firma OR assinado OR assinam"
        + " OR assinou OR firmato) AND (with OR avec OR con OR com) NEAR/2 @countries)"
        // (relev31) or signed by two parties, as a plural verb in the headline's language says ("Panamá y Corea firman TLC", "Srbija i
        // Malezija potpisale sporazum o slobodnoj trgovini"): the two need not be named in English
        + " OR title:((firman OR firmaron OR signent OR assinam OR assinaram OR firmano OR potpisale OR potpisali) NEAR/4 (TLC OR \"tratado de libre comercio\""
        + " OR \"acuerdo de libre comercio\" OR \"accord de libre-echange\" OR \"accord de libre echange\" OR \"acordo de livre comercio\" OR \"accordo di libero scambio\""
        + " OR \"sporazum o slobodnoj trgovini\"))";

    /// <summary>A headline left in its language: the Portuguese, Spanish, French, German and Italian words for an import duty
    /// (diacritics are dropped: "importação" reads "importacao", "Zölle" "zolle"); not the German "Zoll" alone, which is an inch
    /// and the customs office too.</summary>
    private const string ForeignDutyWords =
        "\"imposto de importacao\" OR \"impostos de importacao\" OR \"tarifa de importacao\" OR arancel OR aranceles OR arancelario* OR \"derechos de importacion\""
        + " OR \"droits de douane\" OR \"droit de douane\" OR Einfuhrzoll* OR Importzoll* OR Strafzoll* OR Schutzzoll* OR Zolle OR Zollsatz* OR dazi OR dazio"
        // (session 22) the French customs tariffs, the German tariff dispute, war and rises, the Dutch import duties and levies, the
        // Nordic duty in its definite and compound forms ("Tollen på importerte roser økes"; not the bare "toll" or "told", which
        // are English words), Brazil's "tarifaço"
        + " OR \"tarifs douaniers\" OR \"taxes douanieres\" OR Zollstreit* OR Zollkrieg* OR Zollerhohung* OR Zollsenkung* OR Zollpolitik"
        + " OR invoerrecht* OR invoerheffing* OR importheffing* OR douanerecht* OR tollen OR tollsats* OR straffetoll* OR tollkrig* OR tullar OR tullarna OR tullen"
        + " OR tullsats* OR strafftull* OR tolden OR toldsats* OR straftold* OR tarifaco"
        // (relev23) the French, Spanish and Portuguese import duty and the Indonesian import and export duty ("droit d'importation
        // sur les seaux porté à 40%", "imposto de importação", "bea masuk safeguard"); not "droit d'asile", "imposto de renda", "beasiswa"
        + " OR \"droit d'importation\" OR \"droits d'importation\" OR \"derecho de importacion\" OR \"derechos de importacion\""
        + " OR \"imposto de importacao\" OR \"bea masuk\" OR \"bea keluar\""
        // (relev24) the Portuguese and Spanish customs duties, and "direitos" paid at a rate ("Membranas pagarão 5% de direitos";
        // not "direitos humanos", which name no rate nor payment); the Ukrainian customs duty and the Ukrainian and Russian
        // anti-dumping duty and import duties ("антидемпінгове мито", "ввозные пошлины"), not the Russian state fee alone
        + " OR \"direitos aduaneiros\" OR \"direitos de importacao\" OR \"direito de importacao\" OR \"direitos alfandegarios\" OR \"derechos aduaneros\""
        // (relev31) and in the singular ("isentas de direito aduaneiro")
        + " OR \"direito aduaneiro\" OR \"direito alfandegario\" OR \"derecho aduanero\""
        + " OR ((direitos OR direito) NEAR/2 (percent OR \"por cento\") AND (pagar OR pagara OR pagarao OR paga OR pagam OR pagarem OR sobem OR sobe OR baixam"
        + " OR baixa OR reduz OR reduzidos OR aumentam OR aumenta))"
        // (relev30) or its rate "on" goods ("Direito de 12% sobre geleiras suprimido", "derechos del 20% sobre el calzado"): a right
        // or a law names no rate right before "sobre"
        + " OR (direito OR direitos OR derecho OR derechos) NEAR/3 (percent NEAR/1 sobre)"
        // (relev31) the French duty "de" a rate "sur" goods ("le droit de 25% sur les bidons"); a right "à" a discount names none
        + " OR (\"droit de\" OR \"droits de\") NEAR/2 (percent NEAR/1 sur)"
        + " OR мито OR мита OR антидемпінгов* OR антидемпингов* OR \"таможенная пошлина\" OR \"таможенные пошлины\" OR \"ввозная пошлина\""
        + " OR \"ввозные пошлины\" OR \"импортные пошлины\""
        // the Spanish surcharge on goods from a country or on imports ("recomienda sobretasa a la harina de trigo argentina"),
        // not a fuel surcharge nor an interest premium ("sobretasa a la gasolina", "sobretasa de interés")
        + " OR ((sobretasa OR sobretasas OR sobretaxa OR sobretaxas) NEAR/8 (@countries OR importacion OR importaciones OR antidumping OR antidistorsiones OR arancel*)"
        + " NOT (gasolina OR combustible* OR interes))"
        // (relev27) the Serbian, Croatian, Bosnian and Montenegrin customs duty "on" goods and the import duty ("Carina na uvozne
        // bicikle pada na 5 odsto", "uvozne carine na čelik"); not "Carina" alone, a name, a car and a constellation
        + " OR \"carina na\" OR \"carine na\" OR \"carinu na\" OR \"uvozna carina\" OR \"uvozne carine\" OR \"uvoznu carinu\" OR \"carinska stopa\" OR \"carinske stope\""
        // (relev28) the Turkish customs, anti-dumping and import duty ("Çin menşeli ... damping vergisi"); the Icelandic duties
        // ("Tollar á ... lækka í 15%"; the Nordic definite forms above); the Macedonian customs duty in Cyrillic ("царинската
        // давачка за ..."), not the customs office ("Царинска управа"); Indonesia's safeguard and anti-dumping duties by their
        // abbreviations (BMTP, BMAD; "bea masuk" above)
        + " OR \"gumruk vergisi\" OR \"gumruk vergileri\" OR \"gumruk vergisini\" OR \"ek gumruk\" OR \"damping vergisi\" OR \"antidamping vergisi\""
        + " OR \"ithalat vergisi\" OR tollar OR tollur OR tollum OR tollarnir"
        + " OR \"царинска давачка\" OR \"царинската давачка\" OR \"царински давачки\" OR \"царинските давачки\" OR \"царина на\" OR \"царината на\""
        + " OR \"царинска стапка\" OR \"царинските стапки\" OR \"увозна царина\" OR \"увозната царина\" OR BMTP OR BMAD"
        // (relev31) the Macedonian duty "for" imports or goods ("Царината за увоз на …"; the customs office is "Управата за царини"),
        // Indonesia's safeguard and anti-dumping duty without "masuk" ("kena bea safeguard"), and a Turkish tax on goods of a named
        // origin ("İspanya ve İtalya menşeli … vergi": "menşeli", of origin, is the remedy's word, not a domestic tax's)
        + " OR \"царина за\" OR \"царината за\" OR \"царини за\" OR \"царините за\" OR \"bea safeguard\" OR \"bea antidumping\" OR \"bea imbalan\""
        + " OR (menseli NEAR/12 (vergi OR vergisi OR vergiler OR vergileri) NOT (OTV OR KDV))"
        // (relev28) the French duties as a rate on imported goods ("Les carreaux importés passent à 25% de droits"), not voting
        // rights, copyright, or inheritance or registration duties
        // (relev29) the German, Dutch and Nordic anti-dumping, countervailing, retaliatory and additional duties as one compound
        // word ("vorläufige Antidumpingzölle auf Tischtennisplatten"; "antidumping" alone is read as a word of its own)
        + " OR Antidumpingzoll* OR Antisubventionszoll* OR Ausgleichszoll* OR Vergeltungszoll* OR Gegenzoll* OR Zusatzzoll*"
        + " OR antidumpingrecht* OR antidumpingheffing* OR antidumpingtoll* OR antidumpingtold* OR antidumpningstull*"
        + " OR ((\"percent de droits\" OR \"pour cent de droits\") AND (importe OR importes OR importee OR importees OR importation* OR importateur* OR douane*)"
        + " NOT (\"droits de vote\" OR \"droits d'auteur\" OR \"droits de succession\" OR \"droits d'enregistrement\" OR \"droits de diffusion\"))";

    /// <summary>Trade-policy sense only: a tariff word near trade context, never a phone plan, a power bill, a dive score,
    /// a prison term or an excise tax; "duty" only as a customs duty. Trade remedies count without the word "tariff"
    /// (anti-dumping, countervailing or CVD, a safeguard duty, a duty per tonne or on a quota, a customs union's external
    /// tariff). A meeting or trade-figures story that only mentions a tariff in passing is not a tariff story
    /// (docs/quality.md, "Session 8: relevance"). (relev34) Two countries signing a trade agreement is a tariff story on every
    /// dev set (41 headlines, all labelled tariffs): it is read after the NOTs, which would read the signing "during a state visit" as
    /// a meeting whose tariff is background.</summary>
    public const string TariffsQuery =
        // a "trade war" between football clubs over transfers is sport
        "((@trade-war OR \"anti-dumping\" OR antidumping OR \"anti-subsidy\" OR countervailing OR safeguard NEAR/3 (duty OR duties OR tariff*)"
        // a safeguard measure on imports, an ad valorem duty
        + " OR (safeguard NEAR/3 (measure OR measures) AND @imports)"
        // a safeguard named as the trade remedy it is, without a duty word ("a provisional safeguard of 18.5% on boxes")
        + " OR \"provisional safeguard*\" OR \"definitive safeguard*\" OR \"safeguard investigation*\" OR \"safeguard probe\""
        // a finding of dumping, not waste dumped in a river: a trade remedy's own words, or an inquiry or decision with a trade cue
        // (imports, exporters, goods from a country, goods words) — "dumping of chemicals on a beach" is probed too
        + " OR (dumping NEAR/3 (determination* OR margin* OR duty OR duties OR petition)"
        + " OR (dumping NEAR/3 (investigation* OR probe OR inquiry OR ruling OR decision OR complaint OR finding* OR @remedy-cases) AND (import* OR export* OR producer* OR \"normal value\" OR from NEAR/1 @countries OR tube OR tubes OR pipe OR pipes OR @goods OR steel OR aluminium OR aluminum OR copper OR products))"
        + " NOT (waste OR rubbish OR garbage OR trash OR toxic OR sewage OR illegal OR \"fly-tipping\" OR landfill OR body OR bodies OR river OR sea OR \"dumping shares\" OR \"dumping stocks\"))"
        + " OR @tariff-change-headline OR \"ad valorem\" NEAR/3 (duty OR duties OR tariff*)"
        + " OR \"import dut*\" OR \"customs dut*\" OR \"punitive duties\" OR surtax*"
        + " OR \"import tax*\" OR \"import tariff*\" OR \"external tariff*\" OR \"customs tax*\" OR \"customs tariff*\""
        + " OR \"duty-free\" NEAR/3 @imports OR (title:(\"trade talks\" OR \"trade negotiations\") NOT @sport)"
        // a duty with its rate on imports ("the infant industry protection duty of 35% on cement imports"), as "duties" is read
        // below; not a person's duty to report imports
        + " OR (duty NEAR/3 (percent OR \"per cent\")) NEAR/6 (imports OR imported OR importation)"
        + " OR @remedy-notices OR @budget-costs OR @foreign-duty-words OR @customs-on-goods"
        // (relev24) an import adjustment tax (ECOWAS members' IAT), a trade tax on goods
        + " OR \"import adjustment tax*\" OR @trade-tax-on-goods"
        // (relev25) a regulatory duty, a trade remedy and its authorities, a duty per tonne on a country's goods, trade consultations
        + " OR @remedy-terms OR (title:(\"trade consultations\") NOT @sport)"
        // (relev24) dumping deposits ("Commerce sets preliminary dumping deposits of up to 212%"), not waste dumped
        + " OR (dumping NEAR/3 (deposit OR deposits) NOT (waste OR rubbish OR garbage OR trash OR toxic OR sewage OR illegal OR \"fly-tipping\" OR landfill OR river OR sea))"
        // (session 21) a compensatory quota per kilo, a budget's duties, goods made duty-free, Korea's adjustment tariffs
        + " OR @compensatory-quotas OR @budget-duties OR @duty-free-goods OR \"adjustment tariff*\""
        // a headline's duty on goods changed or at a rate ("Duty on school shoes to be suspended"; relev24: changed "on" goods,
        // "Tariffs lifted on Kenyan avocados"), a budget's (<see cref="GoodsDutyHeadlines"/>)
        + " OR @goods-duty-headlines"
        // (relev34) a levy on goods changed to an amount in rupees or per kilo (<see cref="LevyToAmount"/>)
        + " OR @levy-to-amount"
        // (relev23) a tariff suspension, the scheme's own name ("welcome tariff suspensions on quinoa"), not a player's
        + " OR ((\"tariff suspension*\" OR \"duty suspension*\" OR \"suspension of the tariff*\") NOT @sport)"
        // a countervailing duty by its abbreviation, not cardiovascular disease
        + " OR (CVD NEAR/6 (Commerce OR duty OR duties OR deposit* OR dumping OR @countries) NOT (cardiovascular OR heart OR patient* OR disease*))"
        + " OR ((tariff* OR levy OR levies OR surcharge* OR \"duties on\" OR \"duty on\") NEAR/8 (import* OR export* OR trade OR goods OR steel OR aluminium OR aluminum"
        + " OR autos OR automobiles OR vehicles OR EVs OR canola OR lumber OR products OR retaliat* OR countermeasure* OR reciprocal OR abroad OR foreign OR overseas OR customs"
        + " OR @countries OR @blocs OR @leaders))"
        // a tariff named by its goods, close by; a levy on coffee cups or an insurance tariff for cars is no such tariff
        + " OR tariff* NEAR/4 @goods"
        // a rate charged on another country's goods without a tariff word ("to charge 50% on Colombian goods")
        + " OR (((charge OR charges OR charging OR slap OR slaps OR slapped) NEAR/4 (goods OR imports)) NEAR/3 @countries NOT (fee OR fees))"
        + " OR duties NEAR/5 (@countries OR @blocs OR imports OR goods OR steel OR vehicles OR EVs OR retaliat* OR countermeasure*)"
        + " OR (duty OR duties) NEAR/4 (\"per tonne\" OR \"a tonne\" OR \"per ton\" OR \"a ton\" OR \"per metric ton\" OR quota OR quotas)"
        // a tariff-rate quota's two rates ("15% in-quota, 25% out-quota") name no tariff word
        // the two rates of a quota in words ("rice above the quota will attract 35%"), on imports, not a fishing quota
        + " OR ((\"within the quota\" OR \"above the quota\" OR \"outside the quota\" OR \"over the quota\" OR \"beyond the quota\") AND (import OR imports OR imported OR importing OR \"customs dut*\"))"
        + " OR \"in-quota\" OR \"out-quota\" OR \"out-of-quota\" OR \"above-quota\" OR \"over-quota\" OR \"tariff-rate quota*\" OR \"tariff rate quota*\""
        // a customs duty waived or falling on parcels ("declines to extend duty waiver on wheat, maize imports")
        + " OR (duty OR duties) NEAR/4 (waiver OR waivers OR parcel OR parcels OR \"de minimis\" OR \"low-value\")"
        + " OR \"de minimis\" NEAR/8 (parcel* OR shipment* OR package* OR import* OR customs OR duty OR duties OR tariff*)"
        // the goods a country would tax in retaliation, listed ("extended its freeze on the retaliation list")
        + " OR \"retaliation list*\" OR \"retaliatory list*\" OR \"countermeasures list*\" OR \"list of countermeasures\")"
        // a household's, data's or minimum tariff is a power bill or a statistic as often as a tariff on goods: any trade word in
        // the item keeps it ("Tariffs cost US households $1,800 … most of which are imported", "Tariff data show … customs receipts")
        + " NOT (tariff* NEAR/3 (household OR households OR data OR minimum) NOT (import* OR exports OR exported OR exporting OR exporter OR exporters OR customs OR \"trade war\" OR @blocs OR \"tariff on\" OR \"tariffs on\"))"
        + " NOT ((tariff* NEAR/3 (electricity OR energy OR gas OR water OR heat OR heating OR utility OR utilities OR \"feed-in\" OR kwh OR kilowatt*"
        // (a phone plan's words and a dive's or routine's difficulty are excluded on their own below)
        + " OR sentence OR sentencing OR hotel OR room OR rooms OR taxi OR fare*"
        // the price of a public service: postage, parcels, tolls
        + " OR postal OR postage OR parcel OR parcels OR toll OR tolls OR motorway* OR bridge OR bridges"
        // and of carrying goods: a railway's freight tariff is no tariff on them
        + " OR freight OR rail OR railway OR railways"
        // and what a co-operative pays its members or growers for their milk or green leaf
        + " OR members OR cooperative OR co-operative OR co-op OR \"green leaf\" OR farmgate OR \"farm-gate\""
        // a utility's or an airport's customers and units: "per cubic meter tariff hike", "landing and parking tariffs"
        + " OR cubic OR landing OR aeronautical OR airport OR airports OR concessionaire*)"
        // a levy on people rather than goods: residents, expatriates and their dependants, motorists, tourists
        + " OR (levy OR levies) NEAR/4 (dependant* OR dependent* OR expat* OR resident* OR motorist* OR driver* OR tourist* OR visitor*))"
        // ("export" alone rescues none: a solar household's export tariff is what the grid pays it)
        // the trade word must stand by a tariff: "pay for imports from Mozambique" two sentences after a power tariff rescues none
        // a tariff on a country's goods and a "duty on" goods are trade words too ("US tariff on Fijian goods", "lifts its duty on garments")
        + " NOT ((tariff* OR levy OR levies OR duty OR duties) NEAR/8 (import* OR exports OR exported OR exporting OR exporter OR exporters OR customs OR \"trade war\" OR @blocs)"
        + " OR (\"tariff on\" OR \"tariffs on\") NEAR/2 (@countries OR goods OR products) OR \"duty on\" OR \"duties on\" OR @tariff-on-parts))"
        + " NOT (excise NOT (import* OR customs OR tariff*))"
        // the difficulty of a dive or a routine, even at a "European" championship (a bloc's name does not make it trade)
        + " NOT (tariff* NEAR/4 (diving OR dive OR dives OR diver OR divers OR trampoline OR gymnast* OR gymnastics OR routine OR routines OR somersault* OR springboard"
        + " OR platform OR difficulty) NOT (import* OR export* OR customs OR \"trade war\"))"
        // (relev25) a gymnast's, tumbler's or trampolinist's tariff, told anywhere in the item ("a final pass with a tariff of 9.6")
        + " NOT ((gymnast OR gymnasts OR gymnastics OR trampolin*) NOT (import* OR export* OR customs OR \"trade war\"))"
        // "duty" as an obligation or a person's duties (session 22: a named list, <see cref="DutyAsObligation"/>)
        + " NOT @duty-as-obligation"
        // (relev23) a fare for a bus, trolleybus, tram, metro or ferry called a tariff (<see cref="TransportFares"/>)
        + " NOT @transport-fares"
        // (relev29) a museum's, a ticket's, a port's or a power company's tariff (<see cref="ServiceCharges"/>)
        + " NOT @service-charges"
        // (relev30) a tariff whose only trade cue is a city's or a country's name: a sauna's, a bath's, a car park's (<see cref="PlaceOnlyTariff"/>)
        + " NOT @place-only-tariff"
        // a phone plan is no trade story even when it names the EU
        // (but leaders who talk tariffs by phone are talking trade: "Ramaphosa and Trump discuss tariffs in phone call"; relev27: so
        // are heads named by office, "PM, Japanese Premier discuss rice tariff by phone")
        + " NOT (tariff* NEAR/3 (roaming OR mobile OR broadband OR prepaid OR phone OR telecom*) NOT (import* OR export* OR customs OR @leaders-call OR @tariff-on-parts"
        + " OR @office-pair))"
        // a tariff in the background of a meeting or of monthly trade figures
        // (relev31: a tariff headline counts unless it is a leaders' or summit headline that names the tariff without changing it,
        // <see cref="SummitBackgroundTariff"/>)
        + " NOT ((@meeting-headline OR @trade-figures-headline) NOT ((@tariff-headline NOT @summit-background-tariff) OR @tariff-subject))"
        // a tariff of history reviewed in a book ("Book review: The Tariff That Broke the World")
        + " NOT title:(\"book review\" OR \"book reviews\")"
        // a feed-in or net-metering tariff is what the grid pays for power "exported" to it: no trade word of the kind rescues it
        + " NOT ((\"feed-in\" OR \"net metering\" OR \"net-metering\") NOT (customs OR \"import dut*\" OR \"import tariff*\" OR \"tariffs on\" OR \"tariff on\""
        + " OR \"trade war\" OR \"anti-dumping\")))"
        // (relev34) two countries signing a trade agreement (<see cref="AgreementSigned"/>)
        + " OR @agreement-signed";

    /// <summary>Diplomatic meetings: summits of leaders or blocs, state visits, leaders' talks, ministers' trade talks; never a
    /// mountain top, a trail, a match between league leaders or a tech conference, and not a leader meeting the press nor a
    /// meeting recalled in the background of a tariff story.</summary>
    public const string SummitsQuery =
        "((summit* NEAR/12 (@leaders OR @blocs OR leaders OR \"heads of state\" OR \"heads of government\" OR president OR presidents OR \"prime minister\" OR \"prime ministers\" OR \"head of state\" OR premier OR chancellor OR diplomat*"
        + " OR @forums OR Commonwealth OR monarch OR emir OR sultan OR \"crown prince\" OR @countries NEAR/2 PM)"
        // a heads-of-government meeting named by its bloc or its heads, not the word "summit" (CHOGM)
        // a summit named by the two countries that hold it ("Japan-South Korea summit held in Nara")
        + " OR (summit OR summits) NEAR/1 (@countries NEAR/1 @countries)"
        + " OR \"Summit of the Americas\" OR summit* NEAR/8 (declaration OR communique OR communiqué)"
        // the East African Community by its abbreviation, which the catalogue does not read alone (the US Election Assistance
        // Commission is an EAC too): with a member or the region named
        + " OR ((EAC NEAR/4 (summit* OR \"heads of state\" OR leaders OR ministers OR \"council of ministers\" OR \"ordinary session\" OR \"extraordinary session\"))"
        + " AND (@KE OR @TZ OR @UG OR @RW OR @CD OR Burundi OR \"South Sudan\" OR Somalia OR Arusha OR \"East Africa\" OR \"East African\"))"
        // a forum's or bloc's ministers meeting, named in the headline ("AfCFTA Council of Ministers approves schedules"),
        // foreign ministers meeting, a forum's session or assembly; not ministers in the text only ("Next week: the AfCFTA
        // Council of Ministers meets"), nor a national cabinet ("Council of Ministers approves the budget")
        + " OR title:((@bloc-trade-ministers NEAR/10 @meeting-acts OR (ministers NEAR/4 (@forums OR @blocs)) NEAR/10 @meeting-acts AND @ministers-trade-cue) NOT @portfolios NEAR/2 (ministers OR ministerial OR \"council of ministers\"))"
        + " OR \"foreign ministers\" NEAR/3 (meet OR meets OR met OR meeting OR talks)"
        + " OR (\"ordinary session\" OR \"extraordinary session\" OR \"assembly of the\") NEAR/3 @forums"
        // leaders' yearly or bilateral consultations ("the 14th Annual Consultation" of two leaders)
        + " OR (\"annual consultation\" OR \"annual consultations\" OR \"bilateral consultation\" OR \"bilateral consultations\" OR \"intergovernmental consultations\") NEAR/12 @leaders"
        + " OR CHOGM OR " + HeadsOf + " NEAR/4 " + HeadsMeet
        // (relev24) the heads of a named forum or bloc, whose name stands between them and the verb ("Heads of government of the
        // Organisation of Eastern Caribbean States met in Castries")
        + " OR (" + HeadsOf + " NEAR/10 " + HeadsMeet + " AND (@forums OR @blocs))"
        + " OR \"state visit\" OR \"official visit\" OR \"bilateral meeting\" OR \"bilateral meetings\" OR \"bilateral talks\" OR \"invitation to visit\" OR (\"leaders met\" NOT @sport)"
        + " OR sidelines NEAR/4 (summit* OR forum OR assembly OR @blocs)"
        + " OR (\"two leaders\" OR \"both leaders\") NEAR/4 (met OR meet OR meeting OR talks OR summit OR signed OR sign OR agreed OR held OR witnessed)"
        // two leaders who discussed, reviewed or spoke are two heads of government only when two leaders or two countries are
        // named, and not in a debate ("the two leaders exchanged barbs in a televised debate", "two leaders of the coalition")
        + " OR ((\"two leaders\" OR \"both leaders\") NEAR/4 (discussed OR discuss OR reviewed OR exchanged OR spoke)"
        + " AND (@leaders NEAR/30 @leaders OR @countries NEAR/30 @countries) NOT (debate OR debates))"
        + " OR (@visiting NEAR/4 @leaders AND @visiting NEAR/4 (@countries OR @blocs))"
        + " OR (@arriving NEAR/2 @leaders AND @arriving NEAR/3 @countries)"
        // (two leaders of one country are no summit: "President Zardari, PM Shehbaz meet on flood relief", "Sisi, Madbouly review …")
        + " OR (@meeting-verbs NEAR/6 @leaders AND @meeting-verbs NEAR/8 (@countries OR @blocs) AND @leaders NEAR/30 @leaders NOT @same-country-leaders)"
        + " OR ((@leaders NEAR/2 @leaders NOT @same-country-leaders) AND (met OR meet OR meets OR meeting OR talks OR agree OR agrees OR agreed OR pledge OR pledges OR pledged OR deal OR summit OR call"
        + " OR spoke OR phone OR telephone OR dials OR dialled OR dialed))"
        // a leaders' call told in the text, the other leader named after "with" ("raised the duties in a phone call with President
        // Donald Trump"), or in a headline whose verb has two subjects ("Takaichi, Lee agree by phone", "Carney and Trump talk
        // lumber in call"); not one leader's call with reporters or a company chief ("Trump in a call with reporters says …")
        + " OR (@leaders-call AND @call-party AND @leaders NEAR/24 @leaders)"
        + " OR title:((agree OR discuss OR talk OR hold) NEAR/4 (" + CallWords + ") AND @leaders)"
        // (session 21) a call, a signing, an office meeting a leader, a state visit in another language
        + " OR @named-meetings"
        // (session 22) a summit in another language (two countries' ministers meeting: below, with the other meetings a tariff
        // headline may name)
        + " OR @foreign-summit-words"
        // (relev23) the CIS and Ibero-American summits by name (a leaders' call named by office, a head of state visiting: below)
        + " OR @named-summits"
        // (relev25) two countries' consultations on trade (a leader in another country's capital: below)
        + " OR @two-countries-consultations OR @office-meets"
        // (relev30) ministers' talks in a capital on trade (<see cref="MinistersTalksIn"/>)
        + " OR @ministers-talks-in"
        // (relev26) a forum the catalogue lacks, by its leaders meeting in a place or its summit in a capital; trade ministers meeting
        + " OR @leaders-meet-in OR @summit-in-capital"
        // (relev34) a summit that ends with a call, a pledge or a declaration (<see cref="SummitOutcome"/>)
        + " OR @summit-outcome"
        // (relev29) trade, commerce or economy ministers (plural: two countries', or a forum's) discussing too ("Trade ministers
        // discuss Ghana's duty on cocoa paste"), not a federation's state or provincial ministers at home
        + " OR title:(" + TradeMinisters + " NEAR/3 (meet OR meets OR met OR talks OR discuss OR discusses OR discussed)"
        + " NOT (state OR provincial OR regional OR federal) NEAR/1 " + TradeMinisters + ")"
        // (relev31) and in French, Spanish, Portuguese or Italian (<see cref="ForeignTradeMinisters"/>)
        + " OR @foreign-trade-ministers"
        // (relev31) a summit headline over heads of state or government in the text (<see cref="SummitWithHeads"/>)
        + " OR @summit-with-heads"
        // (relev32) heads of two or more named countries meeting or signing; a forum's leaders acting in a capital or adopting a
        // statement; heads of state meeting or adopting, in their language
        + " OR @heads-of-named-countries OR @leaders-act-in OR @foreign-heads-meet"
        // (relev28) two countries or capitals in talks
        + " OR @two-countries-in-talks"
        // a head of government's talks, call or meeting with another country's, named by office ("Prime Minister holds talks
        // with Prime Minister of Canada", "PM holds talks with Japanese Prime Minister")
        // — not when the headline's subject is a union, farmers, the opposition, a governor or a company ("Farmers' union holds
        // talks with Prime Minister of India", "Microsoft chief meets with President of Brazil" are no summit)
        + " OR title:((talks OR met OR meets OR call OR spoke OR speaks) NEAR/3 (with NEAR/4 (" + HeadsOfGovernment + ") NEAR/2 (@countries OR @blocs))"
        + " NOT (" + NoGovernment + ") NEAR/3 (holds OR hold OR held OR meets OR meet OR met OR talks OR call OR spoke OR speaks))"
        // the leaders of a bloc, a forum, named countries or a region gathering (session 22: a named list, <see cref="BlocLeaders"/>)
        + " OR @bloc-leaders"
        // ministers' or negotiators' trade talks with another country
        + " OR (title:@trade-talks"
        + " OR (@negotiating NEAR/6 (\"trade representative\" OR \"trade minister\" OR \"trade ministers\" OR \"commerce secretary\""
        // (relev24) the minister named by office's full title ("met with the Minister of Trade of the Republic of Korea")
        + " OR \"minister of trade\" OR \"ministers of trade\" OR \"minister of commerce\" OR \"minister of foreign trade\" OR \"minister of industry and trade\""
        + " OR \"minister of foreign affairs and trade\" OR @trade-offices"
        + " OR \"commerce minister\" OR \"commerce ministers\" OR \"ministers of commerce\" OR \"trade secretary\" OR \"trade negotiator\" OR \"trade negotiators\" OR \"chief negotiator\""
        + " OR \"economic ministers\" OR \"economy ministers\" OR \"trade and investment ministers\") AND @negotiating NEAR/8 (@countries OR @blocs) NOT (\"chamber of commerce\" OR \"chambers of commerce\")))"
        + " NOT @sport)"
        // a meeting recalled in a story whose headline is a tariff and no meeting
        // (relev24: nor two countries discussing the tariff, "Mongolia and Korea discuss tariff on cashmere")
        + " NOT (@tariff-headline NOT ((@meeting-headline OR title:@call-party OR @two-countries-discuss) NOT @recalled-meeting))"
        // the meetings a tariff headline may name without a meeting word, kept unless the headline recalls the meeting (relev24: a
        // head of government travelling there, "Mauritian PM heads to White House over knitwear tariff"; relev23: a leaders' call
        // named by office, a head of state visiting; session 22: two countries' ministers meeting; relev25: a leader in another
        // country's capital; relev27: two heads named by office, one by his country, talking, calling or signing). (relev30) Read
        // here once instead of twice: on main they stood among the summits' clauses and again among the veto's exceptions, and
        // "A AND NOT (T AND NOT ((M OR A) AND NOT R))" is "A AND NOT (T AND R)"; the expanded query matches the same items and
        // reads 13,545 fewer characters of named lists.
        // (relev34) and two countries signing a trade agreement (<see cref="AgreementSigned"/>), which stood among the summits' clauses
        // (in @named-meetings) and again among the veto's exceptions: read here once, as relev30 did for the others
        + " OR (@office-call OR @office-visit OR @leader-abroad OR @two-countries-ministers OR @office-pair OR @pressed-in-talks OR @agreement-signed"
        // (relev34) a head pressing or asking another by office (<see cref="HeadPressesHead"/>)
        + " OR @head-presses-head)"
        + " NOT (@tariff-headline AND @recalled-meeting))"
        + " NOT (mountaineer* OR climber* OR climbing OR Everest OR \"base camp\" OR sherpa* OR hiker* OR hiking OR trail* OR expedition* OR peloton OR cycling OR \"king of the mountains\")"
        + " NOT (\"summit clash\" OR \"league leaders\" OR \"title race\" OR \"top of the table\" OR striker* OR midfielder* OR goalkeeper* OR \"half-time\")"
        // a business forum, or a summit named by its subject or audience (session 22: a named list, <see cref="BusinessSummits"/>)
        + " NOT @business-summits"
        // a governing coalition's leaders or parties holding a "summit" at home ("Coalition leaders hold summit on Budget"), not
        // a coalition of countries ("coalition of the willing")
        // — in the headline: a governing coalition named in the text of a real summit ("Merz's coalition partners, the Social
        // Democrats, …" beside "Merz meets Xi in Beijing") is its background
        + " NOT (title:(coalition NEAR/3 (leaders OR summit OR summits OR partners OR parties)) NOT title:(\"coalition of\" OR @blocs))";

    /// <summary>"Duty" as an obligation or a person's duties, which a trade word beside it does not make a customs duty (moved
    /// out of <see cref="TariffsQuery"/> in session 22, unchanged, to make room).</summary>
    private const string DutyAsObligation =
        // "duty" as an obligation: "on active duty on Monday" is no "duty on" goods, nor is an officer suspended from duty
        "((\"active duty\" OR \"military duty\" OR \"jury duty\" OR \"on duty\" OR \"off duty\" OR \"duty of care\""
        + " OR \"suspended from duty\" OR \"removed from duty\" OR \"dismissed from duty\" OR \"absent from duty\" OR \"relieved of duty\" OR \"dereliction of duty\""
        + " OR \"line of duty\" OR \"tour of duty\" OR \"tours of duty\" OR \"return to duty\" OR \"returns to duty\" OR \"returned to duty\" OR \"back to duty\""
        + " OR \"fit for duty\" OR \"unfit for duty\" OR \"report for duty\" OR \"reported for duty\" OR \"duty hours\" OR \"duty roster\" OR \"double duty\") NOT (import* OR export* OR customs OR tariff*))"
        // a person's duties: an officer's, a royal's, a captain's or a penalty taker's ("removed from his duties", "royal duties");
        // "his duties on Canadian lumber" are goods' (not "extra" or "emergency" duties, which are often a trade remedy's)
        + " OR ((\"from duties\" OR \"from his duties\" OR \"from her duties\" OR \"restored to duty\" OR \"duty limits\" OR (duty OR duties) NEAR/1 (his OR her OR royal"
        + " OR public OR official OR ceremonial OR captaincy OR penalty OR \"set-piece\" OR lunch OR teaching OR nursing OR police)) NOT (import* OR export* OR customs OR tariff* OR \"duty on\" OR \"duties on\"))";

    /// <summary>The leaders of a bloc, a forum, named countries or a region gathering, not a country's business, union or party
    /// leaders (moved out of <see cref="SummitsQuery"/> in session 22, unchanged, to make room).</summary>
    private const string BlocLeaders =
        // the leaders of a bloc or a forum gather or decide ("G20 leaders gather", "CARICOM leaders extend CET suspension");
        // the leaders of named countries or of a region only gather ("Japan, China, South Korea leaders meet", "Pacific leaders
        // meet in Palau"): a country's or a region's leaders who agree, approve or adopt are as often its own politicians
        // ("US House leaders agree to extend funding", "Chinese leaders approve five-year plan", "Gulf Coast leaders approve …")
        "((leaders NEAR/4 (@blocs OR @forums)) NEAR/8 (@leaders-gather OR agree OR agrees OR agreed OR adopt* OR extend* OR approve*)"
        + " OR (leaders NEAR/4 (@countries OR @regions)) NEAR/8 @leaders-gather"
        // (relev28) a region's leaders who agree are its states' ("Nordic leaders agree to coordinate on US trade"): a region of
        // the list spans countries, unlike a country's leaders who agree (its politicians) and a US region (below)
        + " OR (leaders NEAR/4 @regions) NEAR/8 (agree OR agrees OR agreed)"
        // (relev28) the leaders of a diplomatic "format" (the Normandy, Weimar, Slavkov format), meeting or signing, as a headline
        // names them ("Craiova Format leaders sign energy declaration"; not a large-format printer's leaders)
        + " OR title:(\"format leaders\" NEAR/6 (@leaders-gather OR sign OR signs OR signed OR agree OR agrees OR agreed OR adopt*)))"
        + " NOT (" + NonStateLeaders + ")";

    /// <summary>Leaders who are not a state's: a country's business, union, party, faith or community leaders (read by
    /// <see cref="BlocLeaders"/> and <see cref="LeadersMeetIn"/>).</summary>
    private const string NonStateLeaders =
        // (a union's leaders, not the African or European Union's)
        "\"business leaders\" OR \"industry leaders\" OR \"tech leaders\" OR \"technology leaders\" OR \"corporate leaders\""
        + " OR (\"union leaders\" NOT (\"African Union\" OR \"European Union\"))"
        + " OR \"community leaders\" OR \"religious leaders\" OR \"faith leaders\" OR \"opposition leaders\" OR \"party leaders\" OR \"church leaders\""
        + " OR \"tribal leaders\" OR \"traditional leaders\" OR \"youth leaders\" OR \"student leaders\" OR \"military leaders\" OR \"civil society leaders\""
        // (relev26) a legislature's, a party's, a city's, a faith's or a farm's leaders, rebels, and world leaders, who gather for a
        // funeral or an inauguration as often as for a summit ("Farm leaders gather in Nairobi", "City leaders meet in Lima": the
        // capital is no country of theirs)
        + " OR \"congressional leaders\" OR \"senate leaders\" OR \"house leaders\" OR \"Republican leaders\" OR \"Democratic leaders\" OR \"GOP leaders\""
        + " OR \"Labour leaders\" OR \"Labor leaders\" OR \"Conservative leaders\" OR \"Tory leaders\" OR \"rebel leaders\" OR \"militant leaders\" OR \"farm leaders\""
        + " OR \"civic leaders\" OR \"city leaders\" OR \"county leaders\" OR \"local leaders\" OR \"municipal leaders\" OR \"provincial leaders\" OR \"state leaders\""
        + " OR \"indigenous leaders\" OR \"Muslim leaders\" OR \"Christian leaders\" OR \"Catholic leaders\" OR \"Jewish leaders\" OR \"Hindu leaders\" OR \"clan leaders\""
        + " OR \"village leaders\" OR \"world leaders\""
        // a US region named like a forum's ("Gulf Coast leaders", "Pacific Northwest leaders"), a sport's leaders
        + " OR \"Gulf Coast\" OR \"Pacific Northwest\" OR \"Pacific Coast\" OR @sport";

    /// <summary>Leaders or heads of government meeting or gathering in a place, as a headline names the summit of a forum the
    /// catalogue lacks (relev26): "Melanesian leaders gather in Port Vila", "Weimar Triangle prime ministers meet in Warsaw". Not
    /// the leaders of a country's parties, Congress, states, cities, faiths, farms, rebels or businesses, nor world leaders, who
    /// gather for a funeral or an inauguration as often as for a summit.</summary>
    private const string LeadersMeetIn =
        "title:((leaders OR \"prime ministers\" OR \"heads of state\" OR \"heads of government\") NEAR/1 (meet OR meets OR gather OR gathers OR convene OR convenes)"
        + " NEAR/1 (in OR at) NOT (" + NonStateLeaders + " OR " + NoGovernment + "))"
        // (relev29) a forum of the catalogue meeting in a place, its heads unnamed ("Craiova Group meets in Bucharest, President
        // attends"): a body of states meets as its summit or its ministers' council
        + " OR title:(@forums NEAR/1 (meet OR meets OR gather OR gathers OR convene OR convenes) NEAR/1 (in OR at))";

    /// <summary>A summit held in a country's capital, as a headline names the summit of a forum the catalogue lacks (relev26): "Third
    /// Andean Summit opens in Quito", "Sommet de la CEEAC à Libreville", "Cumbre del SICA en Managua". Not a mountain's top
    /// (the climbers' and mountains' words in the summits query and here in other languages), nor a company's, a sales or a
    /// technology "summit" (its dealers, developers, customers; "Web Summit opens in Lisbon"), nor an audience's (cooks, mayors), nor
    /// a hotel, a mall or a school called Summit (relev27).</summary>
    private const string SummitInCapital =
        "title:(((summit OR summits) NEAR/2 (in OR at) NEAR/1 @countries OR (" + RomanceGermanSummitWords + ") NEAR/7 (a OR en OR em OR in) NEAR/1 @countries)"
        + " NOT (alpinist* OR andinist* OR escalador* OR montanist* OR alpiniste* OR grimpeur* OR alpinisti OR scalator* OR alpinismo OR montagne OR montana OR monte"
        + " OR mont OR volcan* OR vulcano OR cerro"
        // (relev31) and in English ("Hurricane-force gusts recorded at Mount Washington summit": the peak's name is a capital's)
        + " OR mount OR mt OR mountain OR mountains OR volcano)"
        + " NOT (summit OR summits OR " + RomanceGermanSummitWords + ") NEAR/3 (company OR companies OR firm OR dealers OR developers OR customers OR partners OR sales"
        + " OR shareholders OR employees OR staff OR web OR AI OR cloud OR crypto OR blockchain OR empresarial OR empresarios OR affaires OR entreprises OR aziendale"
        // (an audience's "summit": cooks, mayors, rectors, the young — "Cumbre iberoamericana de cocineros reúne a chefs en Lima")
        + " OR aziende OR maggioranza OR cocineros OR chefs OR cuisiniers OR alcaldes OR maires OR rectores OR jovenes OR juventud OR jeunes OR giovani)"
        // (relev27) nor a building, a business or a place called Summit ("Summit Hotel in Accra reopens", "Summit Mall in Lusaka")
        + " NOT (\"summit hotel\" OR \"summit hotels\" OR \"summit resort\" OR \"summit lodge\" OR \"summit mall\" OR \"summit apartments\" OR \"summit estate\""
        + " OR \"summit county\" OR \"summit hospital\" OR \"summit school\" OR \"summit academy\" OR \"summit college\" OR \"summit club\" OR \"summit church\""
        + " OR \"summit bank\" OR \"summit tower\" OR \"summit towers\" OR \"summit restaurant\"))";

    /// <summary>A business forum called a summit, or a summit named by its subject or audience, unless leaders meet there (moved
    /// out of <see cref="SummitsQuery"/> in session 22, unchanged, to make room).</summary>
    private const string BusinessSummits =
        // a business forum called a summit ("CEO Summit", "investment summit") is not a meeting of leaders, unless leaders meet there
        "(\"CEO summit\" OR \"CEO summits\" OR \"business summit\" OR \"business forum\" OR \"investment summit\" OR \"investor summit\""
        + " OR \"private-sector summit\" OR \"business leaders\" NEAR/12 summit*"
        // a summit named by its subject or audience ("ECOWAS youth summit", "education summit", "summit on women's rights")
        + " OR summit* NEAR/1 (youth OR education OR student* OR women OR girls OR media OR film OR music OR culture OR cultural OR tourism OR innovation"
        + " OR startup* OR tech OR technology OR science OR digital OR school* OR university OR universities OR sports OR faith"
        // (relev31) an industry's or a pastime's ("Esports summit in Riyadh draws publishers")
        + " OR esports OR gaming OR games OR fashion OR beauty OR marketing OR fintech OR retail OR automotive OR wine)"
        // (relev28) a summit named by its trade or profession, whose possessive the matcher reads as the plural ("Beekeepers'
        // summit in Ljubljana", "Farmers' summit in Nairobi"): an audience's, not its state's, in a capital too
        + " OR \"beekeepers summit\" OR \"farmers summit\" OR \"growers summit\" OR \"fishers summit\" OR \"fishermen summit\" OR \"winemakers summit\""
        + " OR \"nurses summit\" OR \"doctors summit\" OR \"teachers summit\" OR \"mayors summit\" OR \"workers summit\" OR \"unions summit\""
        + " OR \"pensioners summit\" OR \"scientists summit\" OR \"journalists summit\" OR \"bankers summit\" OR \"investors summit\")"
        + " NOT (\"leaders' summit\" OR \"heads of state\" OR \"heads of government\" OR \"state visit\" OR \"official visit\" OR bilateral"
        + " OR @leaders NEAR/8 (met OR meet OR meets OR meeting OR talks OR hosts OR hosted))";

    /// <summary>A summit named in the headline's language (session 22): the Spanish "cumbre", the Portuguese "cúpula" and
    /// "cimeira", the French "sommet", the German "Gipfel", the Italian "vertice", the Nordic "toppmøte" and "topmøde", beside a
    /// leader, a bloc or a forum ("Cumbre del Mercosur en Puerto Iguazú", "G7-Gipfel in Kananaskis"); not a mountain's top, which
    /// names none ("cumbre del Aconcagua", "le sommet du Mont-Blanc").</summary>
    private const string ForeignSummitWords =
        "(" + RomanceGermanSummitWords + " OR toppmote* OR toppmøte* OR topmode* OR topmøde*) NEAR/8"
        + " (@leaders OR @blocs OR @forums OR presidentes OR \"jefes de Estado\" OR \"chefs d'Etat\" OR \"capi di Stato\")"
        // (relev24) a summit that closes with a declaration, which a mountain's top does not ("Cumbre de la Alianza del Pacífico
        // cierra con Declaración de Lima")
        + " OR (" + RomanceGermanSummitWords + ") NEAR/8 (declaracion OR declaracao OR declaration"
        + " OR Erklarung OR dichiarazione)"
        // (relev33) a summit named by the two countries' joined adjectives ("Cumbre franco-italiana en Turín", "cimeira
        // luso-brasileira", "sommet franco-italien"): a mountain's top names no two countries
        + " OR (" + RomanceGermanSummitWords + ") NEAR/2 (luso OR hispano OR franco OR italo OR germano OR anglo OR sino OR russo OR greco OR turco"
        // (only the combining forms: "chileno" or "argentino" beside a mountain's "cumbre" is a climber's nationality)
        + " OR belgo OR nippo OR austro)"
        + " OR " + SummitWithHeadsByOffice
        // (relev30) heads of state meeting, in German, Dutch, French, Spanish, Portuguese or Italian ("Treffen der Staatsoberhäupter
        // der Benelux-Länder", "encuentro de jefes de Estado en Asunción"): heads of state are no coalition's or company's
        + " OR (Treffen OR Gipfel OR Gipfeltreffen OR top OR ontmoeting OR rencontre OR reunion OR encuentro OR encontro OR incontro OR riunione) NEAR/4"
        + " (Staatsoberhaupter OR Staatsoberhauptern OR \"Staats- und Regierungschefs\" OR staatshoofden OR \"chefs d'Etat\" OR \"jefes de Estado\" OR \"chefes de Estado\""
        + " OR \"capi di Stato\")"
        // (relev30) the Slovene, Croatian and Serbian summit ("vrh", "samit") of the leaders or heads of states or governments ("Samit
        // šefova država Zapadnog Balkana u Skoplju"); a mountain's top ("vrh Triglava") names no state's leaders
        + " OR ((title:(" + SlavicSummitWords + ") OR (" + SlavicSummitWords + ") NEAR/12 (" + SlavicLeaders + ")) AND (" + SlavicLeaders + ") NEAR/1 (drzav OR drzava OR vlad OR vlada))";

    /// <summary>A summit headline whose text names heads of state or government, in English or their language, anywhere (relev31):
    /// "Malabo hosts summit of the Gulf of Guinea Commission" over "Heads of state and government of the Commission met in
    /// Malabo", "Cartagena acoge la cumbre …" over "Jefes de Estado y de Gobierno … se reunieron": the heads stand too far from
    /// the summit or the verb for the other clauses when the forum's long name is between. Not a mountain's summit in the
    /// headline (heads of state visit peaks too); a business's or an audience's summit is kept out by the summits query's own NOTs.</summary>
    private const string SummitWithHeads =
        "title:(summit OR summits OR cumbre OR cumbres OR cupula OR cimeira OR sommet OR sommets OR vertice OR vertici)"
        + " AND (\"heads of state\" OR \"heads of government\" OR \"jefes de Estado\" OR \"jefes de Gobierno\" OR \"chefs d'Etat\" OR \"chefes de Estado\" OR \"capi di Stato\")"
        + " NOT title:(mount OR mt OR mountain OR mountains OR volcano OR peak)";

    /// <summary>The heads of two or more countries the headline or text names, meeting, signing or agreeing (relev32): "Presidents of
    /// Ukraine, Poland, Lithuania meet in Lublin", "The leaders of Serbia, Albania and North Macedonia signed agreements at …": the
    /// summit of a forum the catalogue lacks, named by its members. One country's leaders who agree or sign are its own
    /// politicians ("Kenyan leaders sign petition"), and a club's, a federation's or a chamber's presidents are no heads, nor are
    /// vice presidents; not a country's business, party or faith leaders (<see cref="NonStateLeaders"/>).</summary>
    private const string HeadsOfNamedCountries =
        "((leaders OR presidents OR \"prime ministers\" OR \"heads of state\" OR \"heads of government\") NEAR/2 (@countries NEAR/3 @countries))"
        + " NEAR/8 (meet OR meets OR met OR meeting OR gather* OR convene* OR sign OR signs OR signed OR signing OR agree OR agrees OR agreed OR adopt* OR summit OR summits OR talks)"
        + " NOT (" + NonStateLeaders + ")"
        + " NOT ((vice OR club OR clubs OR federation* OR association* OR chamber* OR universit* OR bank OR banks OR league OR leagues) NEAR/3 presidents)";

    /// <summary>A forum's or a region's leaders acting as a body, as a headline names their summit (relev32): signing, adopting,
    /// backing, endorsing, launching, in a country's capital or at a forum, or adopting a statement or a declaration ("Open Balkan
    /// leaders sign border deals in Tirana", "South American leaders relaunch UNASUR in Quito", "MIKTA leaders adopt Bali Statement").
    /// Not one country's leaders ("Kenyan leaders sign petition in Nairobi": a country right before "leaders", unless it names a
    /// region, "South American"), nor business, party, faith or world leaders (<see cref="NonStateLeaders"/>).</summary>
    private const string LeadersActIn =
        "title:(leaders NEAR/1 (sign OR signs OR signed OR adopt OR adopts OR adopted OR back OR backs OR backed OR endorse OR endorses OR endorsed"
        + " OR launch OR launches OR launched OR relaunch OR relaunches OR relaunched OR approve OR approves OR approved)"
        + " AND ((in OR at) NEAR/1 @countries OR forum OR statement OR declaration OR communique)"
        + " NOT (@countries NEAR/1 leaders NOT @regions NEAR/1 leaders))"
        + " NOT (" + NonStateLeaders + ")";

    /// <summary>Heads of state meeting, adopting or signing, in French, Spanish, Portuguese, Italian, German or Dutch (relev32): "Réunis à
    /// Ouagadougou, les chefs d'État … ont adopté un plan", "Los jefes de Estado de diez países sudamericanos aprobaron …" — the
    /// English heads-of-state clause in their language, with no summit word. Not the chiefs of staff ("jefes de Estado Mayor",
    /// "chefs d'état-major", "chefes do Estado-Maior").</summary>
    private const string ForeignHeadsMeet =
        "((\"chefs d'Etat\" OR \"jefes de Estado\" OR \"chefes de Estado\" OR \"capi di Stato\") NEAR/6 (reunis OR \"se reunissent\" OR adoptent OR adopte"
        + " OR approuvent OR approuve OR signent OR reunidos OR \"se reunieron\" OR \"se reunen\" OR aprobaron OR adoptaron OR acordaron OR firmaron OR \"se reuniram\""
        + " OR aprovaram OR adotaram OR assinaram OR riuniti OR approvato OR adottato OR firmato)"
        // and in German or Dutch, the heads as relev30's meeting clause names them
        + " OR (Staatsoberhaupter OR \"Staats- und Regierungschefs\" OR staatshoofden) NEAR/6 (trafen OR beschlossen OR verabschiedeten OR unterzeichneten"
        + " OR einigten OR \"kwamen bijeen\" OR ondertekenden OR keurden))"
        + " NOT (\"Estado Mayor\" OR \"Etat-major\" OR \"Estado-Maior\" OR \"Stato maggiore\")";

    /// <summary>The Slovene, Croatian and Serbian words for a summit, and for the leaders or heads before "of states" or "of
    /// governments" (diacritics dropped: "šefovi držav" reads "sefovi drzav"), read by <see cref="ForeignSummitWords"/>.</summary>
    private const string SlavicSummitWords = "vrh OR vrhu OR vrha OR samit OR samitu OR samita";
    private const string SlavicLeaders = "voditelji OR voditeljev OR voditelja OR sefovi OR sefova OR sefi OR celniki OR celnici OR predsedniki OR predsjednici";

    /// <summary>A French, Spanish or Portuguese headline's summit whose text names a head of state or government by office beside it
    /// (relev27): "Sommet de l'Initiative d'Accra à Tamale" over "le Président de la République s'est rendu au sommet avec le
    /// Premier ministre du Togo". Not "at the top of" the state or of a career ("au sommet de l'État", "en la cumbre de su
    /// carrera", "na cúpula do governo"), a mountain, a domestic summit of governors, mayors or prefects, nor a business one.
    /// Not the German or Italian words: "Gipfel" and "vertice" with the chancellor or the premier are as often a coalition's
    /// or an industry's meeting at home.</summary>
    private const string SummitWithHeadsByOffice =
        "(title:(cumbre OR cumbres OR cupula OR cimeira OR sommet OR sommets) AND (cumbre OR cumbres OR cupula OR cimeira OR sommet OR sommets) NEAR/8"
        + " (\"President de la Republique\" OR \"president de la Republica\" OR \"presidente de la Republica\" OR \"presidente da Republica\" OR \"chef de l'Etat\""
        + " OR \"chef du gouvernement\" OR \"jefe de Estado\" OR \"chefe de Estado\" OR \"chefe do Governo\" OR \"premier ministre\" OR \"primer ministro\""
        + " OR \"primeiro-ministro\" OR \"primeiro ministro\" OR chancelier)"
        + " NOT (alpinist* OR andinist* OR escalador* OR montanist* OR alpiniste* OR grimpeur* OR alpinismo OR montagne OR montana OR monte OR mont OR volcan* OR cerro)"
        + " NOT (\"au sommet de\" OR \"au sommet du\" OR \"sommet de l'Etat\" OR \"en la cumbre de\" OR \"na cupula\" OR \"cupula do governo\" OR \"cupula do poder\""
        + " OR gobernadores OR governadores OR alcaldes OR prefeitos OR maires OR prefets OR entreprises OR patrons OR investisseurs OR empresarios OR empresarial"
        + " OR inversionistas))";

    /// <summary>Ministers of two named countries meeting or discussing, as a headline names them (session 22): "Japan, Brazil trade
    /// ministers discuss ethanol tariffs", "Japanese and Brazilian ministers discuss ethanol tariff in
    /// Brasília"; not a health, farm or defence ministers' meeting (<see cref="Portfolios"/>), nor sport.</summary>
    private const string TwoCountriesMinisters =
        "title:((@countries NEAR/3 @countries) NEAR/5 (ministers OR ministerial) NEAR/4 (discuss OR discussed OR talks OR meet OR meets OR met) NOT @portfolios NEAR/2 (ministers OR ministerial) NOT @sport)";

    /// <summary>Two countries' trade ministers discussing or meeting, as a French, Spanish, Portuguese or Italian headline names them
    /// (relev31: "les ministres du Commerce discutent du droit de 25%"). (relev34) Moved out of <see cref="SummitsQuery"/>, unchanged,
    /// to make room; examining or taking up a question too.</summary>
    private const string ForeignTradeMinisters =
        "title:((\"ministres du Commerce\" OR \"ministros de Comercio\" OR \"ministros do Comercio\" OR \"ministri del Commercio\") NEAR/6 (discutent OR discuten"
        + " OR discutem OR discutono OR reunis OR reunidos OR riuniti OR \"se reunissent\" OR \"se rencontrent\" OR \"se reunen\" OR \"se reunem\""
        // (relev34) examining or taking up a question ("les ministres du Commerce examinent le droit de douane sur le couscous")
        + " OR examinent OR examinan OR examinam OR esaminano OR abordent OR abordan OR abordam OR evoquent))";

    /// <summary>Two heads of state or government named by office, one of them by its country ("US President", "Prime Minister of
    /// Malaysia"), talking, calling, meeting or witnessing a signing, as a headline names a call or a meeting of the two
    /// (relev27): "PM, Japanese Premier discuss rice tariff by phone", "King and US President discuss tariff in phone call",
    /// "President and the Prime Minister of Fiji sign trade deal". The two offices must be two words (the same "president"
    /// is not both). Not a vice or former head, an envoy, aide or spouse, nor a union, a company or a club's president. The second
    /// head may be the first's counterpart of another country, or the other end of a call whose headline names another country
    /// (relev28).</summary>
    private const string OfficePair =
        "title:((" + HeadsOfGovernment + ") NEAR/2 (" + HeadsOfGovernment + ") AND @countries NEAR/2 (" + HeadsOfGovernment + ")"
        + " AND (discuss OR discusses OR discussed OR talks OR " + CallWords + " OR meet OR meets OR met OR witness OR witnesses OR witnessed"
        + " OR sign OR signs OR signed OR signing)"
        + " NOT (" + NotAHead + "))"
        // (relev28) the second head as the first's foreign counterpart ("President raises 20% US tariff with his American
        // counterpart"), or a head by office on a call whose headline names another country ("PM discusses 25% Indian tariff in
        // phone call": a call is with someone, and a country names who); not an office's domestic call, which names none
        // (relev29) or who phones a country, its name the verb's object ("Tariff on the table as President phones Canberra"): the
        // country is the other government on the line; not a head's call to a winner or a champion his country's demonym names
        + " OR title:(((" + HeadsOfGovernment + ") NEAR/10 counterpart AND @countries NEAR/1 counterpart OR (" + HeadsOfGovernment + ") NEAR/12 (" + CallWords + ")"
        + " AND @countries OR (" + HeadsOfGovernment + ") NEAR/2 (phones OR phoned OR telephones OR telephoned) NEAR/1 @countries)"
        + " NOT (" + NotAHead + " OR winner* OR champion* OR athlete* OR medallist*))";

    /// <summary>Who a head's office in a headline may belong to without being a head of state or government: a vice, deputy or
    /// former head, an envoy, aide or spouse, anyone <see cref="NoGovernment"/> names, a club's, federation's, university's or
    /// bank's president (read by <see cref="OfficePair"/> and <see cref="OfficeVisit"/>).</summary>
    private const string NotAHead = NotAHeadByRole + " OR wife OR husband OR son OR daughter OR \"first lady\"";

    /// <summary><see cref="NotAHead"/> without a head's family (relev34): what <see cref="HeadPressesHead"/> reads, whose French
    /// clause would meet "son" as "his".</summary>
    private const string NotAHeadByRole =
        "vice OR former OR deputy OR \"ex-president\" OR \"ex-PM\" OR envoy OR envoys OR adviser* OR advisor* OR aide OR aides OR spokesman OR spokesperson OR spokeswoman"
        + " OR " + NoGovernment + " OR club OR federation OR association OR university OR bank";

    /// <summary>Two countries discussing, as a headline names them (relev24): "Mongolia and Korea discuss tariff on cashmere" — the
    /// two governments meeting, which the summits query's last NOT must not read as a tariff story recalling a meeting; on its own
    /// it makes no summit (the text must name one).</summary>
    private const string TwoCountriesDiscuss = "title:((@countries NEAR/2 @countries) NEAR/3 (discuss OR discussed OR discusses))";

    /// <summary>Two countries or their capitals "in talks", as a headline names the two governments negotiating (relev28): "Lait
    /// de chameau : Dakar et Nouakchott en discussion", "Lima y Quito en negociaciones por el arancel al arroz", "Seoul and Hanoi
    /// in talks on rice"; the countries must stand right by the words, so clubs or firms "in talks" with a country's are not read.</summary>
    private const string TwoCountriesInTalks =
        "title:((@countries NEAR/2 @countries) NEAR/2 (\"en discussion\" OR \"en discussions\" OR \"en pourparlers\" OR \"en negociation\" OR \"en negociations\""
        + " OR \"in talks\" OR \"en conversaciones\" OR \"en negociaciones\" OR \"em negociacoes\"))";

    /// <summary>Goods a tariff headline names that <see cref="HeadlineTradeCue"/>'s metals, farm and factory goods did not (relev25):
    /// fish, fruit, nuts and spices, staples, feed, cosmetics, hair goods, electronics and devices by their plural ("Tortilla
    /// duty to 40 percent", "Perfumes and cosmetics: prices after the tariff cut", "Mobile phones will no longer pay 15% tariff").
    /// Not words a service price or a company shares: "car" (a car park), "orange" (a phone company), "octopus" (a power company),
    /// "coal" and "gas" (power), "medical"
    /// and "drug" (a hospital's and a pharmacy's tariff), "feed" alone (a feed-in tariff).</summary>
    private const string HeadlineGoods =
        "tuna OR sardine* OR salmon OR mackerel OR sprats OR prawn* OR anchov* OR crab* OR lobster* OR squid"
        + " OR banana* OR mango* OR avocado* OR durian* OR apples OR grape OR grapes OR citrus OR mandarin* OR pineapple* OR kiwifruit OR berries OR cherries"
        + " OR nuts OR cashew* OR almond* OR walnut* OR pistachio* OR macadamia* OR hazelnut* OR peanut* OR vanilla OR pepper OR spices OR cloves OR cardamom OR ginger OR honey"
        + " OR barley OR oats OR sorghum OR cassava OR beans OR peas OR chickpeas OR tortilla* OR noodles OR pasta OR biscuits OR chocolate* OR juice OR fodder"
        + " OR \"animal feed\" OR \"livestock feed\" OR \"poultry feed\" OR \"fish feed\" OR cosmetic* OR perfume* OR fragrance* OR shampoo* OR soap OR soaps OR detergent*"
        + " OR wig OR wigs OR \"hair extensions\" OR jewellery OR jewelry OR watches OR handbags OR leather OR plastics OR rubber OR marble OR granite"
        + " OR phones OR smartphones OR handsets OR laptops OR computers OR electronics OR appliances OR refrigerators OR fridges OR \"air conditioners\""
        + " OR \"washing machines\" OR batteries OR trucks OR tractors OR pickups OR \"spare parts\" OR components";

    /// <summary>A tariff on goods' parts or on devices (relev25), which no utility or phone plan is: "Tariffs on heat pump
    /// components suspended", "Government axes tariffs on heat pump parts", "Comex eliminates 15% tariff on mobile phones"; it
    /// rescues a tariff from the service-price words beside it ("heat", "mobile"). Not "a tariff on mobile data" or "on phone calls".</summary>
    private const string TariffOnParts =
        "(\"tariff on\" OR \"tariffs on\" OR \"duty on\" OR \"duties on\") NEAR/4 (components OR parts OR phones OR smartphones OR handsets)";

    /// <summary>The trade remedy's own words for its case (relev25): a dumping case, action or allegation ("wins dumping case against
    /// Chinese, Vietnamese exporters"); read by the finding-of-dumping clause, with its trade cue and its waste NOT.</summary>
    private const string RemedyCases = "case OR cases OR action OR actions OR allegation* OR claim OR claims";

    /// <summary>Customs duties and trade remedies named in their own terms (relev25): Pakistan's and Bangladesh's regulatory duty
    /// with a rate, goods or a change ("doubled the regulatory duty to 20 percent"; "RD on air fresheners doubled to 20%"); the
    /// words "trade remedy" and "trade remedies" and the trade-remedy authorities (India's DGTR, the UK's TRA, Korea's Trade
    /// Commission) acting; a duty per tonne on a country's goods ("India's duty of up to $873/tonne on Chinese aluminium foil
    /// expires"); India's basic customs duty as a headline abbreviates it, "BCD on" goods changed or at a rate (relev27). Not a
    /// regulator's duties ("the regulatory duties of the board", "regulatory duties and powers"), a regulatory duty of care.</summary>
    private const string RemedyTerms =
        "((\"regulatory duty\" OR \"regulatory duties\") NEAR/6 (percent OR \"per cent\" OR on OR import* OR " + ChangeVerbs + ")"
        // (a revenue board sets the duty: "the Federal Board of Revenue raised the regulatory duty"; a board is no regulator's duty)
        + " NOT (\"duty of care\" OR \"regulatory duties of\" OR \"regulatory duties and\"))"
        // (relev27) and India's basic customs duty by its abbreviation ("BCD on hearing aids cut to 5%")
        + " OR title:((\"RD on\" OR \"BCD on\") NEAR/8 (percent OR \"per cent\" OR " + ChangeVerbs + "))"
        // (relev29) the anti-dumping duty as a headline abbreviates it, imposed, extended or recommended, or "ADD of" its rate, on
        // goods from a country ("India imposes ADD of up to USD 486/MT on pentaerythritol from China"); not the verb ("to add")
        + " OR title:(((impose OR imposes OR imposed OR imposing OR extends OR extended OR recommends OR recommended) NEAR/1 ADD OR \"ADD of\")"
        + " AND from NEAR/1 @countries)"
        // (relev30) a dumping case or complaint against imports or their exporters, which waste words in the text do not undo
        // ("Kettle maker wins dumping case against Turkish imports" over a text on kitchen waste); not a case against a person
        // or a council for dumping rubbish, which names no imports
        + " OR (dumping NEAR/2 (case OR cases OR action OR actions OR complaint) NEAR/2 against NEAR/4 (imports OR exports OR exporters OR producers OR manufacturers))"
        // (relev31) or against a country's goods, its demonym right after "against" ("Hoist maker wins dumping case against Chinese
        // clothes hoists"); and imports found dumped ("Cable tie makers get relief from dumped imports"), which waste is not
        + " OR ((dumping NEAR/2 (case OR cases OR action OR actions OR complaint) NEAR/2 against NEAR/1 @countries OR dumped NEAR/3 (imports OR exports OR imported))"
        + " NOT (waste OR rubbish OR garbage OR trash OR toxic OR sewage OR \"fly-tipping\" OR landfill OR council OR county))"
        // (relev32) the anti-dumping duty as "AD" before its duty, deposits or margins ("preliminary AD deposits on US butyl glycol
        // ether"), and provisional duties at a rate ("sets provisional duties of up to 29.46% on cable trays")
        + " OR \"AD duty\" OR \"AD duties\" OR \"AD deposit\" OR \"AD deposits\" OR \"AD margin\" OR \"AD margins\""
        + " OR (\"provisional duty\" OR \"provisional duties\") NEAR/6 (percent OR \"per cent\")"
        // (relev34: and Brazil's foreign-trade chamber, Gecex or Camex, with the import tax or tariff it sets in Portuguese, "Gecex
        // eleva para 25% imposto sobre luminárias", "Gecex reduz tarifa de vasos": it sets no other tax)
        + " OR \"trade remedy\" OR \"trade remedies\" OR ((DGTR OR \"Korea Trade Commission\" OR \"Anti-Dumping Commission\" OR Gecex OR Camex) NEAR/8 (recommend* OR impose*"
        + " OR duty OR duties OR probe OR investigation* OR initiat* OR finding* OR safeguard OR imposto OR impostos OR tarifa OR tarifas OR aliquota OR aliquotas))"
        // (relev34) Algeria's additional provisional safeguard duty by its abbreviation, at a rate, on imports, extended or lifted
        // ("DAPS : 70% sur les déodorants importés", "Mousse à raser : la DAPS levée")
        + " OR (DAPS NEAR/6 (percent OR importe OR importes OR importee OR importees OR sauvegarde OR safeguard OR levee OR leve OR lifted OR extended"
        + " OR etendue OR etendu OR prorogee OR goods OR produits))"
        // (relev26) Peru's trade-remedy authority setting duties per kilo or dozen ("Indecopi fija derechos de hasta US$ 0.64 por
        // docena a …"); not its consumer-protection or copyright work ("derechos del consumidor", "derechos de autor")
        + " OR (Indecopi NEAR/8 (derechos OR antidumping OR \"anti-dumping\" OR dumping OR compensatorio* OR pagara OR \"por kilo\" OR \"por docena\""
        + " OR \"por tonelada\" OR salvaguardia*) NOT (consumidor* OR consumer* OR \"derechos de autor\" OR pasajeros OR usuarios))"
        + " OR ((\"duty of\" OR \"duties of\") NEAR/5 (tonne OR tonnes OR \"metric ton\" OR \"metric tons\") AND @countries NOT ((duty OR duties) NEAR/2 (" + DomesticDuties + ") OR excise))";

    /// <summary>Trade and economy ministers by the offices the negotiating clause did not read (relev25): "US Commerce Secretary",
    /// "the US Secretary of Commerce", "Mexico's economy secretary", "Minister for Trade of the Republic of Korea".</summary>
    private const string TradeOffices =
        "\"secretary of commerce\" OR \"economy secretary\" OR \"secretary of economy\" OR \"minister of economy\" OR \"economy minister\""
        + " OR \"minister for trade\" OR \"ministers for trade\" OR \"secretary of state for trade\" OR \"business and trade secretary\" OR \"trade commissioner\""
        // (relev26) trade with industry in one portfolio ("the Minister of Industry and Commerce held talks with the Minister of
        // Industrialisation and Trade")
        + " OR \"minister of industry and commerce\" OR \"minister of trade and industry\" OR \"minister of commerce and industry\""
        + " OR \"minister of industrialisation and trade\" OR \"minister of industrialization and trade\"";

    /// <summary>A headline's "meets" with a trade office (relev25): "Alckmin meets US Commerce Secretary in Washington"; in the
    /// headline only, since a text's "meets" is as often a quantity's ("capacity meets less than 20% of demand", beside "the
    /// Secretary of Commerce found"); not a chamber of commerce's secretary.</summary>
    private const string OfficeMeets =
        "title:(meets NEAR/3 (@trade-offices OR \"commerce secretary\" OR \"trade minister\" OR \"trade representative\" OR \"trade secretary\")"
        + " AND meets NEAR/6 (@countries OR @blocs) NOT (\"chamber of commerce\" OR \"chambers of commerce\"))";

    /// <summary>Two countries holding consultations on trade (relev25), the word Chinese and Korean releases use for talks: "China,
    /// U.S. hold economic and trade consultations in Stockholm", "Chinese and U.S. economic and trade teams held consultations in
    /// Madrid"; not two countries' consultations on anything else ("political consultations", "consular consultations").</summary>
    private const string TwoCountriesConsultations =
        "((@countries NEAR/3 @countries) NEAR/8 consultations AND (trade OR economic OR tariff* OR FTA) NEAR/8 consultations"
        + " NOT (political OR consular OR military OR defence OR defense OR security OR maritime) NEAR/2 consultations)";

    /// <summary>A leader in another country's capital, as a headline names a visit (relev25): "Ruto in Beijing as China scraps
    /// 8pc duty on Kenyan avocados", "Tinubu in Accra, signs five agreements with Mahama"; not a leader at home ("Xi in
    /// Beijing", <see cref="LeaderAtHome"/>), nor a war "in" a country ("Putin's war in Ukraine": the leader must stand by "in").</summary>
    private const string LeaderAbroad =
        "title:(@leaders NEAR/1 in AND in NEAR/1 @countries AND @leaders NEAR/2 @countries NOT @leader-at-home NOT (war OR invasion OR troops OR strikes OR attack*))";

    /// <summary>Each leader of the catalogue in his own country ("Lula in Brasília", "Ramaphosa in Pretoria"), written from the
    /// catalogue as <see cref="SameCountryLeaders"/> is: what <see cref="LeaderAbroad"/> must not read as a visit. (relev34) One
    /// clause a country, its leaders in one OR ("(@lula OR @alckmin) NEAR/1 in AND in NEAR/1 @BR"), which reads as the clauses one
    /// a leader did and is a fifth shorter: the summits query needed the room.</summary>
    private static string LeaderAtHome() => string.Join(" OR ", Entities.EntityCatalog.Resolve("leaders")!
        .Where(e => e.Country is { Length: 2 } c && c != "EU")
        .GroupBy(e => e.Country)
        .Select(g => "(" + (g.Count() == 1 ? "@" + g.First().Id : "(" + string.Join(" OR ", g.Select(e => "@" + e.Id)) + ")") + " NEAR/1 in AND in NEAR/1 @" + g.Key + ")"));

    /// <summary>What makes a tariff beside a fare or a service's price a trade measure after all: imports, exports, customs, a trade
    /// war, a bloc, or a tariff on a country's goods (<see cref="TransportFares"/>, <see cref="ServiceCharges"/>).</summary>
    private const string GoodsTradeCues =
        "import* OR export* OR customs OR \"trade war\" OR @blocs OR (\"tariff on\" OR \"tariffs on\") NEAR/3 @countries";

    /// <summary>A fare for public transport called a tariff (relev23): a trolleybus, bus, tram, metro or ferry tariff ("Chisinau
    /// approves new trolleybus and bus tariff", "Ferry operators raise winter tariffs on Cyclades routes"); (relev29) a cable car's,
    /// a helicopter service's, a taxi's or a railway's passenger tariff a word or four away ("Taxi riders face higher maximum
    /// tariffs", "new passenger tariffs on the standard gauge railway"; "passenger" only before its tariff, since a tariff on
    /// passenger cars is on goods); not a tariff on imported buses or ferries, which names imports, a bloc or a country's goods.</summary>
    private const string TransportFares =
        "(tariff* NEAR/5 (bus OR buses OR trolleybus* OR tram OR trams OR tramway* OR metro OR subway OR ferry OR ferries OR minibus* OR \"public transport\" OR commuter* OR commuters"
        + " OR \"cable car\" OR \"cable cars\" OR ropeway* OR funicular* OR gondola* OR helicopter* OR taxi OR taxis OR railway OR railways OR passengers"
        + " OR \"passenger tariff\" OR \"passenger tariffs\"))"
        + " NOT (" + GoodsTradeCues + " OR @countries NEAR/1 (buses OR ferries OR goods))";

    /// <summary>The price of a place or a service called a tariff (relev29): entry to a museum, a tower or a park, a ticket, a burial
    /// plot, a port's handling, a power company's or a pay-TV operator's tariff ("City museums raise entry tariffs", "Tower ticket
    /// tariff revised for foreign visitors", "Council revises burial tariffs", "Ports authority to revise port tariffs by 7%",
    /// "Lesotho Power tariffs up 6pc"): the words the tariff stands by name no goods. "Entry", "port" and "power" only right before
    /// the tariff: "tariff-free entry" for goods, a tariff on goods at a port and a president's tariff powers are trade. Not when
    /// the item names imports, exports, customs or a bloc, or a tariff on a country's goods.</summary>
    private const string ServiceCharges =
        "(tariff* NEAR/3 (museum OR museums OR ticket OR tickets OR burial OR burials OR cemetery OR cemeteries OR grave OR graves OR funeral OR funerals"
        + " OR \"pay-TV\" OR bouquet OR bouquets OR subscribers"
        // (relev31) a port's services to a ship ("Port Louis pilotage and towage tariffs to rise 6%")
        + " OR pilotage OR towage OR berthing OR wharfage OR stevedoring OR mooring OR dockage OR anchorage)"
        + " OR \"entry tariff\" OR \"entry tariffs\" OR \"entrance tariff\" OR \"entrance tariffs\" OR \"admission tariff\" OR \"admission tariffs\""
        + " OR \"port tariff\" OR \"port tariffs\" OR \"power tariff\" OR \"power tariffs\""
        // (relev32) a price, a plan or a fee by the month, a subscription's or a kindergarten's ("the tariffs … from 5,900 vatu a month
        // for the basic plan"): a duty on goods is never billed monthly; not a month alone ("ministers would meet within a month")
        + " OR (tariff* AND (price OR prices OR plan OR plans OR fee OR fees OR subscription*) NEAR/4 (\"a month\" OR \"per month\")))"
        + " NOT (" + GoodsTradeCues + ")";

    /// <summary>A tariff whose only trade cue is a city's or a country's name (relev30): a sauna's, a bath's, a car park's or a
    /// money-transfer operator's tariff in a named city ("Tallinn's public pools raise tariffs", "Kampala raises market stall
    /// tariffs"), which the general clause reads as trade by the place alone; a tariff with no place is left to the other clauses
    /// ("Adjustment tariffs to apply to 40 items"). A tariff keeps its trade reading with any cue of
    /// trade beside the place: imports, customs, a duty, a remedy, goods or a goods word, a bloc, a leader, talks or a deal, a
    /// rate beside the tariff, a headline's "tariff on" (a text's "tariffs on weekends" is a price's), a country a word from the
    /// tariff ("US tariffs", "Chinese tariff"; "tariffs in Kigali" too, which the rule cannot tell apart), two countries near each
    /// other ("Gabon's president to visit Washington over veneer tariff"), goods against or from a country.</summary>
    private const string PlaceOnlyTariff =
        "(tariff* AND @countries) NOT (import* OR export* OR customs OR trade OR goods OR products OR duty OR duties OR dumping OR countervailing OR safeguard OR retaliat*"
        + " OR countermeasure* OR reciprocal OR foreign OR overseas OR abroad OR levy OR levies OR @goods OR @headline-goods OR @blocs OR @leaders"
        // (a "tariff on" goods near by is in the item, which the goods words above already read: only the country is asked near it)
        + " OR title:(\"tariff on\" OR \"tariffs on\") OR (\"tariff on\" OR \"tariffs on\") NEAR/3 @countries"
        + " OR @tariff-on-parts OR @countries NEAR/1 tariff* OR @countries NEAR/3 @countries OR (against OR from) NEAR/1 @countries"
        + " OR tariff* NEAR/4 (percent OR \"per cent\") OR steel OR aluminium OR aluminum OR copper OR metal* OR autos OR cars OR vehicles OR oil OR machine* OR machinery"
        + " OR equipment OR devices OR canned OR frozen OR lumber OR timber OR paper OR cement OR fish OR meat OR fruit* OR vegetables OR motorcycle* OR tyre OR tire"
        + " OR palm OR diamond* OR gold OR counter-tariff* OR talks OR negotiat* OR discuss* OR deal OR agreement OR pact OR quota*)";

    /// <summary>Ministers' talks in a capital on trade, as the text of a tariff story names the meeting (relev30): "hope the ministers'
    /// talks in Lusaka will end the duty", "the trade minister said after talks in Seoul"; not ministers of health, farms or
    /// defence (<see cref="Portfolios"/>), nor talks with no trade, tariff or duty in the item.</summary>
    private const string MinistersTalksIn =
        "(minister OR ministers) NEAR/3 talks NEAR/2 (in OR at) NEAR/1 @countries AND (tariff* OR duty OR duties OR trade) NOT @portfolios NEAR/1 (minister OR ministers)";

    /// <summary>Summits named by their own name that no catalogue forum reads (relev23): the Commonwealth of Independent States by
    /// its abbreviation, with a member's capital or country (the Center for Internet Security is a CIS too), and the Ibero-American
    /// summit in English, Spanish and Portuguese.</summary>
    private const string NamedSummits =
        "((CIS NEAR/2 (summit* OR \"heads of state\" OR leaders)) AND (@RU OR @BY OR @KZ OR @KG OR @TJ OR @UZ OR @AM OR @AZ OR Turkmenistan OR Ashgabat OR Minsk OR Moscow OR Dushanbe OR Bishkek OR Astana OR Tashkent OR Baku OR Yerevan))"
        + " OR ((\"Ibero-American Summit\" OR \"Iberoamerican Summit\" OR \"Cumbre Iberoamericana\" OR \"Cimeira Ibero-Americana\" OR \"Cupula Ibero-Americana\")"
        // (not a sector's own Ibero-American meeting: cooks, business, youth, rectors, mayors)
        + " NOT (Iberoamericana OR Ibero-Americana OR Ibero-American) NEAR/3 (cocineros OR chefs OR empresarial OR empresarios OR jovenes OR juventud OR rectores OR alcaldes OR business OR youth))";

    /// <summary>A telephone conversation between two leaders named by office, as a presidency's release heads it (relev23):
    /// "Telephone conversation between the President of the Republic and the President of the United States", "entretien
    /// téléphonique entre les deux présidents"; not a club's, a union's or a company's president.</summary>
    private const string OfficeCall =
        "title:((" + OfficeCallWords + " OR Telefonat) NEAR/3 (between OR entre OR zwischen)"
        + " AND ((between OR entre) NEAR/4 (presidents OR presidentes OR leaders OR \"heads of state\" OR \"chefs d'Etat\" OR \"prime ministers\")"
        + " OR \"and the President\" OR \"and President\" OR \"and the Prime Minister\" OR \"et le President\" OR \"y el Presidente\" OR \"e o Presidente\""
        // (relev26) the other head by country and office ("… and the US President"), or the two governments by their capitals
        // ("entretien téléphonique entre Lomé et Washington")
        + " OR ((and OR et OR y OR e) NEAR/2 @countries) NEAR/1 (president OR presidente OR \"prime minister\" OR \"premier ministre\")"
        + " OR (between OR entre) NEAR/1 @countries NEAR/2 @countries)"
        + " NOT (" + NoGovernment + " OR club OR federation OR association OR university OR bank) NOT @sport)"
        // (relev33) a head's conversation with another head by office, in the headline ("holds a telephone conversation with the
        // President of Kenya", "entretien téléphonique avec le président ghanéen"), or told in the text under a headline that names
        // a head ("Le Premier ministre plaide … auprès du président nigérian" over "a demandé au président …, lors d'un entretien
        // téléphonique"); not a club's, a bank's or a company's president
        + " OR ((title:(" + OfficeCallWords + ") NEAR/2 (with OR avec OR con OR com) NEAR/2 (" + OfficeCallHeads + ")"
        + " OR text:((" + OfficeCallWords + ") NEAR/6 (" + OfficeCallHeads + ")) AND title:(" + HeadsOfGovernment + " OR \"chef de l'Etat\" OR \"premier ministre\"))"
        + " NOT title:(" + NotAHead + ") NOT @sport)";

    /// <summary>The words of a call by phone that <see cref="OfficeCall"/> reads, in English, French, Spanish and Portuguese.</summary>
    private const string OfficeCallWords = PhoneWords + " OR \"phone conversation\" OR \"telephone conversation\" OR \"entretien telephonique\""
        + " OR \"conversation telephonique\" OR \"conversacion telefonica\" OR \"llamada telefonica\" OR \"conversa telefonica\"";

    /// <summary>Another head by office, as <see cref="OfficeCall"/> reads him after "with" or near the call (relev33).</summary>
    private const string OfficeCallHeads = "president OR presidente OR \"prime minister\" OR \"premier ministre\" OR \"primer ministro\" OR \"primeiro-ministro\"";

    /// <summary>A head of state or government named by country and office visiting the White House or a country (relev23):
    /// "Madagascar president to visit White House amid vanilla tariff dispute", "The President of the Republic to make a working
    /// visit to Washington"; not a governor's visit, nor a domestic tour to a town no catalogue names.</summary>
    private const string OfficeVisit =
        "title:((" + CountryOffice + " NEAR/4 (@visiting NEAR/1 @countries)"
        // (relev24) or travelling there without the word "visit" ("Mauritian PM heads to White House over knitwear tariff"): the
        // country right after "to", "for" or "in", not the leader's own before the office ("US president heads to Camp David")
        + " OR (" + CountryOffice + " NEAR/4 (\"heads to\" OR \"head to\""
        + " OR \"travels to\" OR \"travel to\" OR \"flies to\" OR \"fly to\" OR \"off to\" OR \"leaves for\" OR \"departs for\" OR \"lands in\")"
        + " AND (to OR for OR in) NEAR/1 @countries)"
        + " OR (\"President of the Republic\" OR \"Prime Minister\" OR \"head of state\") NEAR/4 (\"working visit to\" OR \"official visit to\") NEAR/1 @countries"
        // (relev28) any head by office, the possessive too ("State House announces President's December working visit to
        // Washington"), not a club's or a company's president nor a vice or former one
        + " OR ((" + HeadsOfGovernment + ") NEAR/4 (\"working visit to\" OR \"official visit to\" OR \"state visit to\") NEAR/1 @countries NOT (" + NotAHead + "))"
        // (relev26) a head of government by office alone, to visit or expected in a country's capital ("Head of government to visit
        // Washington in April", "le chef du gouvernement attendu à Washington")
        + " OR (\"head of government\" OR \"head of state\" OR \"prime minister\" OR \"President of the Republic\" OR \"chef du gouvernement\" OR \"chef de l'Etat\""
        + " OR \"premier ministre\" OR \"president de la Republique\") NEAR/3 (\"to visit\" OR attendu OR \"se rendra\" OR \"en visite\") NEAR/2 @countries"
        // (relev30) or travelling there, and a monarch by his style ("The Prime Minister will travel to Canberra", "His Majesty to
        // visit Tokyo"); and a head by office, with the article, in a country's capital, as a French or English headline puts the
        // visit ("Le Premier ministre à Tokyo pour parler du riz", "The President in Nairobi for trade talks")
        + " OR (\"head of government\" OR \"head of state\" OR \"prime minister\" OR \"President of the Republic\" OR \"His Majesty\" OR \"Her Majesty\""
        + " OR \"chef du gouvernement\" OR \"chef de l'Etat\" OR \"premier ministre\" OR \"president de la Republique\") NEAR/3 (\"to visit\" OR \"travel to\" OR \"travels to\""
        + " OR \"fly to\" OR \"flies to\") NEAR/2 @countries"
        // (relev32) and "President" alone ("President to travel to Washington for talks"), not a vice or former one, nor a club's
        + " OR (president NEAR/3 (\"to visit\" OR \"travel to\" OR \"travels to\" OR \"fly to\" OR \"flies to\""
        // (relev33) and in French, expected or going there ("Le président attendu à Tokyo le 3 mars")
        + " OR attendu OR \"se rendra\" OR \"en visite\") NEAR/2 @countries NOT (" + NotAHead + "))"
        + " OR (\"le President\" OR \"le Premier ministre\" OR \"le chef de l'Etat\" OR \"le chef du gouvernement\" OR \"the President\" OR \"the Prime Minister\") NEAR/1 (a OR in)"
        + " NEAR/1 @countries)"
        + " NOT (" + NoGovernment + "))"
        // (relev33) a working or state visit to a country's capital in a French headline, over a head by office going there in the
        // text ("Visite de travail à Ottawa" over "Le président de la République se rendra à Ottawa")
        // (relev34: and a bare "Visite à Washington" over the same text)
        + " OR (title:((\"visite de travail\" OR \"visite officielle\" OR \"visite d'Etat\" OR visite) NEAR/2 @countries)"
        + " AND (\"president de la Republique\" OR \"chef de l'Etat\" OR \"premier ministre\" OR \"chef du gouvernement\") NEAR/2 (\"se rendra\" OR \"se rend\" OR attendu) NEAR/2 @countries)";

    /// <summary>A country or its head pressing or asking another in the headline, the call or the talks where it did told in the text
    /// (relev32): "Mauritius presses Washington on knitwear tariff" over "used his first call with the US president", "Malawi presses
    /// Mozambique on soya bean duty" over "during talks in Lilongwe": the two governments met, though the headline names the tariff
    /// and no meeting. Not a country that presses another with no call or talks told ("China urges US to lift tariffs").</summary>
    private const string PressedInTalks =
        "title:((@countries OR president OR PM OR \"prime minister\" OR premier OR minister OR \"head of government\" OR \"head of state\") NEAR/1"
        + " (presses OR pressed OR asks OR asked OR urges OR urged OR lobbies OR lobbied OR pushes OR pushed OR \"calls on\" OR \"called on\") NEAR/1 @countries)"
        + " AND (" + PhoneWords + " OR @call-party OR \"call between\" OR \"during talks\" OR \"during the talks\" OR talks NEAR/1 (in OR at) NEAR/1 @countries)";

    /// <summary>A head of state or government by office pressing, urging or asking another country's head by office or his counterpart
    /// (relev34): "PM presses US President on 25% jacket tariff", "President urges his Kenyan counterpart to lift sugar duty", "le Président
    /// plaide auprès de son homologue ghanéen" — two heads who speak to each other have met, by phone or in person, though the headline
    /// names no call or talks (<see cref="PressedInTalks"/> asks for them when the one pressed is a country). Not a vice or former head,
    /// an envoy, a union's, a club's or a bank's president (as <see cref="NotAHead"/>).</summary>
    private const string HeadPressesHead =
        "title:(((" + HeadsOfGovernment + ") NEAR/1 (presses OR pressed OR urges OR urged OR asks OR asked OR lobbies OR lobbied OR pushes OR pushed"
        + " OR \"calls on\" OR \"called on\") NEAR/3 (@countries NEAR/1 (president OR PM OR \"prime minister\" OR premier OR chancellor OR king OR emir)"
        + " OR counterpart OR counterparts)"
        // in French, Spanish or Portuguese, pleading with or urging the counterpart ("plaide auprès de son homologue", "insta a su homólogo")
        + " OR (president OR presidente OR \"premier ministre\" OR \"primer ministro\" OR \"primeiro-ministro\" OR \"chef de l'Etat\" OR \"chef du gouvernement\")"
        + " NEAR/2 (plaide OR presse OR exhorte OR interpelle OR pide OR insta OR urge OR pede OR exorta) NEAR/4 (homologue OR homologo OR homologa))"
        // (not NotAHead's family words: the French "son" is "his")
        + " NOT (" + NotAHeadByRole + " OR ancien OR adjoint OR vicepresidente OR exministro))";

    /// <summary>A summit that ends, closes or concludes with a call, a pledge, an agreement or a declaration, as a headline names the
    /// summit of a forum the catalogue lacks (relev34): "Nile Basin summit ends with call for joint hydropower fund", "Lakes summit
    /// closes with pledge on fisheries". A mountain's summit ends no such way, and its climbers' and trails' words are kept out by the
    /// summits query's own NOTs, as a business or an audience's summit is (<see cref="BusinessSummits"/>).</summary>
    private const string SummitOutcome =
        "title:((summit OR summits) NEAR/3 (ends OR ended OR closes OR closed OR concludes OR concluded OR wraps) NEAR/3 (call OR calls OR pledge OR pledges"
        + " OR agreement OR accord OR deal OR declaration OR communique OR commitment OR appeal OR resolution OR roadmap))";

    /// <summary>Meetings a headline names without a meeting word (session 21): a call with its other leader ("Starmer raises
    /// whisky tariff in call with Trump"), two leaders who sign deals, a head of government named by office and country meeting a
    /// leader ("Norway's PM to meet Trump at White House"), a state visit in the headline's language ("visita de Estado"). (Two
    /// countries signing a trade agreement, <see cref="AgreementSigned"/>, stood here too; relev34 moved it to the summits query's
    /// last group, which a tariff headline does not veto.)</summary>
    private const string NamedMeetings =
        "title:(@call-headline AND @call-party AND @leaders NEAR/8 @leaders NOT @same-country-leaders)"
        + " OR title:((sign OR signs OR signed) NEAR/3 (deals OR agreements OR MoUs OR pacts OR accords) AND (@leaders NEAR/2 @leaders NOT @same-country-leaders)"
        + " NOT (" + NoGovernment + " OR investor OR companies OR firms OR business*))"
        + " OR title:((@countries NEAR/2 (PM OR \"prime minister\" OR president OR premier OR chancellor)) NEAR/4 @meeting-verbs AND @meeting-verbs NEAR/4 @leaders"
        + " NOT (" + NoGovernment + "))"
        + " OR \"visita de Estado\" OR \"visita oficial\" OR \"visite d'Etat\" OR \"visite officielle\" OR Staatsbesuch"
        // (session 22) the Italian, Dutch and Nordic state visit; a courtesy call between two countries' leaders, not an
        // ambassador's or a governor's on one
        + " OR \"visita di Stato\" OR \"visita ufficiale\" OR staatsbezoek OR statsbesok OR statsbesøk OR statsbesog OR statsbesøg"
        + " OR (\"courtesy call\" AND @leaders NEAR/12 @leaders NOT @same-country-leaders)";

    /// <summary>Two leaders of one country within four words of each other ("President Zardari, PM Shehbaz Sharif", "Sisi,
    /// Madbouly"): a country's own leaders meeting, which the leader-pair clauses must not read as two countries' summit. Written
    /// from the catalogue (every country with more than one leader); the EU's presidents travel to summits together and are left out.</summary>
    private static string SameCountryLeaders() => string.Join(" OR ", Entities.EntityCatalog.Resolve("leaders")!
        .Where(e => e.Country is { } c && c != "EU")
        .GroupBy(e => e.Country)
        .Where(g => g.Count() > 1)
        .SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => "@" + a.Id + " NEAR/4 @" + b.Id))));

    /// <summary>The named lists a query reads as <c>@name</c> (<see cref="Query.QueryParser"/>): the word lists and clauses the
    /// default topics share or repeat, written once above, so that the topics' queries stay short and the next widening has
    /// room (<see cref="Query.QueryParser.MaxLength"/>). Each reads as if its text stood in parentheses where it is named; any
    /// query may name them. No name is an entity set's (<see cref="Entities.EntityCatalog.Resolve"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Lists = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sport"] = Sport,
        ["goods"] = FarmAndFactoryGoods,
        ["imports"] = Imports,
        ["leaders-call"] = LeadersCall,
        ["trade-war"] = TradeWar,
        ["call-headline"] = CallHeadline,
        ["call-party"] = CallParty,
        ["remedy-notices"] = RemedyNotices,
        ["budget-costs"] = BudgetCosts,
        ["budget-duties"] = BudgetDuties,
        ["goods-duty-headlines"] = GoodsDutyHeadlines,
        ["duty-free-goods"] = DutyFreeGoods,
        ["compensatory-quotas"] = CompensatoryQuotas,
        ["agreement-signed"] = AgreementSigned,
        ["named-meetings"] = NamedMeetings,
        ["foreign-duty-words"] = ForeignDutyWords,
        ["same-country-leaders"] = SameCountryLeaders(),
        ["leaders-gather"] = LeadersGather,
        ["meeting-headline"] = MeetingHeadline,
        ["tariff-headline"] = TariffHeadline,
        ["trade-figures-headline"] = TradeFiguresHeadline,
        ["tariff-subject"] = TariffSubject,
        ["tariff-change-headline"] = TariffChangeHeadline,
        ["recalled-meeting"] = RecalledMeeting,
        ["trade-talks"] = TradeTalks,
        ["bloc-trade-ministers"] = BodysTradeMinisters,
        ["ministers-trade-cue"] = MinistersTradeCue,
        ["portfolios"] = Portfolios,
        ["regions"] = Regions,
        ["meeting-acts"] = MeetingActs,
        ["visiting"] = Visiting,
        ["arriving"] = Arriving,
        ["meeting-verbs"] = Meeting,
        ["negotiating"] = Negotiating,
        ["duty-as-obligation"] = DutyAsObligation,
        ["bloc-leaders"] = BlocLeaders,
        ["business-summits"] = BusinessSummits,
        ["foreign-summit-words"] = ForeignSummitWords,
        ["two-countries-ministers"] = TwoCountriesMinisters,
        ["customs-on-goods"] = CustomsOnGoods,
        ["transport-fares"] = TransportFares,
        ["service-charges"] = ServiceCharges,
        ["named-summits"] = NamedSummits,
        ["office-call"] = OfficeCall,
        ["office-visit"] = OfficeVisit,
        ["pressed-in-talks"] = PressedInTalks,
        ["trade-tax-on-goods"] = TradeTaxOnGoods,
        ["two-countries-discuss"] = TwoCountriesDiscuss,
        ["headline-goods"] = HeadlineGoods,
        ["tariff-on-parts"] = TariffOnParts,
        ["remedy-cases"] = RemedyCases,
        ["remedy-terms"] = RemedyTerms,
        ["trade-offices"] = TradeOffices,
        ["two-countries-consultations"] = TwoCountriesConsultations,
        ["leader-abroad"] = LeaderAbroad,
        ["office-meets"] = OfficeMeets,
        ["leader-at-home"] = LeaderAtHome(),
        ["leaders-meet-in"] = LeadersMeetIn,
        ["summit-in-capital"] = SummitInCapital,
        ["office-pair"] = OfficePair,
        ["two-countries-in-talks"] = TwoCountriesInTalks,
        ["place-only-tariff"] = PlaceOnlyTariff,
        ["ministers-talks-in"] = MinistersTalksIn,
        ["summit-background-tariff"] = SummitBackgroundTariff,
        ["summit-with-heads"] = SummitWithHeads,
        ["heads-of-named-countries"] = HeadsOfNamedCountries,
        ["leaders-act-in"] = LeadersActIn,
        ["foreign-heads-meet"] = ForeignHeadsMeet,
        ["foreign-trade-ministers"] = ForeignTradeMinisters,
        ["head-presses-head"] = HeadPressesHead,
        ["summit-outcome"] = SummitOutcome,
        ["levy-to-amount"] = LevyToAmount,
    };

    public static readonly IReadOnlyDictionary<string, string> Queries = new Dictionary<string, string>
    {
        [Tariffs] = TariffsQuery,
        [Summits] = SummitsQuery,
    };
}

/// <summary>
/// A keyword matcher: each topic is a list of OR-ed terms; a term is a word, a quoted phrase, or a word with a
/// trailing * (prefix). Matching is case-insensitive on word boundaries.
/// </summary>
public sealed class KeywordTopicMatcher : ITopicMatcher
{
    private readonly List<(string Topic, Regex Pattern)> _topics = [];

    public KeywordTopicMatcher(IReadOnlyDictionary<string, string> topicQueries)
    {
        foreach (var (topic, query) in topicQueries)
            _topics.Add((topic, Compile(query)));
    }

    public IReadOnlyList<TopicMatch> Match(string title, string text, IReadOnlyCollection<string>? onlyTopics = null)
    {
        var haystack = title + "\n" + text;
        var result = new List<TopicMatch>();
        foreach (var (topic, pattern) in _topics)
        {
            if (onlyTopics is { Count: > 0 } && !onlyTopics.Contains(topic)) continue;
            var matches = pattern.Matches(haystack);
            if (matches.Count == 0) continue;
            var terms = matches.Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
            result.Add(new TopicMatch(topic, terms, Snippet(haystack, matches[0].Index, matches[0].Length)));
        }
        return result;
    }

    internal static string Snippet(string text, int index, int length, int context = 80)
    {
        var start = Math.Max(0, index - context);
        var end = Math.Min(text.Length, index + length + context);
        var s = text[start..end].Replace('\n', ' ').Trim();
        return (start > 0 ? "…" : string.Empty) + s + (end < text.Length ? "…" : string.Empty);
    }

    private static Regex Compile(string query)
    {
        var terms = new List<string>();
        foreach (Match m in Regex.Matches(query, "\"([^\"]+)\"|(\\S+)"))
        {
            var term = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            if (!m.Groups[1].Success && term.Equals("OR", StringComparison.Ordinal)) continue;
            var prefix = term.EndsWith('*');
            var escaped = Regex.Escape(prefix ? term[..^1] : term).Replace("\\ ", "\\s+");
            terms.Add(prefix ? $@"\b{escaped}\w*" : $@"\b{escaped}\b");
        }
        if (terms.Count == 0) throw new ArgumentException($"topic query '{query}' has no terms");
        return new Regex(string.Join('|', terms), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
