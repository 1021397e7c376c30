namespace Watcher.Core.Feeds;

/// <summary>A text field as read: its value, whether that value is HTML, the base URL in effect, and a priority.</summary>
internal readonly record struct FieldValue(string Value, bool IsHtml, Uri? Base, int Priority);

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

    public static void Set(ref FieldValue? slot, FieldValue value)
    {
        // Equal priority: the later element wins (feedparser's rule), unless it is empty.
        if (slot is null || value.Priority > slot.Value.Priority || (value.Priority == slot.Value.Priority && value.Value.Length > 0))
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
