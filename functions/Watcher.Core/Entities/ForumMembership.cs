namespace Watcher.Core.Entities;

/// <summary>
/// Which countries (ISO 3166-1 alpha-2 ids, as <see cref="EntityCatalog"/> names them) belong to a bloc or forum of the
/// catalogue (<see cref="EntityCatalog.All"/>'s blocs and <see cref="EntityCatalog.Forums"/>): a member's delegation at the
/// forum's summit is at that summit, so a headline naming the member ("Japan PM arrives in Vietnam for APEC summit") may tell
/// the summit the host's article tells without naming Japan. Written from general knowledge (the forums' own member lists,
/// as of 2026); a member that joined or left in the last few years carries the year ("TL+2025": Timor-Leste joined ASEAN in
/// 2025; "ML-2025": Mali left ECOWAS in 2025), read by <see cref="IsMember(string, string, int?)"/> when a year is given and
/// as the current membership otherwise. Forums whose membership is a world (the UN, G77, the Non-Aligned Movement, the OIC,
/// the Francophonie) are left out: every country would be a member.
/// </summary>
public static class ForumMembership
{
    private const string Asean = "BN KH ID LA MY MM PH SG TH VN TL+2025";

    // forum id | members (ISO alpha-2; "+year" joined that year, "-year" left that year)
    private static readonly string[] Lines =
    [
        // trade blocs and economic forums (EntityCatalog's blocs)
        "EU|AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB-2020",
        "APEC|AU BN CA CL CN HK ID JP KR MY MX NZ PG PE PH RU SG TW TH US VN",
        "G7|CA FR DE IT JP GB US",
        "G20|AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US",
        "ASEAN|" + Asean,
        "BRICS|BR RU IN CN ZA EG+2024 ET+2024 IR+2024 AE+2024 ID+2025",
        "MERCOSUR|AR BR PY UY BO+2024",
        "SCO|CN IN KZ KG PK RU TJ UZ IR+2023 BY+2024",
        "GCC|SA AE QA KW BH OM",
        "CARICOM|AG BS BB BZ DM GD GY HT JM MS KN LC VC SR TT",
        "SACU|ZA BW LS NA SZ",
        "EAEU|RU BY KZ KG AM",
        "EFTA|IS LI NO CH",
        "USMCA|US MX CA",
        "CPTPP|AU BN CA CL JP MY MX NZ PE SG VN GB+2024",
        "RCEP|BN KH ID LA MY MM PH SG TH VN CN JP KR AU NZ", // the ASEAN members of 2020 (Timor-Leste is no party)
        "OPEC|DZ CG GQ GA IR IQ KW LY NG SA AE VE",
        "NATO|AL BE BG CA HR CZ DK EE FI+2023 FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE+2024 TR GB US",
        "OECD|AU AT BE CA CL CO CR CZ DK EE FI FR DE GR HU IS IE IL IT JP KR LV LT LU MX NL NZ NO PL PT SK SI ES SE CH TR GB US",
        // Africa
        "AFRICAN-UNION|DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW EH ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW",
        "ECOWAS|BJ CV CI GM GH GN GW LR NG SN SL TG ML-2025 BF-2025 NE-2025",
        "SADC|AO BW KM CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW",
        "COMESA|BI KM CD DJ EG ER ET KE LY MG MW MU RW SC SO SD SZ TN UG ZM ZW",
        "EAC|BI CD+2022 KE RW SS TZ UG SO+2024",
        "ECCAS|AO BI CM CF TD CG CD GQ GA RW ST",
        "IGAD|DJ ER ET KE SO SS SD UG",
        "UEMOA|BJ BF CI GW ML NE SN TG",
        "CEMAC|CM CF TD CG GQ GA",
        "AES|ML+2024 BF+2024 NE+2024",
        // the Americas
        "CELAC|AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE",
        "OAS|AG AR BS BB BZ BO BR CA CL CO CR DM DO EC SV GD GT GY HT HN JM MX PA PY PE KN LC VC SR TT US UY NI-2023",
        "PACIFIC-ALLIANCE|CL CO MX PE",
        "ANDEAN|BO CO EC PE",
        "SICA|BZ CR SV GT HN NI PA DO",
        "ALBA|VE CU BO NI DM AG VC LC GD KN",
        "ACTO|BO BR CO EC GY PE SR VE",
        "OECS|AG DM GD MS KN LC VC",
        // Asia, the Middle East, the Pacific
        "SAARC|AF BD BT IN MV NP PK LK",
        "BIMSTEC|BD BT IN MM NP LK TH",
        "EAS|" + Asean + " AU CN IN JP NZ KR RU US",
        "CSTO|AM BY KZ KG RU TJ",
        "OTS|AZ KZ KG TR UZ",
        "ARAB-LEAGUE|DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE",
        "PIF|AU CK FJ PF KI MH FM NR NC NZ NU PW PG WS SB TO TV VU",
        "MSG|FJ PG SB VU",
        "MEKONG|CN KH LA MM TH VN",
        // Europe and the world
        "BENELUX|BE NL LU",
        "NORDIC|DK FI IS NO SE",
        "VISEGRAD|CZ HU PL SK",
        "COMMONWEALTH|AG AU BS BD BB BZ BW BN CM CA CY DM SZ FJ GA+2022 GM GH GD GY IN JM KE KI LS MW MY MV MT MU MZ NA NR NZ NG PK PG RW KN LC VC WS SC SL SG SB ZA LK TZ TO TT TG+2022 TV UG GB VU ZM",
    ];

    private static readonly Lazy<Dictionary<string, Dictionary<string, (int? Joined, int? Left)>>> Table = new(Build);

    /// <summary>Whether membership of <paramref name="forum"/> is known (the forum is listed here).</summary>
    public static bool IsKnown(string forum) => Table.Value.ContainsKey(forum);

    /// <summary>Whether <paramref name="country"/> belongs to <paramref name="forum"/>: in <paramref name="year"/> when given
    /// (joined that year or before, not left before it), else now (not left).</summary>
    public static bool IsMember(string forum, string country, int? year = null)
    {
        if (!Table.Value.TryGetValue(forum, out var members) || !members.TryGetValue(country, out var span)) return false;
        if (year is not { } y) return span.Left is null;
        return (span.Joined is null || span.Joined <= y) && (span.Left is null || y < span.Left);
    }

    /// <summary>The members of <paramref name="forum"/> now (empty when its membership is not known).</summary>
    public static IReadOnlyCollection<string> Members(string forum) =>
        Table.Value.TryGetValue(forum, out var members) ? [.. members.Where(m => m.Value.Left is null).Select(m => m.Key)] : [];

    private static Dictionary<string, Dictionary<string, (int? Joined, int? Left)>> Build()
    {
        var table = new Dictionary<string, Dictionary<string, (int?, int?)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines)
        {
            var (forum, list) = (line[..line.IndexOf('|')], line[(line.IndexOf('|') + 1)..]);
            var members = new Dictionary<string, (int?, int?)>(StringComparer.Ordinal);
            foreach (var token in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var sign = token.IndexOfAny(['+', '-']);
                var id = sign < 0 ? token : token[..sign];
                int? year = sign < 0 ? null : int.Parse(token.AsSpan(sign + 1), System.Globalization.CultureInfo.InvariantCulture);
                members[id] = sign < 0 ? (null, null) : token[sign] == '+' ? (year, null) : (null, year);
            }
            table[forum] = members;
        }
        return table;
    }
}
