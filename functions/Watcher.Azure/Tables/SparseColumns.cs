using Azure.Data.Tables;

namespace Watcher.Azure.Tables;

/// <summary>
/// Columns written only when they hold something a reader would not assume anyway: an absent column reads as null, an
/// empty list, false or 0 in every store's mapper (<c>GetString(..) ?? ..</c>, <c>FromJson(.., [])</c>,
/// <c>GetBoolean(..) ?? false</c>, <c>GetInt32(..) ?? 0</c>), so a row without it maps to the same record as a row
/// with the default in it, and a row of either shape is read the same by this build and by the builds before it.
/// Every write of these tables replaces the whole entity (insert, replace, upsert-replace: no merge), so an omitted
/// column never leaves an older value behind. What it saves: a silent baseline writes ~50,000 entities, and the
/// storage service and the client pay per property and per byte (Azurite's one thread parses, validates and normalises
/// each property of each entity).
/// A column whose absence means something else than its default (the story index's <c>Leader</c>: absent = a row
/// from before the bit was kept) is always written and does not use these.
/// </summary>
internal static class SparseColumns
{
    /// <summary>Sets <paramref name="name"/> unless <paramref name="value"/> is null.</summary>
    public static void SetUnlessNull(this TableEntity entity, string name, object? value)
    {
        if (value is not null) entity[name] = value;
    }

    /// <summary>Sets <paramref name="name"/> unless <paramref name="value"/> is null or empty.</summary>
    public static void SetUnlessEmpty(this TableEntity entity, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) entity[name] = value;
    }

    /// <summary>Sets <paramref name="name"/> to the list as JSON (as the stores always wrote it), unless it is empty.</summary>
    public static void SetList(this TableEntity entity, string name, IReadOnlyCollection<string>? values)
    {
        if (values is { Count: > 0 }) entity[name] = TableStore.ToJson(values);
    }

    /// <summary>Sets <paramref name="name"/> only when true.</summary>
    public static void SetFlag(this TableEntity entity, string name, bool value)
    {
        if (value) entity[name] = true;
    }

    /// <summary>Sets <paramref name="name"/> unless it is 0.</summary>
    public static void SetUnlessZero(this TableEntity entity, string name, int value)
    {
        if (value != 0) entity[name] = value;
    }
}
