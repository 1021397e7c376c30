namespace Watcher.Core.Tariffs;

/// <summary>GET /api/tariffs?imposer=&amp;target=: the tracker's current measures and their history.</summary>
public sealed class TariffApi(ITariffStore store)
{
    public sealed record TariffView(string Imposer, string Target, string Product, string Name, double? Rate, string RateUnit, string Status, string Action,
        string? Date, string Evidence, string? Link, DateTimeOffset LastChanged, IReadOnlyList<TariffObservation> History);

    /// <summary>Country codes are ISO alpha-2 (any case), "EU" or "*"; anything else is a usage error.</summary>
    public async Task<IReadOnlyList<TariffView>> ListAsync(string? imposer, string? target, CancellationToken ct = default)
    {
        var rows = await store.ListAsync(Code(imposer, nameof(imposer)), Code(target, nameof(target)), ct);
        return rows.Select(r => new TariffView(r.Imposer, r.Target, r.Product, r.DisplayName, r.Current.Rate, r.Current.RateUnit, r.Current.Status, r.Current.Action,
            r.Current.Date, r.Current.Evidence, r.Current.Link, r.LastChanged, r.History)).ToList();
    }

    private static string? Code(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var code = value.Trim().ToUpperInvariant();
        return code == "*" || (code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            ? code
            : throw new ArgumentException($"{name} '{value}' is not an ISO 3166-1 alpha-2 code, EU or *", name);
    }
}
