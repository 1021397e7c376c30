using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Digests;

namespace Watcher.Core.Tests.Email;

public class EmailComposerTests
{
    private static EmailMessage DailyDigest() => DigestComposer.Compose(
        new DigestRequest(EmailSamples.Daily, "Daily digest, Sat 28 Nov", HoldReason.Digest, EmailSamples.DayOfNews, "d-digest-1")
        { TariffsOf = EmailSamples.Tariffs }, EmailSamples.Links);

    [Fact]
    public void Daily_digest_matches_its_golden_html_and_text()
    {
        var m = DailyDigest();
        GoldenFiles.AssertMatches("digest-daily.html", m.Html);
        GoldenFiles.AssertMatches("digest-daily.txt", m.Text);
    }

    [Fact]
    public void Weekly_digest_matches_its_golden_html()
    {
        // Also the page docs/digest.png is a screenshot of (no hostile sample in it).
        var weekly = EmailSamples.Daily with { Cadence = "weekly", TimeZone = "Europe/Berlin", SendHour = 8, SendDay = DayOfWeek.Monday };
        var m = DigestComposer.Compose(new DigestRequest(weekly, "Weekly digest, week of 23 Nov", HoldReason.Digest,
            EmailSamples.DayOfNews.Where(a => a.StoryId != "s-xss").ToList(), "d-digest-2") { TariffsOf = EmailSamples.Tariffs }, EmailSamples.Links);
        GoldenFiles.AssertMatches("digest-weekly.html", m.Html);
        Assert.Equal(["watcher", "digest", "weekly"], m.Categories);
    }

    [Fact]
    public void Instant_alert_matches_its_golden_html()
    {
        var alert = EmailSamples.DayOfNews[1];
        var m = EmailComposer.InstantAlert(alert, EmailSamples.Instant, "d-instant-1", EmailSamples.Links);
        GoldenFiles.AssertMatches("instant-update.html", m.Html);
        Assert.Equal("Updated: Canada imposes 100% tariff on Chinese electric vehicles, effective October 1", m.Subject);
    }

    [Fact]
    public void Digest_groups_by_topic_and_story_with_source_counts_and_changes()
    {
        var m = DailyDigest();
        // Two alerts of one story (new, then updated) appear once, with the newest title and the larger source count.
        Assert.Equal(1, Count(m.Html, "Canada imposes 100% tariff on Chinese electric vehicles, effective October 1</a>"));
        Assert.DoesNotContain(">Canada imposes 100% tariff on Chinese electric vehicles</a>", m.Html);
        Assert.Contains("reported by 4 sources", m.Html);
        Assert.Contains("What changed", m.Html);
        Assert.Contains("The surtax applies from October 1.", m.Html);
        // Tariffs (4 stories) before summits (2), the tariff change leading its topic, and a tariff table.
        Assert.True(m.Html.IndexOf(">Tariffs <", StringComparison.Ordinal) < m.Html.IndexOf(">Summits <", StringComparison.Ordinal));
        Assert.Contains("<strong>75.8% deposit</strong>", m.Html);
        Assert.Equal("China imposes 75.8% anti-dumping deposit on Canadian canola seed + 4 more · Daily digest, Sat 28 Nov", m.Subject);
        Assert.Equal(["watcher", "digest", "daily"], m.Categories);
        Assert.Equal("sub-ana", m.CustomArgs["subscription_id"]);
    }

    [Fact]
    public void Feed_content_is_encoded_and_unsafe_links_are_dropped()
    {
        var m = DailyDigest();
        // Nothing a feed sent survives as markup: no script, no form, no image, no javascript: URL.
        foreach (var bad in new[] { "<script", "<form", "<img", "<input", "href=\"javascript:", "onerror=\"", "<b>" })
            Assert.DoesNotContain(bad, m.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Tariff &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", m.Html);
        Assert.DoesNotContain("javascript:alert(document.cookie)", m.Text + m.Html); // the unsafe link itself is gone
    }

    [Fact]
    public void Every_email_carries_one_click_unsubscribe_headers_and_links()
    {
        foreach (var m in new[] { DailyDigest(), EmailComposer.InstantAlert(EmailSamples.DayOfNews[0], EmailSamples.Instant, "d-1", EmailSamples.Links) })
        {
            Assert.StartsWith("<https://watcher.example.org/api/unsubscribe?token=", m.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", m.Headers["List-Unsubscribe-Post"]);
            Assert.Contains("Manage preferences</a>", m.Html);
            Assert.Contains("Unsubscribe: https://watcher.example.org/api/unsubscribe?token=", m.Text);
        }
    }

    [Theory]
    [InlineData(AlertKinds.NewStory, "Tariffs: Canada imposes 100% tariff on Chinese electric vehicles")]
    [InlineData(AlertKinds.UpdatedStory, "Updated: Canada imposes 100% tariff on Chinese electric vehicles")]
    [InlineData(AlertKinds.TariffChanged, "Tariff change: Canada imposes 100% tariff on Chinese electric vehicles")]
    [InlineData(AlertKinds.SourceBroken, "Source failing: Finance Canada")]
    public void Instant_subjects_say_what_happened(string kind, string subject)
    {
        var alert = EmailSamples.DayOfNews[0] with { Kind = kind };
        Assert.Equal(subject, EmailComposer.InstantAlert(alert, EmailSamples.Instant, "d-1").Subject);
    }

    [Fact]
    public void A_digest_without_alerts_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => DigestComposer.Compose(new DigestRequest(EmailSamples.Daily, "x", HoldReason.Digest, [], "d")));
        Assert.Contains("at least one alert", ex.Message);
    }

    [Fact]
    public void A_tracker_alert_whose_title_says_tariff_changed_is_not_prefixed_twice()
    {
        var alert = EmailSamples.DayOfNews[0] with { Kind = AlertKinds.TariffChanged, Title = "Tariff changed: China on Canada canola seed: 75.8% (in-force) → 76% (in-force)" };
        Assert.Equal("Tariff changed: China on Canada canola seed: 75.8% (in-force) → 76% (in-force)", EmailComposer.InstantAlert(alert, EmailSamples.Instant, "d-1").Subject);
    }

    private static int Count(string s, string part) => (s.Length - s.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
