using System.Net.Http.Headers;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Teams.Owners;

/// <summary>
/// GET {base}/v1.0/teams/{group}/members from Microsoft Graph, following @odata.nextLink: the AAD object ids
/// (<c>userId</c>) of the members whose <c>roles</c> include "owner".
/// </summary>
public sealed class GraphTeamMembers(GraphTokens tokens, ConnectorHttp http, IOptions<GraphOptions> options)
{
    // A team has at most 25,000 members and Graph pages hold 100 or more: this only stops a looping server.
    private const int MaxPages = 1000;

    public async Task<IReadOnlySet<string>> ListOwnersAsync(string tenantId, string aadGroupId, CancellationToken cancellationToken)
    {
        var root = Root();
        var token = await tokens.GetTokenAsync(tenantId, cancellationToken);
        var owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // Graph filters on roles itself; the roles are checked again below all the same.
        Uri? next = new(root, $"v1.0/teams/{Uri.EscapeDataString(aadGroupId)}/members?$filter=roles/any(r:r eq 'owner')");
        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages)
            {
                throw new GraphException($"Graph kept paging the members of group {aadGroupId}; gave up after {MaxPages} pages.");
            }

            using var json = await GetAsync(next, token, cancellationToken);
            Collect(json.RootElement, owners);
            next = NextLink(json.RootElement, root);
        }

        return owners;
    }

    private Uri Root()
    {
        var root = new Uri(options.Value.BaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
        return ServiceUrl.MayCarryCredentials(root)
            ? root
            : throw new GraphException($"Admin:Graph:BaseUrl {root.GetLeftPart(UriPartial.Authority)} must use https.");
    }

    private async Task<JsonDocument> GetAsync(Uri uri, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var response = await http.Client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new GraphException($"Graph answered {(int)response.StatusCode} {ErrorCode(body)} for {uri.AbsolutePath}.");
            }

            return JsonDocument.Parse(body);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphException($"Graph did not answer within {options.Value.RequestTimeout} for {uri.AbsolutePath}.", e);
        }
        catch (HttpRequestException e)
        {
            throw new GraphException($"Graph could not be reached at {uri.Host}.", e);
        }
        catch (JsonException e)
        {
            throw new GraphException($"Graph answered with unreadable JSON for {uri.AbsolutePath}.", e);
        }
    }

    private static void Collect(JsonElement root, HashSet<string> owners)
    {
        if (!root.TryGetProperty("value", out var members) || members.ValueKind != JsonValueKind.Array)
        {
            throw new GraphException("Graph's member list has no value array.");
        }

        foreach (var member in members.EnumerateArray())
        {
            if (member.ValueKind == JsonValueKind.Object
                && member.TryGetProperty("userId", out var userId) && userId.ValueKind == JsonValueKind.String && userId.GetString() is { Length: > 0 } id
                && member.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
                && roles.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && string.Equals(r.GetString(), "owner", StringComparison.OrdinalIgnoreCase)))
            {
                owners.Add(id);
            }
        }
    }

    // The token goes only where Graph itself lives: a next link elsewhere is refused, not followed.
    private static Uri? NextLink(JsonElement root, Uri graphRoot)
    {
        if (!root.TryGetProperty("@odata.nextLink", out var link) || link.ValueKind != JsonValueKind.String || link.GetString() is not { Length: > 0 } text)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var next) && Uri.Compare(next, graphRoot, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? next
            : throw new GraphException($"Graph's next link points away from {graphRoot.Host}; not followed.");
    }

    private static string ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString() ?? "unknown"
                : "unknown";
        }
        catch (JsonException)
        {
            return "unknown";
        }
    }
}
