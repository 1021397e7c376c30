using System.Text;
using System.Xml;

namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// Markup inside a text field ("naked" HTML in a description, Atom xhtml content) is returned exactly as XmlReader
/// returns it. The common shape (no prefixes, one namespace throughout, declared by no element but — as a default
/// namespace — possibly the outermost one) is written here the
/// way XmlReader's writer writes it; anything else is handed to XmlReader itself, which reads just that element's
/// bytes as a fragment, with the namespaces in scope, and serialises it with its own writer.
/// </summary>
internal sealed partial class Utf8XmlReader
{
    private static readonly XmlReaderSettings FragmentSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    public override string ReadOuterXml()
    {
        if (nodeType != XmlNodeType.Element) return GiveUp("outer XML of a node that is not an element");
        var start = elementStart;
        var d = depth;
        var outerNamespace = ns;
        var mark = frames[frameCount - 1].ScopeMark;
        var end = pos;
        var sb = Builders.Rent(256);
        var simple = true;
        do
        {
            if (simple) simple = WriteNode(sb, outerNamespace, outermost: depth == d);
            end = pos;
        }
        while (Read() && (depth > d || (depth == d && nodeType == XmlNodeType.EndElement)));
        var outer = simple ? sb.ToString() : Fragment(start, end, mark);
        Builders.Return(sb);
        return outer;
    }

    /// <summary>Writes the current node as XmlTextWriter would; false when it is not the simple shape.</summary>
    private bool WriteNode(StringBuilder sb, string outerNamespace, bool outermost)
    {
        switch (nodeType)
        {
            case XmlNodeType.Element:
                if (prefix.Length > 0 || ns != outerNamespace) return false;
                // The outermost element may declare its own default namespace (Atom's <div xmlns="…xhtml">): the
                // writer keeps that declaration where it stands and adds none.
                var declaresOwn = false;
                for (var i = 0; i < attributeCount; i++)
                {
                    ref var a = ref attributes[i];
                    if (outermost && !declaresOwn && ns.Length > 0 && a.Prefix.Length == 0 && ReferenceEquals(a.Namespace, XmlnsNamespace)) declaresOwn = true;
                    else if (a.Prefix.Length > 0 || a.Namespace.Length > 0) return false;
                }
                sb.Append('<').Append(local);
                for (var i = 0; i < attributeCount; i++)
                {
                    sb.Append(' ').Append(attributes[i].Local).Append("=\"");
                    Escape(sb, AttributeValue(i), attribute: true);
                    sb.Append('"');
                }
                if (outermost && ns.Length > 0 && !declaresOwn)
                {
                    sb.Append(" xmlns=\"");
                    Escape(sb, ns, attribute: true);
                    sb.Append('"');
                }
                sb.Append(isEmpty ? " />" : ">");
                return true;
            case XmlNodeType.EndElement:
                sb.Append("</").Append(local).Append('>');
                return true;
            case XmlNodeType.Text:
                Escape(sb, Value, attribute: false);
                return true;
            case XmlNodeType.CDATA:
                sb.Append("<![CDATA[").Append(Value).Append("]]>");
                return true;
            default:
                return false;
        }
    }

    /// <summary>XmlTextWriter's escaping: markup characters, and in attributes the double quote and line ends (not tabs).</summary>
    private static void Escape(StringBuilder sb, string s, bool attribute)
    {
        var last = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            string? entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#xA;",
                '\r' when attribute => "&#xD;",
                _ => null,
            };
            if (entity is null) continue;
            sb.Append(s, last, i - last).Append(entity);
            last = i + 1;
        }
        sb.Append(s, last, s.Length - last);
    }

    /// <summary>XmlReader's own ReadOuterXml over the element's bytes, read as a fragment with the namespaces in scope.</summary>
    private string Fragment(int start, int end, int mark)
    {
        var namespaces = new XmlNamespaceManager(new NameTable());
        for (var i = 0; i < mark; i++) namespaces.AddNamespace(scope[i].Prefix, scope[i].Uri);
        using var fragment = XmlReader.Create(new MemoryStream(data, start, end - start, writable: false), FragmentSettings,
            new XmlParserContext(null, namespaces, null, XmlSpace.None));
        fragment.MoveToContent();
        return fragment.ReadOuterXml();
    }
}
