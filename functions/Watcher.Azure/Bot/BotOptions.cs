namespace Watcher.Azure.Bot;

/// <summary>Watcher:Bot:* (CONTRACTS.md §4). The password is a secret: never logged.</summary>
public sealed class BotOptions
{
    public const string Section = "Watcher:Bot";
    public const string Issuer = "https://api.botframework.com";
    public const string Scope = "https://api.botframework.com/.default";

    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    public string? TenantId { get; set; }
    /// <summary>SingleTenant (default), MultiTenant or UserAssignedMsi. Only changes how outbound tokens are obtained.</summary>
    public string AppType { get; set; } = "SingleTenant";
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string ServiceUrlHosts { get; set; } = "smba.trafficmanager.net,*.botframework.com";
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    /// <summary>For UserAssignedMsi: the managed identity endpoint (App Service sets IDENTITY_ENDPOINT).</summary>
    public string? ManagedIdentityEndpoint { get; set; }
    /// <summary>Accept activities without a token when no AppId is set. The local host sets it; the Function app only if told.</summary>
    public bool AllowUnauthenticated { get; set; }
    /// <summary>Where proactive 1:1 conversations are created when no serviceUrl is known.</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>Watcher:Net:AllowPrivateAddresses: loopback http for the metadata, token endpoint and serviceUrl (tests, local development).</summary>
    public bool AllowPrivateAddresses { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);
    public bool IsManagedIdentity => string.Equals(AppType, "UserAssignedMsi", StringComparison.OrdinalIgnoreCase);
    /// <summary>Credentials to send as the bot (and so to deliver alerts through the Connector).</summary>
    public bool CanSend => HasAppId && (IsManagedIdentity || !string.IsNullOrEmpty(AppPassword));
    /// <summary>No AppId and allowed to run open: activities are accepted without a token (local development).</summary>
    public bool Unauthenticated => !HasAppId && AllowUnauthenticated;
}
