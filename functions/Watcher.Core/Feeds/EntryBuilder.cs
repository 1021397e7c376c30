using Watcher.Core.Feeds.Xml;

namespace Watcher.Core.Feeds;

/// <summary>A text field as read: its value, whether that value is HTML, the base URL in effect, and a priority.
/// A summary or content read by the UTF-8 tokenizer may keep its value <see cref="Deferred"/> (decoded on first read).</summary>
internal readonly struct FieldValue
{
    private readonly string? value;

    public FieldValue(string value, bool isHtml, Uri? @base, int priority)
    {
        this.value = value;
        IsHtml = isHtml;
        Base = @base;
        Priority = priority;
    }

    /// <summary>A value not decoded yet; never empty once trimmed.</summary>
    public FieldValue(Utf8Value deferred, bool isHtml, Uri? @base, int priority)
    {
        Deferred = deferred;
        IsHtml = isHtml;
        Base = @base;
        Priority = priority;
    }

    public Utf8Value? Deferred { get; }
    public bool IsHtml { get; }
    public Uri? Base { get; }
    public int Priority { get; }

    /// <summary>The trimmed value (decoding a deferred one; prefer <see cref="IsEmpty"/> and <see cref="Deferred"/>).</summary>
    public string Value => value ?? Deferred!.Decode().Trim();

    public bool IsEmpty => value is not null && value.Length == 0;

    public FieldValue With(string newValue, int? priority = null) => new(newValue, IsHtml, Base, priority ?? Priority);
}

/// <summary>The fields of one feed or entry while it is being read; the highest-priority source of each field wins.</summary>
internal sealed class EntryBuilder
{
    public FieldValue? Title;
    public FieldValue? Summary;
    public FieldValue? Content;
    public FieldValue? Link;
    public FieldValue? Id;
    public FieldValue? Published;
    public FieldValue? Updated;
    public List<string>? Authors;
    /// <summary>RSS: whether the summary came from &lt;description&gt; or &lt;summary&gt; (the other one becomes content).</summary>
    public bool SummaryFromRssPair;

    /// <summary>Empties the builder for reuse (the author list is dropped, not cleared: an entry took it over).</summary>
    public void Reset()
    {
        Title = Summary = Content = Link = Id = Published = Updated = null;
        Authors = null;
        SummaryFromRssPair = false;
    }

    public static void Set(ref FieldValue? slot, FieldValue value)
    {
        // Equal priority: the later element wins (feedparser's rule), unless it is empty.
        if (slot is null || value.Priority > slot.Value.Priority || (value.Priority == slot.Value.Priority && !value.IsEmpty))
            slot = value;
    }

    public void AddAuthor(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        Authors ??= [];
        var trimmed = name.Trim();
        if (!Authors.Contains(trimmed)) Authors.Add(trimmed);
    }
}
