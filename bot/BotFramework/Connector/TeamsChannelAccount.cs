using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>A conversation or team member as the connector's member routes return it.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    /// <summary>Older payloads name the Entra object id "objectId".</summary>
    public string? ObjectId { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>The Entra object id under either name.</summary>
    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;
}
