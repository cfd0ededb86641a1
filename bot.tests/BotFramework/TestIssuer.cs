using System.Security.Cryptography;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>
/// A stand-in for login.botframework.com and Entra: a real HTTP server on loopback serving OpenID metadata and JWKS
/// (Bot Connector keys carry <c>endorsements</c>), plus methods that sign tokens with its keys. Point the bot at it
/// with <see cref="BotSettings"/>, then send <c>Authorization: Bearer {Sign()}</c>.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string AppId = "6f1e2d3c-0000-4000-8000-00000000b07a";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/teams/";
    public const string BotConnectorIssuer = "https://api.botframework.com";

    /// <summary>One of the Bot Service tenants trusted by default.</summary>
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    public static readonly string[] AllChannels = ["msteams", "emulator", "webchat", "directline"];

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<TestSigningKey> _botConnectorKeys = [];
    private readonly List<TestSigningKey> _entraKeys = [];
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _botConnectorMetadataRequests;
    private int _entraMetadataRequests;

    private TestIssuer(WebApplication app, TimeProvider time)
    {
        _app = app;
        Time = time;
        CurrentKey = AddKey();
        EntraKey = TestSigningKey.Create("entra-1", []);
        _entraKeys.Add(EntraKey);
    }

    /// <summary>The clock that sets iat/nbf/exp; pass the validator's clock so tokens are fresh for it.</summary>
    public TimeProvider Time { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public string OpenIdMetadataUrl => new Uri(BaseAddress, "botframework/.well-known/openidconfiguration").ToString();

    public string EntraOpenIdMetadataUrl => new Uri(BaseAddress, "entra/v2.0/.well-known/openid-configuration").ToString();

    /// <summary>The published Bot Connector key that <see cref="Sign"/> uses by default.</summary>
    public TestSigningKey CurrentKey { get; private set; }

    /// <summary>The published Entra key that <see cref="SignEntra"/> uses by default.</summary>
    public TestSigningKey EntraKey { get; }

    /// <summary>How often the Bot Connector metadata document was fetched.</summary>
    public int BotConnectorMetadataRequests => Volatile.Read(ref _botConnectorMetadataRequests);

    public int EntraMetadataRequests => Volatile.Read(ref _entraMetadataRequests);

    /// <summary>Configuration keys (section "Bot") that make the bot trust this issuer.</summary>
    public IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["Bot:AppId"] = AppId,
        ["Bot:OpenIdMetadataUrl"] = OpenIdMetadataUrl,
        ["Bot:EntraOpenIdMetadataUrl"] = EntraOpenIdMetadataUrl,
        ["Bot:BotConnectorIssuer"] = BotConnectorIssuer,
    };

    public static async Task<TestIssuer> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestIssuer(app, time ?? TimeProvider.System);
        app.Run(issuer.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        issuer.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>Publishes another Bot Connector key (endorsed for every channel unless told otherwise).</summary>
    public TestSigningKey AddKey(string? kid = null, params string[] endorsements)
    {
        return Publish(TestSigningKey.Create(kid ?? NewKid(), endorsements.Length == 0 ? AllChannels : endorsements));
    }

    /// <summary>Publishes a key made elsewhere, e.g. one with no endorsements at all.</summary>
    public TestSigningKey Publish(TestSigningKey key)
    {
        lock (_gate)
        {
            _botConnectorKeys.Add(key);
        }

        return key;
    }

    /// <summary>Replaces every published Bot Connector key with a new one, as the real issuer does when it rotates.</summary>
    public TestSigningKey RotateKeys()
    {
        var key = TestSigningKey.Create(NewKid(), AllChannels);
        lock (_gate)
        {
            _botConnectorKeys.Clear();
            _botConnectorKeys.Add(key);
            CurrentKey = key;
        }

        return key;
    }

    /// <summary>A key nobody published (forgeries); give it a published kid to impersonate that key.</summary>
    public static TestSigningKey UnpublishedKey(string kid) => TestSigningKey.Create(kid, AllChannels);

    /// <summary>
    /// A Bot Connector token for <see cref="AppId"/> naming <paramref name="serviceUrl"/>, valid for an hour from now, for an
    /// activity on <paramref name="channelId"/>. The channel is not a claim: it is checked against the signing key's
    /// endorsements, so asking for a channel the key does not endorse is a mistake in the test (use <see cref="AddKey"/>).
    /// </summary>
    public string Sign(
        string channelId = "msteams",
        string serviceUrl = DefaultServiceUrl,
        Action<SecurityTokenDescriptor>? tweak = null,
        TestSigningKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        key ??= CurrentKey;
        if (!key.Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Key {key.Kid} is not endorsed for channel '{channelId}'.", nameof(channelId));
        }

        var descriptor = Descriptor(BotConnectorIssuer, key, algorithm);
        descriptor.Claims["serviceurl"] = serviceUrl;
        descriptor.Claims["appid"] = "d6d49420-0000-0000-0000-botconnector";
        return Create(descriptor, tweak);
    }

    /// <summary>An Entra token (v2 issuer <c>login.microsoftonline.com/{tid}/v2.0</c>, or v1 <c>sts.windows.net/{tid}/</c>).</summary>
    public string SignEntra(string tenantId = BotServiceTenant, bool v2 = true, Action<SecurityTokenDescriptor>? tweak = null, TestSigningKey? key = null)
    {
        var issuer = v2 ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/";
        var descriptor = Descriptor(issuer, key ?? EntraKey, SecurityAlgorithms.RsaSha256);
        descriptor.Claims["tid"] = tenantId;
        descriptor.Claims[v2 ? "azp" : "appid"] = "bot-service-caller";
        return Create(descriptor, tweak);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private SecurityTokenDescriptor Descriptor(string issuer, TestSigningKey key, string algorithm)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
    }

    private string Create(SecurityTokenDescriptor descriptor, Action<SecurityTokenDescriptor>? tweak)
    {
        tweak?.Invoke(descriptor);
        return _handler.CreateToken(descriptor);
    }

    private static string NewKid() => "kid-" + Guid.NewGuid().ToString("N")[..12];

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        object? body = path switch
        {
            "/botframework/.well-known/openidconfiguration" => Metadata(ref _botConnectorMetadataRequests, BotConnectorIssuer, "botframework/.well-known/keys"),
            "/botframework/.well-known/keys" => Jwks(_botConnectorKeys),
            "/entra/v2.0/.well-known/openid-configuration" => Metadata(ref _entraMetadataRequests, "https://login.microsoftonline.com/{tenantid}/v2.0", "entra/discovery/v2.0/keys"),
            "/entra/discovery/v2.0/keys" => Jwks(_entraKeys),
            _ => null,
        };

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await context.Response.WriteAsJsonAsync(body);
    }

    private Dictionary<string, object> Metadata(ref int counter, string issuer, string jwksPath)
    {
        Interlocked.Increment(ref counter);
        return new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = new Uri(BaseAddress, jwksPath).ToString(),
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        };
    }

    private Dictionary<string, object> Jwks(List<TestSigningKey> keys)
    {
        lock (_gate)
        {
            return new Dictionary<string, object> { ["keys"] = keys.Select(k => k.ToJwk()).ToArray() };
        }
    }
}

/// <summary>An RSA key pair with a kid and the channels it is endorsed for.</summary>
public sealed record TestSigningKey(string Kid, RSA Rsa, IReadOnlyList<string> Endorsements)
{
    public RsaSecurityKey SecurityKey => new(Rsa) { KeyId = Kid };

    public static TestSigningKey Create(string kid, IReadOnlyList<string> endorsements) => new(kid, RSA.Create(2048), endorsements);

    /// <summary>The public half as a JWK, the way login.botframework.com publishes it.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };

        // A key endorsed for nothing is published without the member, as Entra keys are.
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }
}
