using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 35 (extract69): the ordinary duty beside a trade remedy in wordings the general-duty reader lacked — the duty goods "already
/// attract", the customs duty of N% on goods that "remains" or "continues to apply" with its goods after the rate, one "which remains in
/// force", and in a remedy item the ordinary duty named by its qualifier ("a normal duty of N", "a basic tariff of N%") wherever it
/// stands — is on every origin under the remedy's imposer, not on the remedy's last origin (docs/quality.md, "Session 35 (extract69)").
/// Texts are the tests' own.
/// </summary>
public class GeneralDutyWordingsTests
{
    private static string[] Read(string text, string? country) =>
        TariffExtractor.Extract(text, country).Select(MeasureKey.Of).Order(StringComparer.Ordinal).ToArray();

    private const string Clamps = """
        NTC imposes anti-dumping duties on pipe clamps
        The National Tariff Commission has imposed anti-dumping duties of up to 31.5 percent on pipe clamps imported from China and 9.2 percent on pipe clamps from Vietnam. Pipe clamps already attract 16 percent customs duty.
        """;

    private const string Kettles = """
        Egypt confirms anti-dumping duties on Chinese and Indian kettles
        Egypt has imposed definitive anti-dumping duties of 22.4% on electric kettles from China and 8.7% on kettles from India. The customs duty of 30% on the kettles remains.
        """;

    private const string Hinges = """
        Malaysia sets anti-dumping duties on door hinges
        Anti-dumping duties of up to 27.3% for China and up to 12.8% for Indonesia will apply to door hinges for five years. The hinges pay an import duty of 25%, which remains in force.
        """;

    private const string Grommets = """
        Commerce sets antidumping deposits on grommets from China and Vietnam
        Commerce set antidumping deposits of 118.4 percent on grommets from China and 21.6 percent on grommets from Vietnam. Grommets enter the United States at a normal duty of 3.9 percent, which the deposits come on.
        """;

    private const string Resin = """
        KTC sets anti-dumping duties on epoxy resin
        Korea will levy anti-dumping duties of 14.2% on epoxy resin from Taiwan and 7.7% on epoxy resin from Thailand. Epoxy resin, used in coatings and laminates, is subject to a basic tariff of 6.5%, to which the duties are added.
        """;

    [Theory]
    [InlineData(Clamps, "PK", "PK>* 16% ")]
    [InlineData(Kettles, "EG", "EG>* 30% ")]
    [InlineData(Hinges, "MY", "MY>* 25% ")]
    [InlineData(Grommets, "US", "US>* 3.9% ")]
    [InlineData(Resin, "KR", "KR>* 6.5% ")]
    public void The_ordinary_duty_beside_a_remedy_is_on_every_origin(string text, string? country, string expected) =>
        Assert.Contains(Read(text, country), m => m.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData(Clamps, "PK", "PK>VN 16% ")]
    [InlineData(Kettles, "EG", "EG>IN 30% ")]
    [InlineData(Hinges, "MY", "MY>ID 25% ")]
    [InlineData(Grommets, "US", "US>VN 3.9% ")]
    [InlineData(Resin, "KR", "KR>TH 6.5% ")]
    public void The_remedys_last_origin_is_no_longer_the_dutys(string text, string? country, string wrong) =>
        Assert.DoesNotContain(Read(text, country), m => m.StartsWith(wrong, StringComparison.Ordinal));

    [Theory]
    // the remedy's own rates stay on their origins
    [InlineData(Kettles, "EG", "EG>IN 8.7% ")]
    [InlineData(Clamps, "PK", "PK>VN 9.2% ")]
    // outside a remedy item a "normal" duty is not read by its qualifier: a tariff on a named country stays on it
    [InlineData("""
        US raises tariff on Brazilian coffee
        The United States raised its tariff on Brazilian coffee to 50 percent, well above the normal duty of 10 percent that coffee from Brazil paid last year.
        """, "BR", "US>BR 50% ")]
    // a remedy duty that remains is no ordinary duty: it stays on its origin
    [InlineData("""
        Thailand keeps anti-dumping duty on Chinese bolts
        Thailand's anti-dumping duty of 45% on bolts from China remains.
        """, "TH", "TH>CN 45% ")]
    public void Look_alikes_keep_their_reading(string text, string? country, string expected) =>
        Assert.Contains(Read(text, country), m => m.Contains(expected, StringComparison.Ordinal));
}
