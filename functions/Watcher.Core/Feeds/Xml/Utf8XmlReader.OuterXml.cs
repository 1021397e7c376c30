using System.Xml;

namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// Markup inside a text field ("naked" HTML in a description, Atom xhtml content) is returned exactly as XmlReader
/// returns it: the tokenizer checks the element and moves past it, then XmlReader reads just that element's bytes as
/// a fragment, with the namespaces in scope, and serialises it with its own writer.
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
        if (!isEmpty)
            while (Read() && depth > d) { }
        if (state != ReadState.Interactive) return GiveUp("element not closed");
        var length = pos - start;
        var namespaces = new XmlNamespaceManager(new NameTable());
        for (var i = 0; i < frames[frameCount - 1].ScopeMark; i++)
            namespaces.AddNamespace(scope[i].Prefix, scope[i].Uri);
        string outer;
        using (var fragment = XmlReader.Create(new MemoryStream(data, start, length, writable: false), FragmentSettings,
            new XmlParserContext(null, namespaces, null, XmlSpace.None)))
        {
            fragment.MoveToContent();
            outer = fragment.ReadOuterXml();
        }
        Read();
        return outer;
    }
}
