using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Watcher.Cli.Demo;

/// <summary>The bundled sample news (Demo/newsroom.json), rendered as real Atom and RSS 2.0 documents per round.</summary>
public sealed class DemoNewsroom
{
    public sealed record SourceSpec(string Id, string Name, string Format, string Path, IReadOnlyList<string> Topics);
    public sealed record Version(string Title, string Body);
    public sealed record Story(string Source, string Id, string Link, DateTimeOffset Published, IReadOnlyDictionary<string, Version> Versions);
    private sealed record File(IReadOnlyList<SourceSpec> Sources, IReadOnlyList<string> Rounds, IReadOnlyList<Story> Stories);

    private readonly File _file;

    public DemoNewsroom()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Watcher.Cli.Demo.newsroom.json")!;
        _file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public IReadOnlyList<SourceSpec> Sources => _file.Sources;
    public IReadOnlyList<string> Rounds => _file.Rounds;

    /// <summary>The document a source serves in a round: every story that exists by then, in its latest version.</summary>
    public (byte[] Body, string ContentType, string ETag) Render(SourceSpec source, int round, Uri baseUrl)
    {
        var stories = _file.Stories
            .Where(s => s.Source == source.Id)
            .Select(s => (Story: s, Version: s.Versions.Where(v => int.Parse(v.Key, CultureInfo.InvariantCulture) <= round)
                .OrderByDescending(v => int.Parse(v.Key, CultureInfo.InvariantCulture)).Select(v => v.Value).FirstOrDefault()))
            .Where(p => p.Version is not null)
            .OrderByDescending(p => p.Story.Published)
            .ToList();
        var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (source.Format == "atom") WriteAtom(w, source, stories!, baseUrl);
            else WriteRss(w, source, stories!, baseUrl);
        }
        var body = ms.ToArray();
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        return (body, source.Format == "atom" ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8", etag);
    }

    private static void WriteAtom(XmlWriter w, SourceSpec source, List<(Story Story, Version Version)> stories, Uri baseUrl)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        w.WriteStartElement("feed", ns);
        w.WriteElementString("title", ns, source.Name);
        w.WriteElementString("id", ns, new Uri(baseUrl, source.Path).AbsoluteUri);
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("href", new Uri(baseUrl, "/gc/").AbsoluteUri);
        w.WriteEndElement();
        w.WriteElementString("updated", ns, Iso(stories.Count > 0 ? stories.Max(s => s.Story.Published) : DateTimeOffset.UnixEpoch));
        foreach (var (story, version) in stories)
        {
            w.WriteStartElement("entry", ns);
            w.WriteElementString("id", ns, story.Id);
            w.WriteElementString("title", ns, version.Title);
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("rel", "alternate");
            w.WriteAttributeString("href", new Uri(baseUrl, story.Link).AbsoluteUri);
            w.WriteEndElement();
            w.WriteElementString("published", ns, Iso(story.Published));
            w.WriteElementString("updated", ns, Iso(story.Published));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, source.Name);
            w.WriteEndElement();
            w.WriteStartElement("content", ns);
            w.WriteAttributeString("type", "html");
            w.WriteString("<p>" + System.Net.WebUtility.HtmlEncode(version.Body) + "</p>");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteRss(XmlWriter w, SourceSpec source, List<(Story Story, Version Version)> stories, Uri baseUrl)
    {
        w.WriteStartElement("rss");
        w.WriteAttributeString("version", "2.0");
        w.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        w.WriteStartElement("channel");
        w.WriteElementString("title", source.Name);
        w.WriteElementString("link", new Uri(baseUrl, "/").AbsoluteUri);
        w.WriteElementString("description", source.Name + " top stories");
        foreach (var (story, version) in stories)
        {
            w.WriteStartElement("item");
            w.WriteElementString("title", version.Title);
            w.WriteElementString("link", new Uri(baseUrl, story.Link).AbsoluteUri);
            w.WriteStartElement("guid");
            w.WriteAttributeString("isPermaLink", "false");
            w.WriteString(story.Id);
            w.WriteEndElement();
            w.WriteElementString("pubDate", story.Published.ToString("r", CultureInfo.InvariantCulture));
            w.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", source.Name + " staff");
            w.WriteElementString("description", version.Body);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
