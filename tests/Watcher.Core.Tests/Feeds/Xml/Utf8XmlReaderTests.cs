using System.Text;
using System.Xml;
using Watcher.Core.Feeds.Xml;

namespace Watcher.Core.Tests.Feeds.Xml;

/// <summary>
/// The tokenizer node by node against XmlReader with the feed reader's settings: the same nodes (type, depth, names,
/// namespace, value, emptiness, attributes) for well-formed input, and a doubt — never a node stream of its own — for
/// everything XmlReader refuses.
/// </summary>
public class Utf8XmlReaderTests
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024, CheckCharacters = false,
        IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true,
    };

    private static readonly string[] AttributeNames = ["version", "href", "rel", "type", "isPermaLink", "a:x", "xmlns", "xmlns:a"];

    private static List<string> Nodes(XmlReader r)
    {
        var nodes = new List<string>();
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.XmlDeclaration) continue; // the feed reader passes over it
            var line = $"{r.NodeType} {r.Depth} {r.Name} {{{r.NamespaceURI}}}{r.LocalName} empty={r.IsEmptyElement} value=[{r.Value}]";
            if (r.NodeType == XmlNodeType.Element)
            {
                foreach (var a in AttributeNames) line += $" {a}=[{r.GetAttribute(a)}]";
                line += $" base=[{r.GetAttribute("base", "http://www.w3.org/XML/1998/namespace")}] about=[{r.GetAttribute("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")}]";
            }
            nodes.Add(line);
        }
        return nodes;
    }

    private static List<string> Reference(byte[] data) => Nodes(XmlReader.Create(new MemoryStream(data), Settings));

    [Theory]
    [InlineData("<a/>")]
    [InlineData("<?xml version=\"1.0\"?><a version=\"2\"><b>text</b><c/></a>")]
    [InlineData("<a>x &amp; y &lt; &gt; &quot; &apos; &#65; &#x42; &#x1F600;</a>")]
    [InlineData("<a>one\r\ntwo\rthree\n</a>")]
    [InlineData("<a href=\"x&#10;y\tz\r\nw\ru&amp;v\" rel='s \"q\"'/>")]
    [InlineData("<a><![CDATA[x]]y]]><![CDATA[]]>z<![CDATA[\r\n]]></a>")]
    [InlineData("<a> <!-- c --> <b>x</b> <?p q?> <c>y</c>\n</a>")]
    [InlineData("<a>x<!-- c -->y</a>")]
    [InlineData("<a>  x  <b/>  y  </a>")]
    [InlineData("<r xmlns=\"urn:d\" xmlns:a=\"urn:a\" a:x=\"1\"><a:b/><c xmlns=\"\"><d/></c><e xmlns:a=\"urn:a2\"><a:f a:x=\"2\"/></e><a:g/></r>")]
    [InlineData("<r xml:base=\"http://x/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><i rdf:about=\"u\"/></r>")]
    [InlineData("\uFEFF<a>bom</a>")]
    [InlineData("<a>Zölle – 关税 – \u0085 \u2028</a>")]
    [InlineData("<a   version = \"1\"   ></a   >")]
    [InlineData("<a.b-c_d e.f=\"1\"><_x/></a.b-c_d>")]
    public void Well_formed_input_gives_the_same_nodes_as_xmlreader(string xml)
    {
        var data = Encoding.UTF8.GetBytes(xml);
        var offset = data is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var fast = Utf8XmlReader.Create(data, offset);
        Assert.NotNull(fast);
        Assert.Equal(Reference(data), Nodes(fast));
    }

    [Theory]
    [InlineData("<r><d>a <b>bold</b> c</d></r>")]
    [InlineData("<r xmlns=\"urn:atom\" xmlns:h=\"urn:h\"><d><h:div><h:p x=\"1\">t<h:br/></h:p></h:div><em>e</em></d></r>")]
    [InlineData("<r><d><p title=\"a\tb&#10;c&lt;&quot;'\" t2='\"x\"'>x&amp;y &gt; z\r\nw<![CDATA[c<d>]]><!-- c --></p><br/></d></r>")]
    [InlineData("<r xmlns:x=\"urn:x\"><d><x:a xmlns:x=\"urn:y\" x:b=\"1\"><x:c/></x:a></d></r>")]
    // Atom xhtml content: the outermost element declares its own default namespace, where it stands.
    [InlineData("<r xmlns=\"http://www.w3.org/2005/Atom\"><d><div xmlns=\"http://www.w3.org/1999/xhtml\">Example <b>Atom</b></div></d></r>")]
    [InlineData("<r><d><div class=\"c\" xmlns=\"http://www.w3.org/1999/xhtml\" id='i'>a<br/><p title=\"&quot;\">b</p></div></d></r>")]
    [InlineData("<r><d><div xmlns=\"urn:a&amp;b&#10;\"/></d></r>")]
    [InlineData("<r xmlns=\"urn:same\"><d><div xmlns=\"urn:same\">x</div></d></r>")]
    [InlineData("<r><d><div xmlns=\"urn:x\"><p xmlns=\"urn:x\">inner redeclared</p></div></d></r>")]
    [InlineData("<r><d><div xmlns=\"urn:x\"><p xmlns=\"\">inner undeclared</p></div></d></r>")]
    [InlineData("<r xmlns=\"urn:x\"><d><div xmlns=\"\">undeclared</div></d></r>")]
    [InlineData("<r><d><div xmlns=\"urn:x\" xmlns:h=\"urn:h\"><h:p>prefixed</h:p></div></d></r>")]
    public void Outer_xml_of_markup_in_a_field_is_what_xmlreader_gives(string xml)
    {
        static (string Outer, string Next) Outer(XmlReader r)
        {
            while (r.Read() && !(r.NodeType == XmlNodeType.Element && r.Depth == 2)) { }
            var outer = r.ReadOuterXml();
            return (outer, $"{r.NodeType} {r.Depth} {r.Name}");
        }
        var data = Encoding.UTF8.GetBytes(xml);
        var expected = Outer(XmlReader.Create(new MemoryStream(data), Settings));
        var actual = Outer(Utf8XmlReader.Create(data, 0)!);
        Assert.Equal(expected.Outer, actual.Outer);
        Assert.Equal(expected.Next, actual.Next);
    }

    [Fact]
    public void Random_markup_in_a_field_gives_the_same_outer_xml_as_xmlreader()
    {
        // Text, attributes (quotes, references to line ends and tabs), CDATA, empty and nested elements, in a field
        // without a namespace and in one under a default namespace (Atom), written by the tokenizer itself.
        string[] text = ["a", "é", "😀", "&amp;", "&lt;", "&gt;", "&quot;", "'", "\"", "&#13;", "&#9;", "&#10;", "\r\n", " ", "]]", "x > y"];
        var random = new Random(1129);
        var compared = 0;
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => text[random.Next(text.Length)]));
        string Attribute() => random.Next(3) switch
        {
            0 => "",
            1 => $" title=\"{Text().Replace("\"", "&quot;").Replace("<", "&lt;")}\"",
            _ => $" href='{Text().Replace("'", "&apos;").Replace("<", "&lt;")}' class=\"c\"",
        };
        string Element(int level) => random.Next(level > 2 ? 2 : 5) switch
        {
            0 => $"<br{Attribute()}/>",
            1 => $"<![CDATA[{Text().Replace("]]", "]")}]]>",
            _ => $"<p{Attribute()}>{Text()}{string.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Element(level + 1) + Text()))}</p>",
        };
        for (var round = 0; round < 1000; round++)
        {
            var root = round % 2 == 0 ? "<r>" : "<r xmlns=\"http://www.w3.org/2005/Atom\">";
            var inner = Element(0);
            if (inner.StartsWith("<![CDATA[", StringComparison.Ordinal)) continue;
            try { Outer_xml_of_markup_in_a_field_is_what_xmlreader_gives($"{root}<d>{Text()}{inner}{Text()}</d></r>"); }
            catch (Utf8XmlDoubt doubt) when (doubt.Message == "white space made of references") { continue; } // handed to XmlReader
            compared++;
        }
        Assert.True(compared > 500, $"only {compared} compared");
    }

    /// <summary>The outermost element of the markup declares a default namespace among its attributes (Atom xhtml
    /// content); inner elements sometimes redeclare it, or another (those are handed to XmlReader).</summary>
    [Fact]
    public void Random_markup_declaring_its_own_namespace_gives_the_same_outer_xml_as_xmlreader()
    {
        string[] text = ["a", "é", "&amp;", "&lt;", "&quot;", "\"", "&#10;", "\r\n", " ", "x > y"];
        string[] namespaces = ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2005/Atom", "urn:x", "urn:a&amp;b", "urn:&#9;t&#10;"];
        var random = new Random(20261129);
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => text[random.Next(text.Length)]));
        string Attributes(bool declare)
        {
            var list = Enumerable.Range(0, random.Next(0, 3)).Select(k => $" a{k}=\"{Text().Replace("\"", "&quot;").Replace("<", "&lt;")}\"").ToList();
            if (declare) list.Insert(random.Next(list.Count + 1), $" xmlns=\"{namespaces[random.Next(namespaces.Length)]}\"");
            return string.Concat(list);
        }
        string Element(int level) => level > 2 || random.Next(3) == 0
            ? $"<br{Attributes(level == 0 || random.Next(8) == 0)}/>"
            : $"<p{Attributes(level == 0 || random.Next(8) == 0)}>{Text()}{string.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Element(level + 1) + Text()))}</p>";
        var compared = 0;
        for (var round = 0; round < 1000; round++)
        {
            var root = round % 2 == 0 ? "<r>" : "<r xmlns=\"http://www.w3.org/2005/Atom\">";
            try { Outer_xml_of_markup_in_a_field_is_what_xmlreader_gives($"{root}<d>{Text()}{Element(0)}{Text()}</d></r>"); }
            catch (Utf8XmlDoubt doubt) when (doubt.Message == "white space made of references") { continue; } // handed to XmlReader
            compared++;
        }
        Assert.True(compared > 800, $"only {compared} compared");
    }

    [Fact]
    public void Random_text_attributes_and_cdata_give_the_same_nodes_as_xmlreader()
    {
        // Pieces that cross the 16-byte blocks of the decoder at every offset: references, CRs, tabs, non-ASCII.
        string[] text = ["a", "bcdefghij", "é", "关税", "😀", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#233;", "&#x1F600;", "&#10;", "\r\n", "\r", "\n", " ", "\t", "0123456789abcdef"];
        string[] markup = ["<![CDATA[x\r\ny&]]>", "<b/>", "<!-- c -->"];
        var random = new Random(20261129);
        var compared = 0;
        for (var round = 0; round < 1500; round++)
        {
            string Piece(bool inAttribute) => inAttribute || random.Next(8) > 0 ? text[random.Next(text.Length)] : markup[random.Next(markup.Length)];
            string Run(bool inAttribute) => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Piece(inAttribute)));
            var xml = $"<a href=\"{Run(true).Replace("\"", "&quot;")}\" rel='{Run(true).Replace("'", "&apos;")}'>x{Run(false)}<c>{Run(false)}</c>{Run(false)}y</a>";
            var data = Encoding.UTF8.GetBytes(xml);
            List<string> nodes;
            try { nodes = Nodes(Utf8XmlReader.Create(data, 0)!); }
            catch (Utf8XmlDoubt doubt) when (doubt.Message == "white space made of references") { continue; } // e.g. "&#10;" alone between two tags
            Assert.Equal(Reference(data), nodes);
            compared++;
        }
        Assert.True(compared > 1000, $"only {compared} compared");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<a>")]
    [InlineData("<a></b>")]
    [InlineData("<a/><b/>")]
    [InlineData("x<a/>")]
    [InlineData("<a/>x")]
    [InlineData("<a x=\"1\"y=\"2\"/>")]
    [InlineData("<a x=\"1\" x=\"2\"/>")]
    [InlineData("<a x=1/>")]
    [InlineData("<a x=\"<\"/>")]
    [InlineData("<a x=\"&foo;\"/>")]
    [InlineData("<a>&foo;</a>")]
    [InlineData("<a>&</a>")]
    [InlineData("<a>&#;</a>")]
    [InlineData("<a>]]></a>")]
    [InlineData("<a>x &amp; y ]]> z</a>")] // a reference before the ']]>'
    [InlineData("<a>x ] &amp; ]]></a>")]
    [InlineData("<a x=\"&amp; <\"/>")] // a reference before the '<'
    [InlineData("<a x=\"&amp; &foo;\"/>")]
    [InlineData("<a>\n  &foo;</a>")] // white space, then a bad reference
    [InlineData("<a>\u0000</a>")]
    [InlineData("<a>\u001F</a>")]
    [InlineData("<a>\uFFFF</a>")]
    [InlineData("<p:a/>")]
    [InlineData("<a p:x=\"1\"/>")]
    [InlineData("<a xmlns:p=\"\"/>")]
    [InlineData("<a xmlns:xml=\"urn:x\"/>")]
    [InlineData("<a><!-- x -- y --></a>")]
    [InlineData("<a><!-- x ---></a>")]
    [InlineData("<a><?xml version=\"1.0\"?></a>")]
    [InlineData(" <?xml version=\"1.0\"?><a/>")]
    [InlineData("<?xml version=\"1.1\"?><a/>")]
    [InlineData("<?xml encoding=\"utf-8\"?><a/>")]
    [InlineData("<?xml version=\"1.0\" standalone=\"maybe\"?><a/>")]
    [InlineData("<![CDATA[x]]><a/>")]
    [InlineData("<a><![CDATA[x</a>")]
    [InlineData("<a:b:c/>")]
    [InlineData("<1a/>")]
    [InlineData("<a></a >x</a>")]
    public void Input_xmlreader_refuses_is_a_doubt(string xml)
    {
        var data = Encoding.UTF8.GetBytes(xml);
        var xmlReaderRefuses = Record.Exception(() => Reference(data));
        Assert.NotNull(xmlReaderRefuses);
        var fast = Utf8XmlReader.Create(data, 0);
        if (fast is null) return; // refused before reading (bytes it does not read)
        Assert.Throws<Utf8XmlDoubt>(() => Nodes(fast));
    }

    [Theory]
    [InlineData("<a>é</a>")]
    [InlineData("<é/>")]
    [InlineData("<a xml:space=\"preserve\"> </a>")]
    [InlineData("<a>&#32;</a>")]
    [InlineData("<a><b>x</b></a>")]
    [InlineData("<!DOCTYPE a><a/>")]
    [InlineData("<xmlns:a/>")]
    [InlineData("<a>&#0;</a>")]
    [InlineData("<a>&#xD800;</a>")]
    [InlineData("<a>&#xFFFE;</a>")]
    public void What_the_tokenizer_does_not_handle_is_a_doubt_or_the_same_nodes(string xml)
    {
        // XmlReader accepts these (a DOCTYPE, with CheckCharacters off references to non-characters, an element named
        // xmlns:a), and so do non-ASCII names and xml:space: the tokenizer hands them to XmlReader, or reads them the same.
        var data = Encoding.UTF8.GetBytes(xml);
        var fast = Utf8XmlReader.Create(data, 0)!;
        List<string>? nodes = null;
        var doubt = Record.Exception(() => nodes = Nodes(fast));
        if (doubt is not null) Assert.IsType<Utf8XmlDoubt>(doubt);
        else Assert.Equal(Reference(data), nodes);
    }
}
