using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A Spanish trade-remedy duty written as an amount per unit (session 30, extract54): "Indecopi fija derechos de hasta US$ 1.48 por kilo
/// a …", "Cuota de hasta 0.34 dólares por pieza a …", "Antidumping de US$ 6.40 por par a …", "derecho antidumping de US$ 3.40 por unidad
/// a …". The headline copies of remedy rulings in Mexico, Peru, Argentina and Colombia write the duty this way, with a bare "derechos",
/// "cuota" or "antidumping" and often no verb; an amount per piece, pair, unit, kilogram, tonne or litre after such a word is the duty,
/// not a price (a price has no duty word: "las sandalias suben a US$ 2.50 por par").
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>"por pieza", "por par", "por unidad", "por kilogramo", "por tonelada", "por litro" in the words the rate reader knows,
    /// each as long as the words it stands for ("per piece", "/pair  "): the readers take the goods from where the rate ends in the
    /// text as written.</summary>
    private static string ForeignPerUnitWords(string text) =>
        ForeignPerUnit().Replace(text, m =>
        {
            var unit = m.Groups["u"].Value.ToLowerInvariant() switch
            {
                var u when u.StartsWith("pieza", StringComparison.Ordinal) => "piece",
                var u when u.StartsWith("par", StringComparison.Ordinal) => "pair",
                var u when u.StartsWith("unidad", StringComparison.Ordinal) => "unit",
                var u when u.StartsWith("kilogramo", StringComparison.Ordinal) => "kilogram",
                var u when u.StartsWith("tonelada", StringComparison.Ordinal) => "tonne",
                _ => "litre",
            };
            var words = "per " + unit;
            return (words.Length > m.Length ? "/" + unit : words).PadRight(m.Length);
        });

    /// <summary>Whether the duty word matched at <paramref name="duty"/> is a bare remedy word before an amount per unit: the first
    /// such word from the duty's start on lies within it (one match from there, not every match of the text for every duty).</summary>
    private static bool PerUnitRemedy(string s, Match duty) =>
        PerUnitRemedyWord().Match(s, duty.Index) is { Success: true } p && p.Index < duty.Index + duty.Length;

    [GeneratedRegex(@"\bpor\s+(?<u>piezas?|pares|par|unidad(?:es)?|kilogramos?|toneladas?|litros?)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignPerUnit();

    /// <summary>"derechos de hasta US$ 1.48 por kilo", "Cuota de hasta 0.34 dólares por pieza", "Antidumping de US$ 6.40 por par": the
    /// word alone, the amount after it.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:derechos?|cuotas?|antidumping)(?=\s+de\s+(?:hasta\s+)?(?:US\s?\$\s?|USD\s?|\$\s?)?[0-9][0-9.,]*\s*(?:d[oó]lares\s+)?por\s+(?:kilo|kg|pieza|par|unidad|kilogramo|tonelada|litro)(?:s|es)?(?!\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitRemedyWord();

    /// <summary>A goods phrase that is the amount itself ("US$ 3.40" after "derecho antidumping de").</summary>
    [GeneratedRegex(@"^(?:US\s?\$|USD\b|\$|d[oó]lares\b|[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex AmountLed();
}
