using System.Text;
using System.Text.Json.Nodes;

using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>Only RSA signatures by the published key named in <c>kid</c> count.</summary>
public sealed class SignatureTests : ValidatorTestBase
{
    [Fact]
    public async Task Alg_none_is_unauthorized()
    {
        var payload = Issuer.Sign().Split('.')[1];
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{Issuer.CurrentKey.Kid}}"}""");

        AssertUnauthorized(await ValidateAsync(Bearer($"{header}.{payload}.")), "algorithm");
    }

    [Fact]
    public async Task Hs_256_signed_with_the_public_key_pem_is_unauthorized()
    {
        var publicKey = Encoding.ASCII.GetBytes(Issuer.CurrentKey.Rsa.ExportSubjectPublicKeyInfoPem());

        AssertUnauthorized(await ValidateAsync(Bearer(SignHmac(publicKey))), "algorithm");
    }

    [Fact]
    public async Task Hs_256_signed_with_the_public_key_der_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(SignHmac(Issuer.CurrentKey.Rsa.ExportSubjectPublicKeyInfo()))), "algorithm");
    }

    [Fact]
    public async Task Rsa_pss_is_not_in_the_allowed_algorithms()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(algorithm: SecurityAlgorithms.RsaSsaPssSha256))), "algorithm");
    }

    [Fact]
    public async Task Signed_by_another_key_with_the_published_kid_is_unauthorized()
    {
        var forger = TestIssuer.UnpublishedKey(Issuer.CurrentKey.Kid);

        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(key: forger))), "InvalidSignature");
    }

    [Fact]
    public async Task Tampered_payload_is_unauthorized()
    {
        var parts = Issuer.Sign().Split('.');
        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        claims["appid"] = "someone-else";
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(claims.ToJsonString())}.{parts[2]}";

        AssertUnauthorized(await ValidateAsync(Bearer(tampered)), "InvalidSignature");
    }

    [Fact]
    public async Task Tampered_signature_is_unauthorized()
    {
        var parts = Issuer.Sign().Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[^1] ^= 0x01;

        AssertUnauthorized(await ValidateAsync(Bearer($"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}")), "InvalidSignature");
    }

    [Fact]
    public async Task Token_without_kid_is_unauthorized()
    {
        var key = new RsaSecurityKey(Issuer.CurrentKey.Rsa); // no KeyId: the header carries no kid
        var token = Issuer.Sign(tweak: d => d.SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "kid");
    }

    [Fact]
    public async Task Bot_connector_key_cannot_sign_for_an_entra_issuer()
    {
        // The Entra issuer routes to Entra's metadata, which does not publish the Bot Connector key.
        var token = Issuer.SignEntra(key: Issuer.CurrentKey);

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "unknown signing key");
    }

    [Fact]
    public async Task Entra_key_cannot_sign_for_the_bot_connector_issuer()
    {
        var token = Issuer.Sign(tweak: d => d.SigningCredentials = new SigningCredentials(Issuer.EntraKey.SecurityKey, SecurityAlgorithms.RsaSha256));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "unknown signing key");
    }

    private string SignHmac(byte[] secret)
    {
        var key = new SymmetricSecurityKey(secret) { KeyId = Issuer.CurrentKey.Kid };
        return Issuer.Sign(tweak: d => d.SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
    }
}
