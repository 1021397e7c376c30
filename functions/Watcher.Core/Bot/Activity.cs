using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Watcher.Core.Bot;

/// <summary>
/// The Bot Framework Activity, as much of it as Watcher reads (protocols.md §1). Unknown fields are kept in
/// <see cref="Extra"/> and ignored, as the spec requires (A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Timestamp { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? ReplyToId { get; set; }
    public string? Action { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<JsonObject>? Entities { get; set; }
    public JsonObject? ChannelData { get; set; }
    public JsonNode? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// Parses a request body; null (never an exception) when it is not a JSON object, is not valid UTF-8 (the free-form
    /// parts would fail later, when read), or repeats a property name (which copy would the bot believe?).
    /// </summary>
    public static Activity? Parse(ReadOnlySpan<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body)) return null;
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // A free-form object (an entity, channelData, value) that repeats a key: JsonObject refuses it this way.
            return null;
        }
    }

    /// <summary>The tenant: channelData.tenant.id, falling back to conversation.tenantId.</summary>
    public string? TenantId => ChannelData.At("tenant").At("id").AsString() ?? Conversation?.TenantId;

    public bool IsPersonal => Conversation?.ConversationType is null or "personal" && Conversation?.IsGroup != true;
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? ConversationType { get; set; }
    public bool? IsGroup { get; set; }
    public string? TenantId { get; set; }
    public string? Name { get; set; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
}
