using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;

namespace Watcher.Azure;

/// <summary>
/// Where Watcher's tables and queues live. Locally a connection string (Azurite by default); in Azure the account
/// name (or explicit service URIs) and a managed identity, with no key anywhere: set Watcher:Storage:AccountName.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Watcher:Storage";
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";
    /// <summary>Storage account reached with Microsoft Entra ID (DefaultAzureCredential); wins over the connection string.</summary>
    public string? AccountName { get; set; }
    public Uri? TableServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool UsesIdentity => !string.IsNullOrWhiteSpace(AccountName) || TableServiceUri is not null || QueueServiceUri is not null;

    public Uri TableUri => TableServiceUri ?? ServiceUri("table");

    public Uri QueueUri => QueueServiceUri ?? ServiceUri("queue");

    private Uri ServiceUri(string service) => string.IsNullOrWhiteSpace(AccountName)
        ? throw new InvalidOperationException($"{Section}: set AccountName, or both TableServiceUri and QueueServiceUri")
        : new Uri($"https://{AccountName}.{service}.core.windows.net/");
}

/// <summary>Builds the storage clients from <see cref="StorageOptions"/>, one way for every host.</summary>
public static class StorageClients
{
    public static TokenCredential Credential(StorageOptions options) => new DefaultAzureCredential(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
    });

    public static TableServiceClient Tables(StorageOptions options, TableClientOptions? clientOptions = null) => options.UsesIdentity
        ? new TableServiceClient(options.TableUri, Credential(options), clientOptions)
        : new TableServiceClient(options.ConnectionString, clientOptions);

    /// <summary>Messages are base64, the Functions queue trigger's default encoding.</summary>
    public static QueueServiceClient Queues(StorageOptions options, QueueClientOptions? clientOptions = null)
    {
        clientOptions ??= new QueueClientOptions();
        clientOptions.MessageEncoding = QueueMessageEncoding.Base64;
        return options.UsesIdentity
            ? new QueueServiceClient(options.QueueUri, Credential(options), clientOptions)
            : new QueueServiceClient(options.ConnectionString, clientOptions);
    }
}
