using System.Globalization;
using System.Text.Json;

namespace ConnectorBot.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens for multi- and single-tenant bots: a form POST to the Entra token endpoint
/// (tenant botframework.com for multi-tenant apps, the bot's tenant for single-tenant ones).
/// </summary>
public sealed class ClientCredentialsTokenProvider : CachedTokenProvider
{
    private const string MultiTenantAuthority = "botframework.com";

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly string _scope;
    private readonly ILogger _logger;

    public ClientCredentialsTokenProvider(HttpClient http, BotOptions options, TimeProvider clock, TimeSpan refreshMargin, ILogger logger)
        : base(clock, refreshMargin)
    {
        if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.AppPassword))
        {
            throw new ArgumentException("Client credentials need Bot:AppId and Bot:AppPassword.", nameof(options));
        }

        _http = http;
        _endpoint = TokenEndpointFor(options);
        _clientId = options.AppId;
        _clientSecret = options.AppPassword;
        _scope = options.TokenScope;
        _logger = logger;
    }

    public Uri Endpoint => _endpoint;

    /// <summary>The token endpoint for the app type; the secret never travels over plain http except to loopback.</summary>
    public static Uri TokenEndpointFor(BotOptions options)
    {
        var tenant = options.AppType switch
        {
            BotAppType.SingleTenant when string.IsNullOrWhiteSpace(options.TenantId) =>
                throw new ArgumentException("A single-tenant bot needs Bot:TenantId.", nameof(options)),
            BotAppType.SingleTenant => options.TenantId!,
            _ => MultiTenantAuthority,
        };
        var endpoint = new Uri(string.Format(CultureInfo.InvariantCulture, options.TokenEndpoint, Uri.EscapeDataString(tenant)), UriKind.Absolute);
        if (!ServiceUrl.MayCarryCredentials(endpoint))
        {
            throw new ArgumentException($"The token endpoint {endpoint.GetLeftPart(UriPartial.Authority)} must use https.", nameof(options));
        }

        return endpoint;
    }

    protected override async Task<BotToken> FetchAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _clientId),
            new("client_secret", _clientSecret),
            new("scope", _scope),
        ]);

        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsync(_endpoint, form, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            throw new BotTokenException($"The token endpoint {_endpoint.Host} could not be reached.", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // Entra answers {"error","error_description"}; neither echoes the secret.
                var error = ReadString(body, "error") ?? "unknown_error";
                _logger.LogWarning("Token request for app {ClientId} failed: {Status} {Error}.", _clientId, (int)response.StatusCode, error);
                throw new BotTokenException($"The token endpoint answered {(int)response.StatusCode} {error}.");
            }

            var token = Parse(body);
            _logger.LogInformation("Bot Connector token obtained for app {ClientId}; expires {ExpiresOn:O}.", _clientId, token.ExpiresOn);
            return token;
        }
    }

    private BotToken Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var value = root.GetProperty("access_token").GetString();
            var expiresIn = root.GetProperty("expires_in") switch
            {
                { ValueKind: JsonValueKind.Number } n => n.GetDouble(),

                // Older (v1) endpoints send the lifetime as a string.
                { ValueKind: JsonValueKind.String } s => double.Parse(s.GetString()!, CultureInfo.InvariantCulture),
                _ => throw new FormatException("expires_in is neither a number nor a string."),
            };
            if (string.IsNullOrEmpty(value))
            {
                throw new FormatException("access_token is empty.");
            }

            return new BotToken(value, Clock.GetUtcNow().AddSeconds(expiresIn));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new BotTokenException("The token endpoint answered with an unreadable token response.", e);
        }
    }

    private static string? ReadString(string body, string property)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
