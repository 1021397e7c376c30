using System.Globalization;
using Watcher.Core.Alerts;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Email;

public class CadencePlannerTests
{
    private static DateTimeOffset T(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static Subscription Sub(string? cadence, string? zone = null, int? hour = null, DayOfWeek? day = null, int? quietFrom = null, int? quietTo = null) =>
        new() { Id = "s", Channel = "email", Target = "a@example.com", Cadence = cadence, TimeZone = zone, SendHour = hour, SendDay = day, QuietFrom = quietFrom, QuietTo = quietTo };

    [Theory]
    // Hourly: the top of the current local hour.
    [InlineData("hourly", null, null, null, "2026-11-28T10:42:00Z", "2026-11-28T10:00:00Z")]
    // Daily at 07:00 Toronto (12:00 UTC in November): before it, yesterday's; after it, today's.
    [InlineData("daily", "America/Toronto", 7, null, "2026-11-28T11:59:00Z", "2026-11-27T12:00:00Z")]
    [InlineData("daily", "America/Toronto", 7, null, "2026-11-28T12:00:00Z", "2026-11-28T12:00:00Z")]
    // Daily across the spring-forward jump in Toronto (8 March 2026, 02:00 does not exist): 02:00 moves to 03:00 EDT.
    [InlineData("daily", "America/Toronto", 2, null, "2026-03-08T08:00:00Z", "2026-03-08T07:00:00Z")]
    // Weekly on Mondays at 08:00 Berlin (07:00 UTC in winter); Saturday 28 Nov → Monday 23 Nov.
    [InlineData("weekly", "Europe/Berlin", 8, DayOfWeek.Monday, "2026-11-28T10:00:00Z", "2026-11-23T07:00:00Z")]
    [InlineData("weekly", "Europe/Berlin", 8, DayOfWeek.Monday, "2026-11-30T06:59:00Z", "2026-11-23T07:00:00Z")]
    [InlineData("weekly", "Europe/Berlin", 8, DayOfWeek.Monday, "2026-11-30T07:00:00Z", "2026-11-30T07:00:00Z")]
    // Instant: held alerts flush on 10-minute boundaries; an unknown zone falls back to UTC.
    [InlineData("instant", "Not/AZone", null, null, "2026-11-28T10:47:13Z", "2026-11-28T10:40:00Z")]
    [InlineData(null, null, null, null, "2026-11-28T10:47:13Z", "2026-11-28T10:40:00Z")]
    public void Flush_time_is_the_latest_scheduled_time_at_or_before_now(string? cadence, string? zone, int? hour, DayOfWeek? day, string now, string expected) =>
        Assert.Equal(T(expected), CadencePlanner.FlushDue(Sub(cadence, zone, hour, day), T(now)));

    [Theory]
    [InlineData(22, 7, "2026-11-28T03:00:00Z", true)]   // 22:00 Toronto, quiet starts
    [InlineData(22, 7, "2026-11-28T11:59:00Z", true)]   // 06:59 Toronto
    [InlineData(22, 7, "2026-11-28T12:00:00Z", false)]  // 07:00 Toronto, quiet over
    [InlineData(13, 14, "2026-11-28T18:30:00Z", true)]  // 13:30 Toronto, a daytime window
    [InlineData(13, 14, "2026-11-28T19:00:00Z", false)]
    public void Quiet_hours_are_local_and_may_wrap_midnight(int from, int to, string now, bool quiet)
    {
        var s = Sub(null, "America/Toronto", quietFrom: from, quietTo: to);
        Assert.Equal(quiet, CadencePlanner.InQuietHours(s, T(now)));
        Assert.Equal(quiet ? null : T(now).AddMinutes(-(T(now).Minute % 10)), CadencePlanner.FlushDue(s, T(now)));
    }

    [Theory]
    [InlineData("daily", AlertKinds.NewStory, null, 0, HoldReason.Digest)]
    [InlineData("daily", AlertKinds.TariffChanged, null, 0, HoldReason.None)]       // high priority goes at once
    [InlineData("daily", AlertKinds.TariffChanged, 3, 0, HoldReason.Quiet)]        // ...but not in quiet hours
    [InlineData("instant", AlertKinds.NewStory, null, 4, HoldReason.None)]
    [InlineData("instant", AlertKinds.NewStory, null, 5, HoldReason.Burst)]         // five sent in the window: collapse
    [InlineData("instant", AlertKinds.NewStory, 3, 0, HoldReason.Quiet)]
    public void Route_decides_now_or_later(string cadence, string kind, int? quietFrom, int recent, HoldReason expected)
    {
        var s = Sub(cadence, quietFrom: quietFrom, quietTo: quietFrom is null ? null : quietFrom + 2) with { BurstLimit = 5 };
        var alert = EmailSamples.DayOfNews[0] with { Kind = kind };
        Assert.Equal(expected, CadencePlanner.Route(s, alert, T("2026-11-28T04:00:00Z"), recent));
    }

    [Fact]
    public void A_subscriber_query_narrows_what_they_get()
    {
        var s = Sub(null) with { Topics = ["tariffs"], Query = "canola OR \"electric vehicles\"" };
        Assert.True(s.Wants(EmailSamples.DayOfNews[0]));   // electric vehicles
        Assert.True(s.Wants(EmailSamples.DayOfNews[2]));   // canola
        Assert.False(s.Wants(EmailSamples.DayOfNews[5]));  // a tariff story without either
        Assert.False(s.Wants(EmailSamples.DayOfNews[3]));  // summits: not a subscribed topic
        Assert.True(s.Wants(EmailSamples.DayOfNews[3] with { Kind = AlertKinds.SourceBroken })); // source health reaches everyone
    }
}
