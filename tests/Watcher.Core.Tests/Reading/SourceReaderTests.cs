using System.Text;
using Watcher.Core.Feeds;
using Watcher.Core.Fetching;
using Watcher.Core.Reading;
using Watcher.Core.Sources;

namespace Watcher.Core.Tests.Reading;

public class SourceReaderTests
{
    private const string PressPage = """
        <!doctype html><html><head><title> Ministry of Finance — Releases </title><base href="https://fin.example/news/"></head>
        <body><ul class="releases">
          <li class="release"><h3><a href="2025/canola">Canada responds to canola duties</a></h3><time datetime="2025-10-31T09:00:00-04:00">31 Oct</time>
              <p class="lede">Minister <b>announces</b> <script>x()</script>support.</p></li>
          <li class="release"><h3><a href="/news/2025/steel">Steel surtax update</a></h3><span class="date">30 October 2025</span></li>
          <li class="release"><p>No title and no link here</p></li>
        </ul></body></html>
        """;

    private static FetchResult Fetched(string body, string url, string? contentType = null) =>
        new() { Status = FetchStatus.Fetched, Body = Encoding.UTF8.GetBytes(body), Url = new Uri(url), ContentType = contentType };

    [Fact]
    public void A_page_source_reads_items_through_css_selectors()
    {
        var source = new SourceDefinition
        {
            Id = "fin", Kind = SourceKinds.Page, Url = "https://fin.example/news/",
            Selectors = new PageSelectors { Item = "li.release", Summary = "p.lede", Date = "time@datetime, span.date" },
        };
        var feed = SourceReader.Read(source, Fetched(PressPage, source.Url, "text/html"));
        Assert.Equal("page", feed.Format);
        Assert.Equal("Ministry of Finance — Releases", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("Canada responds to canola duties", first.Title);
        Assert.Equal("https://fin.example/news/2025/canola", first.Link);
        Assert.Equal("https://fin.example/news/2025/canola", first.Id);
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 13, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Minister <b>announces</b> support.", first.Summary);
        Assert.Equal(new DateTimeOffset(2025, 10, 30, 0, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public void A_page_source_with_an_invalid_selector_is_a_clear_parse_error()
    {
        var source = new SourceDefinition { Id = "fin", Kind = SourceKinds.Page, Url = "https://fin.example/", Selectors = new PageSelectors { Item = "li[[" } };
        var ex = Assert.Throws<FeedParseException>(() => SourceReader.Read(source, Fetched(PressPage, source.Url)));
        Assert.Contains("li[[", ex.Message);
    }

    [Fact]
    public void A_json_source_maps_the_gdelt_doc_api_article_list_by_default()
    {
        const string gdelt = """
            {"articles":[
              {"url":"https://news.example/a","url_mobile":"","title":"EU weighs tariffs on Chinese EVs","seendate":"20251031T091500Z","socialimage":"","domain":"news.example","language":"English","sourcecountry":"Belgium"},
              {"url":"https://news.example/b","title":"Summit in Gyeongju","seendate":"20251030T120000Z","domain":"news.example"}
            ]}
            """;
        var source = new SourceDefinition { Id = "gdelt", Kind = SourceKinds.Json, Url = "https://api.gdeltproject.org/api/v2/doc/doc?query=tariff&mode=ArtList&format=json" };
        var feed = SourceReader.Read(source, Fetched(gdelt, source.Url));
        Assert.Equal("api", feed.Format);
        Assert.Equal(["EU weighs tariffs on Chinese EVs", "Summit in Gyeongju"], feed.Items.Select(i => i.Title));
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 9, 15, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal("https://news.example/a", feed.Items[0].Id);
    }

    [Fact]
    public void A_json_source_with_a_custom_mapping_and_an_empty_answer()
    {
        var source = new SourceDefinition
        {
            Id = "api", Kind = SourceKinds.Json, Url = "https://api.example/v1/news",
            Mapping = new JsonMapping { Items = "data.results", Title = "headline", Link = "links.web", Date = "published_at", Summary = "abstract", Id = "id" },
        };
        var feed = SourceReader.Read(source, Fetched("""{"data":{"results":[{"id":42,"headline":"H","links":{"web":"/h"},"published_at":"2025-10-31T08:00:00Z","abstract":"a < b"}]}}""", source.Url));
        var item = Assert.Single(feed.Items);
        Assert.Equal("42", item.Id);
        Assert.Equal("https://api.example/h", item.Link);
        Assert.Equal("a &lt; b", item.Summary);
        Assert.Empty(SourceReader.Read(source with { Mapping = new JsonMapping() }, Fetched("{}", source.Url)).Items);
        Assert.Throws<FeedParseException>(() => SourceReader.Read(source, Fetched("""{"data":{"results":5}}""", source.Url)));
    }

    [Fact]
    public void A_feed_source_that_answers_with_a_page_names_the_feed_it_announces()
    {
        const string page = """<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"><link rel="alternate stylesheet" href="/x.css"><link rel="alternate" type="application/rss+xml" href="https://fin.example/rss.xml"></head></html>""";
        Assert.Equal([new Uri("https://fin.example/atom.xml"), new Uri("https://fin.example/rss.xml")], FeedDiscovery.Find(page, new Uri("https://fin.example/news/")));
        var source = new SourceDefinition { Id = "fin", Url = "https://fin.example/news/" };
        var ex = Assert.Throws<FeedDiscoveredException>(() => SourceReader.Read(source, Fetched(page, source.Url, "text/html; charset=utf-8")));
        Assert.Equal(new Uri("https://fin.example/atom.xml"), ex.FeedUrl);
    }

    [Fact]
    public void A_feed_source_uses_the_http_charset()
    {
        var body = Encoding.GetEncoding("iso-8859-1").GetBytes("<rss version=\"2.0\"><channel><title>Zölle</title></channel></rss>");
        var source = new SourceDefinition { Id = "s", Url = "https://x.example/feed" };
        var feed = SourceReader.Read(source, new FetchResult { Status = FetchStatus.Fetched, Body = body, ContentType = "application/rss+xml; charset=iso-8859-1" });
        Assert.Equal("Zölle", feed.Title);
    }
}
