using System.Globalization;

namespace Watcher.Core.Tests.Signal;

/// <summary>One sentence (or two) of the grid, the measures a labeller following docs/quality.md's conventions would write
/// for it, and the value it takes in each dimension.</summary>
public sealed record GridRow(string Text, IReadOnlyList<LabelledMeasure> Expected, IReadOnlyDictionary<string, string> Dims);

/// <summary>
/// A paraphrase grid: the same tariff measure stated in systematic variants — the kind of statement, voice, the order of
/// imposer, rate, goods and origin, the rate's format, the tariff noun, how the imposer is named, the goods phrase, the
/// sentence the rate is in, and a distractor number — each with the measure the label conventions expect
/// (docs/quality.md "Label conventions (session 7)", docs/holdout-9/10/11-notes.md "Conventions"). Rows are built by
/// walking every frame of every kind and cycling the other dimensions in a fixed mixed-radix order, so every value of
/// every dimension meets many values of the others; the same build always gives the same rows.
/// </summary>
public static class ExtractionGrid
{
    private sealed record Imposer(string Id, string Country, string Capital, string Government, string Agency, string Leader);
    private sealed record Origin(string Id, string Country, string Adjective);
    private sealed record Goods(string Plain, string[] Labels, string Style);

    private static readonly Imposer[] Imposers =
    [
        new("IN", "India", "New Delhi", "the Indian government", "India's Directorate General of Trade Remedies", "Prime Minister Narendra Modi"),
        new("BR", "Brazil", "Brasilia", "the Brazilian government", "Brazil's Gecex trade chamber", "President Lula"),
        new("CA", "Canada", "Ottawa", "the Canadian government", "Canada's finance ministry", "Prime Minister Mark Carney"),
        new("AU", "Australia", "Canberra", "the Australian government", "Australia's Anti-Dumping Commission", "Prime Minister Anthony Albanese"),
        new("EU", "the European Union", "Brussels", "the EU", "the European Commission", "Commission President Ursula von der Leyen"),
        new("TR", "Turkey", "Ankara", "the Turkish government", "Turkey's trade ministry", "President Recep Tayyip Erdogan"),
        new("ZA", "South Africa", "Pretoria", "the South African government", "South Africa's International Trade Administration Commission", "President Cyril Ramaphosa"),
        new("MX", "Mexico", "Mexico City", "the Mexican government", "Mexico's Secretariat of Economy", "President Claudia Sheinbaum"),
    ];

    private static readonly Origin[] Origins =
    [
        new("CN", "China", "Chinese"), new("VN", "Vietnam", "Vietnamese"), new("TH", "Thailand", "Thai"),
        new("KR", "South Korea", "South Korean"), new("ID", "Indonesia", "Indonesian"), new("JP", "Japan", "Japanese"),
        new("MY", "Malaysia", "Malaysian"),
    ];

    private static readonly string[] Products = ["steel pipes", "ceramic tiles", "solar panels", "hardwood plywood", "aluminium foil", "frozen shrimp", "glass fibre", "truck tyres", "polyester yarn"];

    private static readonly string[] Modifiers = ["seamless", "glazed", "monocrystalline", "decorative", "household", "peeled", "chopped", "radial", "textured"];
    private static readonly string[] Codes = ["HS 7304", "HS 6907", "HS 8541", "HS 4412", "HS 7607", "HS 0306", "HS 7019", "HS 4011", "HS 5402"];
    private static readonly (string A, string B)[] Companions =
    [
        ("steel tubes", "fittings"), ("porcelain slabs", "mosaics"), ("solar cells", "modules"), ("veneer", "particle board"),
        ("aluminium strip", "sheet"), ("prawns", "crab"), ("glass wool", "mats"), ("bus tyres", "inner tubes"), ("nylon yarn", "staple fibre"),
    ];

    // dimension values cycled across rows
    private static readonly string[] RateFormats = ["25%", "25 per cent", "25 percent", "decimal", "range"];
    private static readonly string[] Nouns = ["tariff", "duty", "levy", "import tax", "surcharge", "customs duty"];
    private static readonly string[] Namings = ["country", "capital", "government", "agency", "leader"];
    private static readonly string[] GoodsStyles = ["one", "modifier", "code", "list"];
    private static readonly string[] Distractors = ["none", "date", "volume", "market share", "previous rate"];

    public static List<GridRow> Build()
    {
        var rows = new List<GridRow>();
        var n = 0;
        foreach (var (kind, frames) in Kinds().Concat(ListedKinds()))
            foreach (var (frame, voice, order, build) in frames)
                for (var k = 0; k < Repeats; k++, n++)
                {
                    var c = Pick(n);
                    var made = build(c);
                    if (made is null) continue;
                    var (text, expected) = made.Value;
                    var dims = new Dictionary<string, string>
                    {
                        ["kind"] = kind, ["voice"] = voice, ["order"] = order, ["frame"] = frame,
                        ["rate format"] = c.RateFormat, ["noun"] = c.Noun, ["naming"] = c.Naming, ["goods"] = c.Goods.Style,
                        ["distractor"] = c.Distractor, ["position"] = frame.Contains("continued", StringComparison.Ordinal) ? "later sentence" : "same sentence",
                    };
                    rows.Add(new GridRow(AddDistractor(Capitalise(text), c), expected, dims));
                }
        rows.AddRange(Negatives());
        return rows;
    }

    private const int Repeats = 12;

    /// <summary>The choices one row makes in each cycled dimension: (n + n / p) % length with p at least the length, so every value
    /// comes up and the dimensions shift against one another.</summary>
    private sealed record Choice(int N, Imposer Imp, Origin Org, Origin Org2, string Product, Goods Goods, string RateFormat, string Noun, string Naming, string Distractor)
    {
        /// <summary>The rate as a number and as written.</summary>
        public (double Value, string Text) Rate(double whole) => RateFormat switch
        {
            "25%" => (whole, Fmt(whole) + "%"),
            "25 per cent" => (whole, Fmt(whole) + " per cent"),
            "25 percent" => (whole, Fmt(whole) + " percent"),
            "decimal" => (whole + 0.4, Fmt(whole + 0.4) + "%"),
            _ => (whole, Fmt(Math.Round(whole * 0.45, 1)) + "% to " + Fmt(whole) + "%"),
        };

        /// <summary>The rate with no range (a range does not read where one rate is stated, e.g. "raised to …").</summary>
        public (double Value, string Text) Single(double whole) => RateFormat == "range" ? (whole, Fmt(whole) + "%") : Rate(whole);

        public string ImposerName => Naming switch
        {
            "country" => Imp.Country, "capital" => Imp.Capital, "government" => Imp.Government, "agency" => Imp.Agency, _ => Imp.Leader,
        };

        public string Plural(string noun) => noun switch { "import tax" => "import taxes", "customs duty" => "customs duties", "duty" => "duties", "levy" => "levies", _ => noun + "s" };
        public string A(string next) => "aeiou".Contains(next[0]) && !next.StartsWith("25 ", StringComparison.Ordinal) ? "an" : "a";
        public IEnumerable<LabelledMeasure> Labels(string imposer, string target, double rate) =>
            Goods.Labels.Select(p => new LabelledMeasure(imposer, target, rate, p));
    }

    private static string Fmt(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static Choice Pick(int n)
    {
        var imp = Imposers[n % Imposers.Length];
        var org = Origins[(n / 2 + n) % Origins.Length];
        var org2 = Origins[(Array.IndexOf(Origins, org) + 3) % Origins.Length];
        var pi = (n * 5 + n / 7) % Products.Length;
        var style = GoodsStyles[(n / 5 + n) % GoodsStyles.Length];
        var goods = style switch
        {
            "one" => new Goods(Products[pi], [Products[pi]], style),
            "modifier" => new Goods(Modifiers[pi] + " " + Products[pi], [Modifiers[pi] + " " + Products[pi]], style),
            "code" => new Goods(Products[pi] + " (" + Codes[pi] + ")", [Products[pi]], style),
            _ => new Goods(Products[pi] + ", " + Companions[pi].A + " and " + Companions[pi].B, [Products[pi], Companions[pi].A, Companions[pi].B], style),
        };
        return new Choice(n, imp, org, org2, Products[pi], goods,
            RateFormats[(n + n / 11) % RateFormats.Length], Nouns[(n / 7 + n) % Nouns.Length],
            Namings[(n / 4 + n * 3) % Namings.Length], Distractors[(n / 13 + n) % Distractors.Length]);
    }

    private static (string, IReadOnlyList<LabelledMeasure>)? Made(string text, IEnumerable<LabelledMeasure> expected) => (text, expected.ToList());

    private static IEnumerable<(string Kind, (string Frame, string Voice, string Order, Func<Choice, (string, IReadOnlyList<LabelledMeasure>)?> Build)[] Frames)> Kinds()
    {
        // a tariff imposed
        yield return ("imposes", [
            ("I imposed R N on G from T", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed {c.A(r)} {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I imposed R N on Tadj G", "active", "imposer first, adjective origin", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed {c.A(r)} {r} {c.Noun} on {c.Org.Adjective} {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I will impose N of R on imports of G from T", "active", "on imports of Y from X", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} will impose {c.Plural(c.Noun)} of {r} on imports of {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I imposed R N on T-made G", "active", "X-made Y", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed {c.A(r)} {r} {c.Noun} on {c.Org.Country}-made {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I imposed R N on G originating in T", "active", "Y originating in X", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed {c.A(r)} {r} {c.Noun} on {c.Goods.Plain} originating in {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("R N on G from T takes effect, I said", "active", "rate first", c => { var (v, r) = c.Rate(25); return Made($"{c.A(r)} {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country} takes effect on Monday, {c.ImposerName} said.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("G from T will face R N, I said", "active", "goods first", c => { var (v, r) = c.Rate(25); return Made($"{c.Goods.Plain} from {c.Org.Country} will face {c.A(r)} {r} {c.Noun}, {c.ImposerName} said.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("Tadj exporters of G will face R N, I said", "active", "origin first", c => { var (v, r) = c.Rate(25); return Made($"{c.Org.Adjective} exporters of {c.Goods.Plain} will face {c.A(r)} {r} {c.Noun}, {c.ImposerName} said.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("R N was imposed on G from T by I", "passive", "rate first", c => { var (v, r) = c.Rate(25); return Made($"{c.A(r)} {r} {c.Noun} was imposed on {c.Goods.Plain} from {c.Org.Country} by {c.ImposerName}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("Imports of G from T will be subject to R N, I said", "passive", "goods first", c => { var (v, r) = c.Rate(25); return Made($"Imports of {c.Goods.Plain} from {c.Org.Country} will be subject to {c.A(r)} {r} {c.Noun}, {c.ImposerName} said.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("the R N on G imposed by I", "nominal", "rate first", c => { var (v, r) = c.Rate(25); return Made($"The {r} {c.Noun} on {c.Org.Adjective} {c.Goods.Plain} imposed by {c.ImposerName} takes effect on Monday.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("the R N that I imposed on G from T", "nominal", "rate first", c => { var (v, r) = c.Rate(25); return Made($"Exporters said the {r} {c.Noun} that {c.ImposerName} imposed on {c.Goods.Plain} from {c.Org.Country} would cut shipments.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I slapped R N on Tadj-made G", "active", "X-made Y", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} slapped {c.A(r)} {r} {c.Noun} on {c.Org.Adjective}-made {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("On Monday, I announced R N on G from T", "active", "date first", c => { var (v, r) = c.Rate(25); return Made($"On Monday, {c.ImposerName} announced {c.A(r)} {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I will levy R N on G imported from T", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} will levy {c.A(r)} {r} {c.Noun} on {c.Goods.Plain} imported from {c.Org.Country} from next month.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("headline: I slaps R N on Tadj G", "active", "headline", c => { var (v, r) = c.Single(25); return Made($"{c.Imp.Country} slaps {r} {c.Noun} on {c.Org.Adjective} {c.Goods.Plain}", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I imposed N on G from T. The N is R. (continued)", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed {c.A(c.Noun)} {c.Noun} on {c.Goods.Plain} from {c.Org.Country} on Monday. The {c.Noun} is {r} and applies for five years.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("raises", [
            ("I raised its N on G from T to R", "active", "imposer first", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} raised its {c.Noun} on {c.Goods.Plain} from {c.Org.Country} to {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I raised the N on Tadj G from R0 to R", "active", "imposer first, adjective origin", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} raised the {c.Noun} on {c.Org.Adjective} {c.Goods.Plain} from 10% to {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I raised the N on imports of G from T to R, from R0", "active", "on imports of Y from X", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} raised the {c.Noun} on imports of {c.Goods.Plain} from {c.Org.Country} to {r}, from 10% previously.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I will increase the N on G originating in T to R", "active", "Y originating in X", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} will increase the {c.Noun} on {c.Goods.Plain} originating in {c.Org.Country} to {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("The N on G from T was raised to R by I", "passive", "goods first", c => { var (v, r) = c.Single(25); return Made($"The {c.Noun} on {c.Goods.Plain} from {c.Org.Country} was raised to {r} by {c.ImposerName}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I's increase in the N on Tadj G to R", "nominal", "imposer first", c => { var (v, r) = c.Single(25); return Made($"The increase in the {c.Noun} on {c.Org.Adjective} {c.Goods.Plain} to {r}, announced by {c.ImposerName} on Monday, takes effect in April.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("cuts", [
            ("I cut its N on G from T to R", "active", "imposer first", c => { var (v, r) = c.Single(5); return Made($"{c.ImposerName} cut its {c.Noun} on {c.Goods.Plain} from {c.Org.Country} to {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I lowered the N on Tadj G from R0 to R", "active", "imposer first, adjective origin", c => { var (v, r) = c.Single(5); return Made($"{c.ImposerName} lowered the {c.Noun} on {c.Org.Adjective} {c.Goods.Plain} from 15% to {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I reduced the N on imports of G from T to R", "active", "on imports of Y from X", c => { var (v, r) = c.Single(5); return Made($"{c.ImposerName} reduced the {c.Noun} on imports of {c.Goods.Plain} from {c.Org.Country} to {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("The N on G from T was cut to R by I", "passive", "goods first", c => { var (v, r) = c.Single(5); return Made($"The {c.Noun} on {c.Goods.Plain} from {c.Org.Country} was cut to {r} by {c.ImposerName}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("extends", [
            ("I extended its R N on G from T", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} extended its {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country} for five years.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I extended the N of R on Tadj G", "active", "imposer first, adjective origin", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} extended the {c.Plural(c.Noun)} of {r} on {c.Org.Adjective} {c.Goods.Plain} until 2030.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("The R N on G from T was extended by I", "passive", "rate first", c => { var (v, r) = c.Rate(25); return Made($"The {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country} was extended by {c.ImposerName} for five years.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("suspends", [
            ("I suspended its R N on G from T", "active", "imposer first", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} suspended its {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country} for 90 days.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I paused the R N on Tadj G", "active", "imposer first, adjective origin", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} paused the {r} {c.Noun} on {c.Org.Adjective} {c.Goods.Plain} until June.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("anti-dumping final", [
            ("I issued a final determination imposing AD duties of R on G from T", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} issued a final determination imposing anti-dumping duties of {r} on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("In its final determination, I set AD duties of R on Tadj G", "active", "imposer first, adjective origin", c => { var (v, r) = c.Rate(25); return Made($"In its final determination, {c.ImposerName} set anti-dumping duties of {r} on {c.Org.Adjective} {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I imposed definitive AD duties on imports of G originating in T at R", "active", "Y originating in X", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed definitive anti-dumping duties on imports of {c.Goods.Plain} originating in {c.Org.Country} at {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("Final AD duties of R on G from T were confirmed by I", "passive", "rate first", c => { var (v, r) = c.Rate(25); return Made($"Final anti-dumping duties of {r} on {c.Goods.Plain} from {c.Org.Country} were confirmed by {c.ImposerName}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I imposed AD duties on G from T. The duties are R. (continued)", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed final anti-dumping duties on {c.Goods.Plain} from {c.Org.Country}. The duties, of {r}, apply for five years.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("countervailing final", [
            ("I imposed final CVD of R on G from T", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} imposed final countervailing duties of {r} on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("Tadj G will face CVD of R, I ruled", "active", "origin first", c => { var (v, r) = c.Rate(25); return Made($"{c.Org.Adjective} {c.Goods.Plain} will face countervailing duties of {r}, {c.ImposerName} ruled.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I's final CVD on G from T. (continued rate)", "active", "imposer first", c => { var (v, r) = c.Rate(25); return Made($"{c.ImposerName} issued its final ruling in the countervailing duty investigation into {c.Goods.Plain} from {c.Org.Country}. The duties were set at {r}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("ruling per country", [
            ("I set AD duties of R1 on G from T1 and R2 on G from T2", "active", "imposer first", c => Made($"{c.ImposerName} set anti-dumping duties of 12.8% on {c.Product} from {c.Org.Country} and 38.4% on {c.Product} from {c.Org2.Country}.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("I set AD duties on G: R1 for T1, R2 for T2", "active", "goods first", c => Made($"{c.ImposerName} set anti-dumping duties on {c.Product}: 12.8% for {c.Org.Country} and 38.4% for {c.Org2.Country}.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("Tadj1 G face R1 and Tadj2 G R2", "active", "origin first", c => Made($"Under the ruling by {c.ImposerName}, {c.Org.Adjective} {c.Product} face duties of 12.8% and {c.Org2.Adjective} {c.Product} 38.4%.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
        ]);
        yield return ("ruling per company", [
            ("I set AD duties on G from T: R1 for Firm A, R2 for Firm B and R3 for all others", "active", "imposer first", c => Made($"{c.ImposerName} set anti-dumping duties on {c.Product} from {c.Org.Country}, with rates of 12.1% for Hengli Group, 15.6% for Sunrise Industries and 21.7% for all other producers.",
                [new(c.Imp.Id, c.Org.Id, 21.7, c.Product)])),
            ("Tadj G: Firm A R1, Firm B R2 (duties by I)", "active", "origin first", c => Made($"{c.Org.Adjective} {c.Product} makers face duties from {c.ImposerName} ranging from 12.1% for Hengli Group to 21.7% for Sunrise Industries.",
                [new(c.Imp.Id, c.Org.Id, 21.7, c.Product)])),
        ]);
        yield return ("safeguard", [
            ("I imposed a safeguard duty of R on G from all origins", "active", "imposer first", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} imposed a safeguard duty of {r} on imports of {c.Goods.Plain} from all origins.", c.Labels(c.Imp.Id, "*", v)); }),
            ("I imposed a R safeguard duty on G, citing a surge from T", "active", "imposer first, supplier named", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} imposed a {r} safeguard duty on {c.Goods.Plain}, citing a surge of imports from {c.Org.Country}.", c.Labels(c.Imp.Id, "*", v)); }),
            ("Safeguard duties of R on G were imposed by I", "passive", "rate first", c => { var (v, r) = c.Single(25); return Made($"Safeguard duties of {r} on {c.Goods.Plain} were imposed by {c.ImposerName} for three years.", c.Labels(c.Imp.Id, "*", v)); }),
        ]);
        yield return ("tariff-rate quota", [
            ("I opened a TRQ for G with R1 in quota and R2 above", "active", "imposer first", c => Made($"{c.ImposerName} opened a tariff-rate quota of 50,000 tonnes for {c.Product}, with an in-quota duty of 5% and an out-of-quota duty of 30%.",
                [new(c.Imp.Id, "*", 5, c.Product), new(c.Imp.Id, "*", 30, c.Product)])),
            ("Imports of G above a quota of V face R (I)", "active", "goods first", c => Made($"Imports of {c.Product} above a quota of 50,000 tonnes will face a 30% tariff, {c.ImposerName} said.",
                [new(c.Imp.Id, "*", 30, c.Product)])),
        ]);
        yield return ("threat with a rate", [
            ("I threatened R N on Tadj G if talks fail", "active", "imposer first, adjective origin", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} threatened {c.A(r)} {r} {c.Noun} on {c.Org.Adjective} {c.Goods.Plain} if talks fail.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("G from T would face R N if no deal, I said", "active", "goods first", c => { var (v, r) = c.Single(25); return Made($"{c.Goods.Plain} from {c.Org.Country} would face {c.A(r)} {r} {c.Noun} if there is no deal by June, {c.ImposerName} said.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
        yield return ("schedule", [
            ("I will cut the N on G from T to R1 in 2026 and R2 in 2027", "active", "imposer first", c => Made($"{c.ImposerName} will cut the {c.Noun} on {c.Product} from {c.Org.Country} to 12% in 2026 and 8% in 2027.",
                [new(c.Imp.Id, c.Org.Id, 12, c.Product), new(c.Imp.Id, c.Org.Id, 8, c.Product)])),
            ("The safeguard duty on G falls from R0 to R1 in year two and R2 in year three", "active", "goods first", c => Made($"The safeguard duty on {c.Product} imposed by {c.ImposerName} falls from 20% to 15% in the second year and 10% in the third.",
                [new(c.Imp.Id, "*", 15, c.Product), new(c.Imp.Id, "*", 10, c.Product)])),
        ]);
        yield return ("specific duty", [
            ("I imposed a duty of $A per tonne on G from T", "active", "imposer first", c => Made($"{c.ImposerName} imposed a duty of US$215 per tonne on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, 215))),
            ("Tadj G will face a duty of EUR A a tonne, I said", "active", "origin first", c => Made($"{c.Org.Adjective} {c.Goods.Plain} will face a duty of EUR 87.5 a tonne, {c.ImposerName} said.", c.Labels(c.Imp.Id, c.Org.Id, 87.5))),
        ]);
        yield return ("compound duty", [
            ("I set a duty of R plus EUR A a tonne on G from T", "active", "imposer first", c => Made($"{c.ImposerName} set a duty of 6.5% plus EUR 45 a tonne on {c.Product} from {c.Org.Country}.",
                [new(c.Imp.Id, c.Org.Id, 6.5, c.Product), new(c.Imp.Id, c.Org.Id, 45, c.Product)])),
        ]);
        yield return ("rate in words", [
            ("I imposed a ten per cent N on G from T", "active", "imposer first", c => Made($"{c.ImposerName} imposed a ten per cent {c.Noun} on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, 10))),
            ("I halved its R0 N on Tadj G", "active", "imposer first, adjective origin", c => Made($"{c.ImposerName} halved its 30% {c.Noun} on {c.Org.Adjective} {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, 15))),
            ("I doubled the N on G from T to R", "active", "imposer first", c => Made($"{c.ImposerName} doubled the {c.Noun} on {c.Goods.Plain} from {c.Org.Country} to 50%.", c.Labels(c.Imp.Id, c.Org.Id, 50))),
        ]);
        yield return ("retaliation", [
            ("I retaliated with R N on Tadj G", "active", "imposer first, adjective origin", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} retaliated with {c.A(r)} {r} {c.Noun} on {c.Org.Adjective} {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("In retaliation, I imposed R N on G from T", "active", "imposer first", c => { var (v, r) = c.Single(25); return Made($"In retaliation, {c.ImposerName} imposed {c.A(r)} {r} {c.Noun} on {c.Goods.Plain} from {c.Org.Country}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
            ("I hit back at T with R N on its G", "active", "origin first", c => { var (v, r) = c.Single(25); return Made($"{c.ImposerName} hit back at {c.Org.Country} with {c.A(r)} {r} {c.Noun} on its {c.Goods.Plain}.", c.Labels(c.Imp.Id, c.Org.Id, v)); }),
        ]);
    }

    /// <summary>Session 10 (extract17): how a text pairs several rates with several origins or goods it lists, names the duty it
    /// defines, and refers back to a group of origins; each frame's expected measures follow the conventions (per-firm rates and a
    /// residual or country-wide rate are one measure per origin at the highest).</summary>
    private static IEnumerable<(string Kind, (string Frame, string Voice, string Order, Func<Choice, (string, IReadOnlyList<LabelledMeasure>)?> Build)[] Frames)> ListedKinds()
    {
        static Origin Third(Choice c) => Origins[(Array.IndexOf(Origins, c.Org) + 5) % Origins.Length];
        static (string A, string B) Pair(Choice c) => Companions[Array.IndexOf(Products, c.Product)];
        yield return ("respectively", [
            ("I set AD duties of R1, R2 and R3 on G from T1, T2 and T3, respectively", "active", "imposer first", c => Made($"{c.ImposerName} set final anti-dumping duties of 12.8%, 38.4% and 7.25% on {c.Product} from {c.Org.Country}, {c.Org2.Country} and {Third(c).Country}, respectively.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product), new(c.Imp.Id, Third(c).Id, 7.25, c.Product)])),
            ("Imports of G from T1 and T2 will face N of R1 and R2, respectively, I said", "passive", "goods first", c => Made($"Imports of {c.Product} from {c.Org.Country} and {c.Org2.Country} will face {c.Plural(c.Noun)} of 12.8% and 38.4%, respectively, {c.ImposerName} said.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("I imposed N on G from T1 and T2 at rates of R1 and R2 respectively", "active", "imposer first", c => Made($"{c.ImposerName} imposed {c.Plural(c.Noun)} on {c.Product} from {c.Org.Country} and {c.Org2.Country} at rates of 12.8 per cent and 38.4 per cent respectively.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("Tadj1 and Tadj2 exporters of G face N of R1 and R2 respectively, I ruled", "active", "origin first", c => Made($"{c.Org.Adjective} and {c.Org2.Adjective} exporters of {c.Product} will face anti-dumping duties of 12.8 percent and 38.4 percent respectively, {c.ImposerName} ruled.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("I raised its N on G1 and G2 from T to R1 and R2, respectively", "active", "imposer first", c => Made($"{c.ImposerName} raised its {c.Plural(c.Noun)} on {Pair(c).A} and {Pair(c).B} from {c.Org.Country} to 15% and 10%, respectively.",
                [new(c.Imp.Id, c.Org.Id, 15, Pair(c).A), new(c.Imp.Id, c.Org.Id, 10, Pair(c).B)])),
        ]);
        yield return ("country heading", [
            ("I set final AD duties on G from T1 and T2. T1: R1; T2: R2.", "active", "origin first", c => Made($"{c.ImposerName} set final anti-dumping duties on {c.Product} from {c.Org.Country} and {c.Org2.Country}. {c.Org.Country}: 12.8 percent; {c.Org2.Country}: 38.4 percent.",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("I imposed provisional N on G from two countries:\\n- T1 — R1\\n- T2 — R2", "active", "origin first", c => Made($"{c.ImposerName} imposed provisional {c.Plural(c.Noun)} on {c.Product} from two countries:\n- {c.Org.Country} — 12.8%\n- {c.Org2.Country} — 38.4%",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("I imposed AD duties on G from T1 (R1) and T2 (R2)", "active", "imposer first", c => Made($"{c.ImposerName} imposed anti-dumping duties on {c.Product} from {c.Org.Country} (12.8%) and {c.Org2.Country} (38.4%).",
                [new(c.Imp.Id, c.Org.Id, 12.8, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
            ("I's duties on G: T1: Firm, R1; all others, R1b. T2: Firm, R2; T2-wide entity, R2b.", "active", "origin first", c => Made($"{c.ImposerName} issued anti-dumping duty orders on {c.Product} from {c.Org.Country} and {c.Org2.Country}. {c.Org.Country}: Hengli Group, 12.1 percent; all others, 21.7 percent. {c.Org2.Country}: Sunrise Industries, 9.3 percent; {c.Org2.Country}-wide entity, 38.4 percent.",
                [new(c.Imp.Id, c.Org.Id, 21.7, c.Product), new(c.Imp.Id, c.Org2.Id, 38.4, c.Product)])),
        ]);
        yield return ("residual rate", [
            ("I set AD duties on G from T of R1 for Firm A and R2 for the T-wide entity", "active", "imposer first", c => Made($"{c.ImposerName} set anti-dumping duties on {c.Product} from {c.Org.Country} of 12.1% for Hengli Group and 38.4% for the {c.Org.Country}-wide entity.",
                [new(c.Imp.Id, c.Org.Id, 38.4, c.Product)])),
            ("AD duties on G are R1 for Firm A, while R2 applies to all other imports from T (I)", "active", "goods first", c => Made($"{c.ImposerName} set anti-dumping duties on {c.Product} of 12.1% for Hengli Group, while all other imports from {c.Org.Country} will be subject to a duty of 38.4%.",
                [new(c.Imp.Id, c.Org.Id, 38.4, c.Product)])),
            ("I set AD duties on G from T: R1 for Firm A, all other exporters R2", "active", "imposer first", c => Made($"{c.ImposerName} set anti-dumping duties on {c.Product} from {c.Org.Country}, with Hengli Group facing 12.1% and all other exporters 38.4%.",
                [new(c.Imp.Id, c.Org.Id, 38.4, c.Product)])),
        ]);
        yield return ("defined duty name", [
            ("I imposed an anti-circumvention duty (ACD) on G from T. The ACD is R.", "active", "imposer first", c => Made($"{c.ImposerName} imposed an anti-circumvention duty (ACD) on {c.Product} from {c.Org.Country} on Monday. The ACD is 35.6% and applies for five years.",
                [new(c.Imp.Id, c.Org.Id, 35.6, c.Product)])),
            ("I introduced a provisional import charge (PIC) on G from T. The PIC will be R.", "active", "imposer first", c => Made($"{c.ImposerName} introduced a provisional import charge (PIC) on {c.Product} from {c.Org.Country}. Under the decision, the PIC will be 18.5% for three years.",
                [new(c.Imp.Id, c.Org.Id, 18.5, c.Product)])),
            ("I announced a so-called 'border adjustment charge' on G from T. The border adjustment charge is R.", "active", "imposer first", c => Made($"{c.ImposerName} announced a so-called 'border adjustment charge' on {c.Product} from {c.Org.Country}. The border adjustment charge will be 18.5% from July.",
                [new(c.Imp.Id, c.Org.Id, 18.5, c.Product)])),
        ]);
        yield return ("group origin", [
            ("I imposed AD duties on G from T1 and T2. Duties of R apply to imports from the two countries.", "active", "imposer first", c => Made($"{c.ImposerName} imposed anti-dumping duties on {c.Product} from {c.Org.Country} and {c.Org2.Country} on Monday. Duties of 24.5% will apply to imports from the two countries for five years.",
                [new(c.Imp.Id, c.Org.Id, 24.5, c.Product), new(c.Imp.Id, c.Org2.Id, 24.5, c.Product)])),
            ("I opened a probe into G from T1, T2 and T3. Shipments from the three nations face R.", "active", "origin first", c => Made($"{c.ImposerName} extended its anti-dumping duties on {c.Product} from {c.Org.Country}, {c.Org2.Country} and {Third(c).Country}. Shipments from all three countries will keep paying a duty of 24.5%.",
                [new(c.Imp.Id, c.Org.Id, 24.5, c.Product), new(c.Imp.Id, c.Org2.Id, 24.5, c.Product), new(c.Imp.Id, Third(c).Id, 24.5, c.Product)])),
        ]);
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A number that is not the measure, in a sentence of its own or a clause: a date, a volume, a market share, the rate before.</summary>
    private static string AddDistractor(string text, Choice c) => AddDistractor(text, c.Distractor, c) is var t && !text.EndsWith('.') && t.Length > text.Length
        ? text + "." + Environment.NewLine + t[(text.Length + 1)..] // a headline has no full stop; the body follows it as QualityTests joins them
        : t;

    private static string AddDistractor(string text, string distractor, Choice c) => distractor switch
    {
        "date" => text + " The measure takes effect on 1 March 2026 and runs until 28 February 2031.",
        "volume" => text + " Imports reached 1.2 million tonnes in 2024, up 35% on the year before.",
        "market share" => text + $" Shipments from {c.Org.Country} hold a 38% share of the market.",
        "previous rate" => text + " The previous rate was 7.5%.",
        _ => text,
    };

    /// <summary>Sentences that state no measure under the conventions: a threat with no rate, an economist's hypothetical with no
    /// imposer, a telecom or electricity tariff, "duty" as an obligation, a dumping margin with no duty, a share of trade.</summary>
    private static IEnumerable<GridRow> Negatives()
    {
        string[] texts =
        [
            "{I} threatened to impose tariffs on {Tadj} {P} if talks fail.",
            "{I} could impose duties on {P} from {T}, officials warned.",
            "{I} is considering tariffs on {Tadj} {P} and will decide next month.",
            "Economists estimate that a 25% tariff on {P} would cut {T}'s exports by 12%.",
            "If a 25% tariff on {P} were imposed, prices would rise by about 4%, analysts said.",
            "{T}'s largest mobile operator raised its data tariffs by 25% from Monday.",
            "{T}'s electricity regulator approved a 12% rise in power tariffs for households.",
            "{I} said it had a duty to protect the 25% of workers employed in {P} factories.",
            "Officials on duty at the port checked 40% of the containers carrying {P} from {T}.",
            "The investigation found dumping margins of 18.4% on {P} from {T}, but {I} has not yet imposed duties.",
            "{T} accounts for 38% of {I}'s imports of {P}, up from 25% a year earlier.",
            "Shares of {Tadj} {P} makers fell 6% after {I} opened an anti-dumping investigation.",
            // extract17: "respectively" over figures that are no duty, a heading that is a section title, an abbreviation that is no duty
            "Exports of {P} to {T} and the United States rose 12% and 8%, respectively, last year.",
            "Outlook. {T}: growth of 5.1% is forecast for next year as {P} exports recover.",
            "The {Tadj} Revenue Authority (RA) said 12% of the containers of {P} were inspected, and the RA will check more.",
        ];
        var n = 0;
        for (var i = 0; i < texts.Length; i++)
            for (var k = 0; k < 4; k++, n++)
            {
                var c = Pick(n * 7 + 3);
                var naming = Namings[k];
                var name = (c with { Naming = naming }).ImposerName;
                var text = Capitalise(texts[i].Replace("{I}", name).Replace("{T}", c.Org.Country).Replace("{Tadj}", c.Org.Adjective).Replace("{P}", c.Product));
                yield return new GridRow(text, [], new Dictionary<string, string> { ["kind"] = "negative", ["frame"] = "negative " + (i + 1), ["naming"] = naming });
            }
    }
}
