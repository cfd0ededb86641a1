using System.Text.Json;

using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// Reads an OpenID metadata document and the JWKS its <c>jwks_uri</c> names. The JWKS is parsed here rather than
/// through the stock configuration retriever because the Bot Connector's per-key <c>endorsements</c> must survive.
/// </summary>
public sealed class SigningKeyDownloader(Func<HttpClient> http)
{
    public async Task<IReadOnlyDictionary<string, SigningKey>> DownloadAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var metadataJson = await Retriever(metadataUrl).GetDocumentAsync(metadataUrl, cancellationToken);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrEmpty(metadata.JwksUri))
        {
            throw new InvalidOperationException($"OpenID metadata at {metadataUrl} has no jwks_uri.");
        }

        var jwksJson = await Retriever(metadata.JwksUri).GetDocumentAsync(metadata.JwksUri, cancellationToken);
        return Parse(jwksJson);
    }

    /// <summary>https is required except on loopback, where tests serve metadata over plain http.</summary>
    private HttpDocumentRetriever Retriever(string url) => new(http()) { RequireHttps = !LoopbackUrl.IsLoopback(url) };

    internal static IReadOnlyDictionary<string, SigningKey> Parse(string jwksJson)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("JWKS has no keys array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            // A key without kid can never be selected (tokens must name their key); an encryption key never signs.
            if (string.IsNullOrEmpty(key.Kid) || (!string.IsNullOrEmpty(key.Use) && key.Use != JsonWebKeyUseNames.Sig))
            {
                continue;
            }

            keys[key.Kid] = new SigningKey(key, Endorsements(element));
        }

        return keys;
    }

    private static string[] Endorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
