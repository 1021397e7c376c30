using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// The cells of a goods table as gazettes and budget annexes print them (session 18, extract30): a rate column headed in per cent
/// whose cells are bare figures ("Tariff item | Description | Current tariff (%) | New tariff (%)" over "5503.20.01 | Polyester
/// staple fibres | 10 | 25"), a new column that removes the duty ("Lithium-ion battery scrap | 5% | Nil", "Free", "Exempt"), and a
/// table headed by a line that only opens a list of rates ("The new rates, effective April 1, are:") after the item named the duty.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A rate cell as the rate reader reads it: a bare figure under a heading in per cent ("25" under "New tariff (%)") with
    /// its per cent sign; any other cell as written ("25" under "Amount (Rs/kg)" stays no rate).</summary>
    private static string TableRateCell(string cell, bool percentHeading) =>
        percentHeading && BareFigure().IsMatch(cell) ? cell + "%" : cell;

    /// <summary>A cell that states no duty in force: "Nil", "Free", "Exempt", "Exempted", "Zero", "Removed", "Abolished".</summary>
    private static bool NoDutyCell(string cell) => NoDutyWord().IsMatch(cell);

    /// <summary>A line that opens a list of rates and names no duty itself: "The new rates, effective April 1, are:", "Revised rates
    /// are as follows:", "The rates below apply from 1 July." (not one naming a domestic tax or prices: DutyTable checks that first).</summary>
    private static bool TableLeadsRates(string leadIn) => RatesWord().IsMatch(leadIn) && ListLeadIn().IsMatch(leadIn) && !NotDutyRates().IsMatch(leadIn);

    /// <summary>A figure with nothing else: "25", "14.62", "7,5".</summary>
    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{1,3})?$")]
    private static partial Regex BareFigure();

    /// <summary>A heading in per cent: "(%)", "%", "percent", "per cent", "ad valorem".</summary>
    [GeneratedRegex(@"%|\bper\s*cent\b|\bad\s+valorem\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentHeading();

    [GeneratedRegex(@"^(?:nil|free|exempt(?:ed)?|zero|removed|abolished|eliminated)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoDutyWord();

    /// <summary>Rates that are no duty's: interest, exchange, freight, shipping, tax, electricity, water, mortgage, inflation, growth.</summary>
    [GeneratedRegex(@"\b(?:interest|exchange|freight|shipping|charter|tax|electricity|power|water|mortgage|lending|deposit|inflation|growth|mobile|data|fares?|tolls?|wages?|salar(?:y|ies)|pensions?|prices?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDutyRates();
}
