using Azure.Core;

namespace ConnectorBot.Storage.Rest;

/// <summary>Microsoft Entra tokens (managed identity and friends), cached until shortly before they expire.</summary>
internal sealed class BearerTokenAuthorizer(TokenCredential credential, TimeProvider clock) : IRequestAuthorizer
{
    private static readonly TokenRequestContext StorageScope = new(["https://storage.azure.com/.default"]);
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _token;

    public Uri PrepareUri(Uri uri) => uri;

    public async ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
    }

    private async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && cached.ExpiresOn - RefreshMargin > clock.GetUtcNow())
        {
            return cached.Token;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is not { } current || current.ExpiresOn - RefreshMargin <= clock.GetUtcNow())
            {
                _token = await credential.GetTokenAsync(StorageScope, cancellationToken).ConfigureAwait(false);
            }

            return _token.Value.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
