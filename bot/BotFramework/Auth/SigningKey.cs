using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>One key from a JWKS, with the channels it is endorsed for (Bot Connector keys carry an <c>endorsements</c> array).</summary>
public sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements)
{
    public bool Endorses(string channelId) => Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
