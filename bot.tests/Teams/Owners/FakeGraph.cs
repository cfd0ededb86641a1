using System.Collections.Concurrent;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Teams.Owners;

/// <summary>One request Graph received: its path and query as sent, and its Authorization header.</summary>
public sealed record GraphCall(string Target, string? Authorization);

/// <summary>
/// Microsoft Graph's team members list on loopback: GET /v1.0/teams/{group}/members, paged by <see cref="PageSize"/>
/// with @odata.nextLink, every member with roles and userId. <see cref="FailNext"/> makes the next calls answer an error.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<(string UserId, string[] Roles)>> _teams = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> _failures = new();
    private readonly ConcurrentQueue<GraphCall> _calls = new();

    private FakeGraph(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int PageSize { get; set; } = 2;

    public IReadOnlyList<GraphCall> Calls => [.. _calls];

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(app);
        app.MapGet("/v1.0/teams/{groupId}/members", (HttpContext context, string groupId) => graph.Members(context, groupId));
        await app.StartAsync();
        graph.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return graph;
    }

    public void AddMember(string groupId, string userId, params string[] roles) => _teams.GetOrAdd(groupId, _ => []).Add((userId, roles));

    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _failures.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Members(HttpContext context, string groupId)
    {
        _calls.Enqueue(new GraphCall(context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.ToString()));
        if (_failures.TryDequeue(out var status))
        {
            return Results.Json(new { error = new { code = "ServiceUnavailable", message = "scripted" } }, statusCode: status);
        }

        if (!_teams.TryGetValue(groupId, out var members))
        {
            return Results.Json(new { error = new { code = "NotFound", message = "No team." } }, statusCode: 404);
        }

        var skip = int.TryParse(context.Request.Query["$skiptoken"], out var s) ? s : 0;
        var page = members.Skip(skip).Take(PageSize).Select(m => new Dictionary<string, object>
        {
            ["@odata.type"] = "#microsoft.graph.aadUserConversationMember",
            ["id"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(groupId + "##" + m.UserId)),
            ["roles"] = m.Roles,
            ["displayName"] = "Someone",
            ["userId"] = m.UserId,
        }).ToList();
        var body = new Dictionary<string, object> { ["value"] = page };
        if (skip + page.Count < members.Count)
        {
            body["@odata.nextLink"] = $"{BaseUrl}v1.0/teams/{groupId}/members?$skiptoken={skip + page.Count}";
        }

        return Results.Text(JsonSerializer.Serialize(body), "application/json");
    }
}
