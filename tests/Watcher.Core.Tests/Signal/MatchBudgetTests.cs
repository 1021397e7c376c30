using System.Text.RegularExpressions;
using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

public class MatchBudgetTests
{
    [Fact]
    public void A_read_that_runs_out_of_time_gives_the_fallback_and_other_errors_still_throw()
    {
        // A real blow-up, with its own short timeout: (a+)+$ on "aaaa…!" takes 2^n steps.
        var blowUp = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        Assert.Equal(-1, MatchBudget.OrElse(() => blowUp.IsMatch(new string('a', 64) + "!") ? 1 : 0, -1));
        Assert.Equal(1, MatchBudget.OrElse(() => 1, -1));
        Assert.Throws<FormatException>(() => MatchBudget.OrElse<int>(() => throw new FormatException(), -1));
    }
}
