namespace Watcher.Core.Sources;

/// <summary>
/// A source's country (sources.json <c>country</c>, <c>watcher extract --country</c>): the country an outlet reports from, as an
/// ISO 3166-1 alpha-2 code or a party id of the entity catalog such as <c>EU</c>. The extractor reads it only as the last-resort
/// imposer of an item whose own institutions act and that names no country they could be (see <c>HomeCountry.Of</c>).
/// </summary>
public static class SourceCountry
{
    /// <summary>Two upper-case letters ("KE", "EU").</summary>
    public static bool IsValid(string code) => code is [var a, var b] && char.IsAsciiLetterUpper(a) && char.IsAsciiLetterUpper(b);
}
