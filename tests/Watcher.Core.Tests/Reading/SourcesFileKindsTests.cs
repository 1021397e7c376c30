using System.Text;
using Watcher.Core.Sources;

namespace Watcher.Core.Tests.Reading;

public class SourcesFileKindsTests
{
    private static SourcesFile Load(string json) => SourcesFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Page_and_json_sources_carry_their_selectors_and_mapping()
    {
        var file = Load("""
            {"sources":[
              {"id":"fin","kind":"page","url":"https://fin.example/news/","selectors":{"item":"li.release","title":"h3","link":"h3 a","date":"time@datetime"}},
              {"id":"gdelt","kind":"json","url":"https://api.gdeltproject.org/api/v2/doc/doc?query=tariff&mode=ArtList&format=json"},
              {"id":"api","kind":"json","url":"https://api.example/news","mapping":{"items":"data","title":"headline","link":"web_url","date":"pub_date"}}
            ]}
            """);
        Assert.Equal("li.release", file.Sources[0].Selectors!.Item);
        Assert.Equal("time@datetime", file.Sources[0].Selectors!.Date);
        Assert.Null(file.Sources[1].Mapping); // the reader falls back to the GDELT defaults
        Assert.Equal("headline", file.Sources[2].Mapping!.Title);
        Assert.Equal("url", file.Sources[2].Mapping!.Summary ?? "url"); // unset optional fields stay null
    }

    [Theory]
    [InlineData("""{"sources":[{"id":"p","kind":"page","url":"https://x.example/"}]}""", "needs \"selectors\"")]
    [InlineData("""{"sources":[{"id":"p","kind":"rss","url":"https://x.example/"}]}""", "use feed, page or json")]
    [InlineData("""{"sources":[{"id":"p","kind":"page","url":"https://x.example/","selectors":{"title":"h3"}}]}""", "not valid sources JSON")]
    public void A_source_of_the_wrong_shape_is_refused_with_a_clear_error(string json, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load(json));
        Assert.Contains(message, ex.Message);
    }
}

public class SourcesFileCountryTests
{
    private static SourcesFile Load(string json) => SourcesFile.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void A_source_may_name_its_country_and_need_not()
    {
        var file = Load("""
            {"sources":[
              {"id":"nation","url":"https://nation.example/rss","country":"KE"},
              {"id":"eu","url":"https://eu.example/rss","country":"EU"},
              {"id":"wire","url":"https://wire.example/rss"}
            ]}
            """);
        Assert.Equal(["KE", "EU", null], file.Sources.Select(s => s.Country));
    }

    [Fact]
    public void The_bundled_sources_name_the_country_of_national_outlets_and_none_for_world_desks()
    {
        // BBC Business and CBC Business report their own governments' measures without naming the country; the Guardian's
        // world desk and SCMP's China-economy feed report other countries' and get none.
        var file = SourcesFile.Load(Path.Combine(Paths.RepoRoot, "functions", "Watcher.Core", "Sources", "sources.json"));
        Assert.Equal(["GB", "CA", null, null], file.Sources.Select(s => s.Country));
    }

    [Theory]
    [InlineData("Kenya")]
    [InlineData("ke")]
    [InlineData("KEN")]
    [InlineData("")]
    public void A_country_that_is_no_code_is_refused(string country)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load($$"""{"sources":[{"id":"n","url":"https://n.example/rss","country":"{{country}}"}]}"""));
        Assert.Contains("has country", ex.Message);
    }
}
