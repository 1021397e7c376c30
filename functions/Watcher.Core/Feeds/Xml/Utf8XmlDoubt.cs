namespace Watcher.Core.Feeds.Xml;

/// <summary>
/// Thrown by <see cref="Utf8XmlReader"/> when it meets something it does not handle, or XML that is not well-formed:
/// the caller reads the document again with <see cref="System.Xml.XmlReader"/>, whose result (and error) then stands.
/// </summary>
internal sealed class Utf8XmlDoubt(string reason) : Exception(reason);
