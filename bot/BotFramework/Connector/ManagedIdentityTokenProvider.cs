using Azure.Core;
using Azure.Identity;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>Tokens from a user-assigned managed identity (the bot's app id is the identity's client id).</summary>
public sealed class ManagedIdentityTokenProvider(TokenCredential credential, string scope, TimeProvider clock, TimeSpan refreshMargin)
    : CachedTokenProvider(clock, refreshMargin)
{
    public static ManagedIdentityTokenProvider ForClientId(string clientId, string scope, TimeProvider clock, TimeSpan refreshMargin) =>
        new(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)), scope, clock, refreshMargin);

    protected override async Task<BotToken> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            return new BotToken(token.Token, token.ExpiresOn);
        }
        catch (Exception e) when (e is AuthenticationFailedException or CredentialUnavailableException or Azure.RequestFailedException)
        {
            throw new BotTokenException("The managed identity did not give a Bot Connector token.", e);
        }
    }
}
