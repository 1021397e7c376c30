using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// The countries, blocs and trade authorities that French, Spanish and Portuguese copy names in its own words ("Estados Unidos",
/// "EE.UU.", "États-Unis", "Pekín", "Bruselas", "Gecex", "Indecopi") and their demonyms as adjectives of goods ("chinos", "chinoises",
/// "brasileiros", "estadounidenses"), for the foreign-statement reader only: the English entity catalogue is left as it is.
/// </summary>
internal static partial class ForeignNames
{
    // id | names and authorities (whole words) | demonym stems (any gender and number ending)
    // ("Economía impone cuotas compensatorias …": Mexico's ministry, named bare only as the one that imposes; the bare word is the economy)
    private static readonly string[] Table =
    [
        "CN|China|Chine|Pekín|Pequim|Pékin|Beijing|Xi Jinping|chin|chinois",
        "US|Estados Unidos|EE\\.? ?UU\\.?|EEUU|EUA|EUA\\.|États-Unis|Etats-Unis|Washington|Casa Blanca|Casa Branca|Maison Blanche|Trump|estadounidens|norte-?americ|américain|americain",
        "EU|Unión Europea|União Europeia|Union européenne|Union europeenne|UE|Bruselas|Bruxelas|Bruxelles|Comisión Europea|Comissão Europeia|Commission européenne|europe[oau]|européen",
        "MX|México|Mexico|Mexique|Secretaría de Economía|Economía(?=\\s+impon)|Sheinbaum|mexican|mexicain",
        "CA|Canadá|Canada|Ottawa|Carney|canadiens|canadens|canadien",
        "BR|Brasil|Brésil|Gecex|Camex|Lula|brasileñ|brasileir|brésilien",
        "AR|Argentina|Argentine|Milei|argentin",
        "CL|Chile|Chili|chilen|chilien",
        "CO|Colombia|Colômbia|Colombie|colombian|colombien",
        "PE|Perú|Peru|Pérou|Indecopi|peruan|péruvien",
        "EC|Ecuador|Equador|Équateur|ecuatorian|equatorian",
        "UY|Uruguay|Uruguai|uruguay",
        "PY|Paraguay|Paraguai|paraguay",
        "IN|India|Índia|Inde|indi[oa]s|indian|indien",
        "JP|Japón|Japão|Japon|japones|japonais",
        "KR|Corea del Sur|Coreia do Sul|Corée du Sud|surcorean|sul-corean|sud-coréen",
        "RU|Rusia|Rússia|Russie|rus[oa]s|russ[oa]s|russes",
        "VN|Vietnam|Vietnã|Viêt Nam|Viet Nam|vietnamit|vietnamien",
        "ID|Indonesia|Indonésia|Indonésie|indonesi|indonésien",
        "TH|Tailandia|Tailândia|Thaïlande|tailandes|thaïlandais",
        "TR|Turquía|Turquia|Turquie|turc[oa]s|turques",
        "ZA|Sudáfrica|África do Sul|Afrique du Sud|sudafrican|sul-african|sud-africain",
        "MA|Marruecos|Marrocos|Maroc|marroqu|marocain",
        "FR|Francia|França|France|frances[ae]s|français",
        "DE|Alemania|Alemanha|Allemagne|aleman|alemã|allemand",
        "ES|España|Espanha|Espagne|español|espagnol",
        "GB|Reino Unido|Royaume-Uni|británic|britânic|britannique",
        "CH|Suiza|Suíça|Suisse|suiz[oa]s|suíç|suisses",
        "TW|Taiwán|Taiwan|taiwanes|taïwanais",
        "MY|Malasia|Malásia|Malaisie|malasi|malaisien",
        "MG|Madagascar|malgache",
        "CM|Camerún|Camarões|Cameroun|camerounais",
    ];

    private static readonly (string Id, Regex Name, Regex Demonym)[] Entries = [.. Table.Select(Entry)];

    private static (string, Regex, Regex) Entry(string row)
    {
        var parts = row.Split('|');
        var demonyms = parts.Skip(1).Where(p => char.IsLower(p[0])).ToList();
        var names = parts.Skip(1).Where(p => !char.IsLower(p[0])).ToList();
        return (parts[0],
            new Regex(@"(?<![\p{L}])(?:" + string.Join('|', names) + @")(?![\p{L}])", RegexOptions.CultureInvariant),
            new Regex(@"(?<![\p{L}])(?:" + string.Join('|', demonyms) + @")\p{L}{0,4}(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    /// <summary>A country named in <paramref name="text"/> by name or authority, with where it is; the earliest first.</summary>
    public static List<(string Id, int Start, int End)> Named(string text)
    {
        var found = new List<(string, int, int)>();
        foreach (var (id, name, _) in Entries)
            foreach (Match m in name.Matches(text)) found.Add((id, m.Index, m.Index + m.Length));
        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    /// <summary>The country a demonym in <paramref name="text"/> stands for ("candados chinos" → CN), the first one written.</summary>
    public static (string Id, int Start, int End)? Demonym(string text)
    {
        (string, int, int)? best = null;
        foreach (var (id, _, demonym) in Entries)
            if (demonym.Match(text) is { Success: true } m && (best is null || m.Index < best.Value.Item2)) best = (id, m.Index, m.Index + m.Length);
        return best;
    }
}
