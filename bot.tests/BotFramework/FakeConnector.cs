using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>The connector routes (and the token endpoint) the fake answers; used to script and filter calls.</summary>
public enum FakeRoute
{
    Token,
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    CreateConversation,
    GetMember,
    GetPagedMembers,
    GetTeamDetails,
    GetChannels,

    /// <summary>A PUT into an upload session, as Teams opens one in the member's OneDrive when they allow a file (see <see cref="FakeConnector.UploadUrl"/>).</summary>
    Upload,

    /// <summary>No route matched: recorded and answered 404.</summary>
    Unmatched,
}

/// <summary>One request the fake received, as it arrived (raw target keeps the client's escaping).</summary>
public sealed record FakeCall(
    FakeRoute Route,
    string Method,
    string RawTarget,
    IReadOnlyDictionary<string, string> RouteValues,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public Activity? Activity => string.IsNullOrWhiteSpace(Body) ? null : JsonSerializer.Deserialize<Activity>(Body, BotJson.Options);

    /// <summary>The form fields of a token request.</summary>
    public IReadOnlyDictionary<string, string> Form =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => Uri.UnescapeDataString(kv[0].Replace('+', ' ')), kv => kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : string.Empty);
}

/// <summary>A scripted answer for the next call to a route, instead of the fake's normal behaviour.</summary>
public sealed record FakeResponse(int Status, string? Body = null, TimeSpan? RetryAfter = null, DateTimeOffset? RetryAfterDate = null, TimeSpan Delay = default)
{
    public static FakeResponse Error(int status, string code, string message = "scripted failure") =>
        new(status, JsonSerializer.Serialize(new { error = new { code, message } }));

    public static FakeResponse Throttled(TimeSpan retryAfter) => Error(429, "Throttled") with { RetryAfter = retryAfter };

    public static FakeResponse WithStatus(int status) => new(status);

    /// <summary>Answers normally, but only after <paramref name="delay"/> (or never, if the client gives up first).</summary>
    public static FakeResponse Slow(TimeSpan delay) => new(0, Delay: delay);

    /// <summary>A zero status means "then behave normally".</summary>
    internal bool FallsThrough => Status == 0;
}

/// <summary>
/// The Teams side of the Bot Connector protocol on a real loopback HTTP server: the v3 routes the bot
/// calls plus an Entra-like token endpoint. Records every request, can be scripted per route to fail,
/// throttle or stall, and serves members, teams and channels that tests add.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private readonly List<FakeCall> _calls = [];
    private readonly List<Activity> _outgoing = [];
    private readonly List<(Func<Activity, bool> Predicate, TaskCompletionSource<Activity> Found)> _waiters = [];
    private readonly List<(Func<bool> Done, TaskCompletionSource Found)> _countWaiters = [];
    private readonly List<FakeCall> _answered = [];
    private readonly ConcurrentDictionary<FakeRoute, TaskCompletionSource> _holds = new();
    private readonly ConcurrentDictionary<FakeRoute, ConcurrentQueue<FakeResponse>> _scripts = new();
    private readonly ConcurrentDictionary<string, byte> _gone = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<TeamsChannelAccount>> _members = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (TeamDetails Team, ChannelInfo[] Channels)> _teams = new(StringComparer.Ordinal);
    private int _ids;
    private (Random Random, double Throttled, double Unavailable, TimeSpan RetryAfter)? _weather;

    private FakeConnector(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>Base address with a trailing slash, e.g. http://127.0.0.1:53012/.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>A value for BotOptions.TokenEndpoint ({0} is the tenant).</summary>
    public string TokenEndpointFormat => $"{ServiceUrl}{{0}}/oauth2/v2.0/token";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public int TokensIssued { get; private set; }

    public IReadOnlyList<FakeCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Activities the bot posted (sends, replies, channel-thread roots), in arrival order.</summary>
    public IReadOnlyList<Activity> OutgoingActivities
    {
        get
        {
            lock (_lock)
            {
                return [.. _outgoing];
            }
        }
    }

    /// <summary>Starts on 127.0.0.1 with a free port. <paramref name="clock"/> stamps <see cref="FakeCall.ReceivedAt"/>.</summary>
    public static async Task<FakeConnector> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeConnector(app, clock ?? TimeProvider.System);
        fake.MapRoutes();
        await app.StartAsync();
        fake.ServiceUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>An upload session URL on this server, to put in a file consent invoke's uploadInfo.</summary>
    public Uri UploadUrl(string name) => new(ServiceUrl, "upload/" + Uri.EscapeDataString(name));

    public IReadOnlyList<FakeCall> CallsTo(FakeRoute route) => Calls.Where(c => c.Route == route).ToList();

    /// <summary>The next calls to <paramref name="route"/> get these answers, in order; later calls behave normally.</summary>
    public void Script(FakeRoute route, params FakeResponse[] responses)
    {
        var queue = _scripts.GetOrAdd(route, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>Members of a conversation or team, served by the member and paged-member routes.</summary>
    public void AddMembers(string conversationId, IEnumerable<TeamsChannelAccount> members) =>
        _members.GetOrAdd(conversationId, _ => []).AddRange(members);

    /// <summary>Puts <paramref name="member"/> in place of the member with the same id, as a roster without their name would serve them.</summary>
    public void ReplaceMember(string conversationId, TeamsChannelAccount member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var members = _members[conversationId];
        members[members.FindIndex(m => m.Id == member.Id)] = member;
    }

    /// <summary>
    /// From now on every v3 call is answered 429 (with <paramref name="retryAfter"/>) with probability
    /// <paramref name="throttled"/>, else 503 with probability <paramref name="unavailable"/>, else normally; seeded,
    /// so a run repeats. Null turns it off.
    /// </summary>
    public void FailAtRandom(int? seed, double throttled = 0.5, double unavailable = 0.1, TimeSpan? retryAfter = null)
    {
        lock (_lock)
        {
            _weather = seed is { } s ? (new Random(s), throttled, unavailable, retryAfter ?? TimeSpan.FromSeconds(1)) : null;
        }
    }

    public void AddTeam(TeamDetails team, params ChannelInfo[] channels) => _teams[team.Id!] = (team, channels);

    /// <summary>From now on every call into this conversation gets 404 ConversationNotFound, as Teams answers for a chat that is gone.</summary>
    public void Forget(string conversationId) => _gone.TryAdd(conversationId, 0);

    /// <summary>The first posted activity matching <paramref name="predicate"/>, already sent or still to come.</summary>
    public Task<Activity> WaitForActivityAsync(Func<Activity, bool> predicate, TimeSpan? timeout = null)
    {
        var found = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_outgoing.FirstOrDefault(predicate) is { } existing)
            {
                return Task.FromResult(existing);
            }

            _waiters.Add((predicate, found));
        }

        return found.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>Completes once <paramref name="count"/> calls to <paramref name="route"/> (matching <paramref name="where"/>) have been answered (scripts and holds applied).</summary>
    public Task WaitForCallsAsync(FakeRoute route, int count, Func<FakeCall, bool>? where = null) =>
        WaitUntilAsync(() => _answered.Count(c => c.Route == route && (where is null || where(c))) >= count);

    /// <summary>Completes once <paramref name="count"/> posted activities match <paramref name="predicate"/>.</summary>
    public Task WaitForActivitiesAsync(Func<Activity, bool> predicate, int count) => WaitUntilAsync(() => _outgoing.Count(predicate) >= count);

    /// <summary>
    /// Calls to <paramref name="route"/> are recorded but not answered until <see cref="Release"/>: a test can see that
    /// the bot answered a turn while its background work was still waiting on Teams.
    /// </summary>
    public void Hold(FakeRoute route) => _holds.TryAdd(route, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(FakeRoute route)
    {
        if (_holds.TryRemove(route, out var hold))
        {
            hold.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var route in _holds.Keys)
        {
            Release(route);
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        Map(FakeRoute.Token, "POST", "/{tenant}/oauth2/v2.0/token", _ => IssueToken());
        Map(FakeRoute.SendToConversation, "POST", "/v3/conversations/{conversationId}/activities", call => Posted(call, 201));
        Map(FakeRoute.ReplyToActivity, "POST", "/v3/conversations/{conversationId}/activities/{activityId}", call => Posted(call, 201));
        Map(FakeRoute.UpdateActivity, "PUT", "/v3/conversations/{conversationId}/activities/{activityId}", call => Results.Json(new { id = call.RouteValues["activityId"] }));
        Map(FakeRoute.DeleteActivity, "DELETE", "/v3/conversations/{conversationId}/activities/{activityId}", _ => Results.Ok());
        Map(FakeRoute.CreateConversation, "POST", "/v3/conversations", CreateConversation);
        Map(FakeRoute.GetMember, "GET", "/v3/conversations/{conversationId}/members/{userId}", GetMember);
        Map(FakeRoute.GetPagedMembers, "GET", "/v3/conversations/{conversationId}/pagedmembers", GetPagedMembers);
        Map(FakeRoute.GetTeamDetails, "GET", "/v3/teams/{teamId}", call => _teams.TryGetValue(call.RouteValues["teamId"], out var t) ? Results.Json(t.Team) : NotFound("TeamNotFound"));
        Map(FakeRoute.GetChannels, "GET", "/v3/teams/{teamId}/conversations", call =>
            _teams.TryGetValue(call.RouteValues["teamId"], out var t) ? Results.Json(new { conversations = t.Channels }) : NotFound("TeamNotFound"));
        Map(FakeRoute.Upload, "PUT", "/upload/{name}", call => Results.Json(new { id = NextId(), name = call.RouteValues["name"], size = call.Body.Length }, statusCode: 201));
        _app.MapFallback(async (HttpContext context) =>
        {
            await RecordAsync(FakeRoute.Unmatched, context);
            return NotFound("NoSuchRoute");
        });
    }

    private void Map(FakeRoute route, string method, string pattern, Func<FakeCall, IResult> answer) =>
        _app.MapMethods(pattern, [method], async (HttpContext context) =>
        {
            var call = await RecordAsync(route, context);
            var result = await AnswerAsync(route, call, context, answer);
            lock (_lock)
            {
                _answered.Add(call);
                WakeCountWaiters();
            }

            return result;
        });

    private async Task<IResult> AnswerAsync(FakeRoute route, FakeCall call, HttpContext context, Func<FakeCall, IResult> answer)
    {
        if (_holds.TryGetValue(route, out var hold))
        {
            await hold.Task.WaitAsync(context.RequestAborted);
        }

        if (call.RouteValues.TryGetValue("conversationId", out var conversationId) && _gone.ContainsKey(conversationId))
        {
            return Scripted(context, FakeResponse.Error(404, "ConversationNotFound"));
        }

        if (route != FakeRoute.Token && RandomFailure() is { } failure)
        {
            return Scripted(context, failure);
        }

        if (_scripts.TryGetValue(route, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted.Delay > TimeSpan.Zero)
            {
                await Task.Delay(scripted.Delay, context.RequestAborted);
            }

            if (!scripted.FallsThrough)
            {
                return Scripted(context, scripted);
            }
        }

        return answer(call);
    }

    private FakeResponse? RandomFailure()
    {
        lock (_lock)
        {
            if (_weather is not { } weather)
            {
                return null;
            }

            var roll = weather.Random.NextDouble();
            return roll < weather.Throttled ? FakeResponse.Throttled(weather.RetryAfter)
                : roll < weather.Throttled + weather.Unavailable ? FakeResponse.Error(503, "ServiceUnavailable")
                : null;
        }
    }

    private async Task<FakeCall> RecordAsync(FakeRoute route, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var call = new FakeCall(
            route,
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.GetRouteData().Values.ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture) ?? string.Empty),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _clock.GetUtcNow());
        lock (_lock)
        {
            _calls.Add(call);
        }

        return call;
    }

    private static IResult Scripted(HttpContext context, FakeResponse scripted)
    {
        if (scripted.RetryAfter is { } delta)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delta.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        else if (scripted.RetryAfterDate is { } date)
        {
            context.Response.Headers.RetryAfter = date.ToString("R", CultureInfo.InvariantCulture);
        }

        return scripted.Body is null
            ? Results.StatusCode(scripted.Status)
            : Results.Content(scripted.Body, "application/json", statusCode: scripted.Status);
    }

    private IResult IssueToken()
    {
        int number;
        lock (_lock)
        {
            number = ++TokensIssued;
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["access_token"] = $"fake-token-{number}",
        });
    }

    private IResult Posted(FakeCall call, int status)
    {
        var id = NextId();
        if (call.Activity is { } activity)
        {
            Deliver(activity with { Id = id, Conversation = activity.Conversation ?? new ConversationAccount { Id = call.RouteValues["conversationId"] } });
        }

        return Results.Json(new { id }, statusCode: status);
    }

    private IResult CreateConversation(FakeCall call)
    {
        var parameters = JsonSerializer.Deserialize<ConversationParameters>(call.Body, BotJson.Options)!;
        if (parameters.IsGroup == true && parameters.ChannelData?.Channel?.Id is { } channelId)
        {
            var rootId = NextId();
            var threadId = $"{channelId};messageid={rootId}";
            if (parameters.Activity is { } root)
            {
                Deliver(root with { Id = rootId, Conversation = new ConversationAccount { Id = threadId, ConversationType = "channel" } });
            }

            return Results.Json(new { id = threadId, activityId = rootId, serviceUrl = ServiceUrl.ToString() }, statusCode: 201);
        }

        var userId = parameters.Members?.FirstOrDefault()?.Id ?? "unknown";
        return Results.Json(new { id = $"a:personal-{userId}", serviceUrl = ServiceUrl.ToString() }, statusCode: 201);
    }

    private IResult GetMember(FakeCall call)
    {
        if (!_members.TryGetValue(call.RouteValues["conversationId"], out var members))
        {
            return NotFound("ConversationNotFound");
        }

        var userId = call.RouteValues["userId"];
        var member = members.FirstOrDefault(m => m.Id == userId || m.AadObjectId == userId || string.Equals(m.UserPrincipalName, userId, StringComparison.OrdinalIgnoreCase));
        return member is null ? NotFound("MemberNotFoundInConversation") : Results.Json(member, BotJson.Options);
    }

    private IResult GetPagedMembers(FakeCall call)
    {
        if (!_members.TryGetValue(call.RouteValues["conversationId"], out var members))
        {
            return NotFound("ConversationNotFound");
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(ServiceUrl, call.RawTarget).Query);
        var pageSize = query.TryGetValue("pageSize", out var size) ? int.Parse(size!, CultureInfo.InvariantCulture) : 200;
        var start = query.TryGetValue("continuationToken", out var token) ? int.Parse(token.ToString().Replace("page-", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : 0;
        var page = members.Skip(start).Take(pageSize).ToList();
        var next = start + page.Count < members.Count ? $"page-{start + page.Count}" : null;
        return Results.Json(new PagedMembersResult(next, page), BotJson.Options);
    }

    private static IResult NotFound(string code) =>
        Results.Content(JsonSerializer.Serialize(new { error = new { code, message = code } }), "application/json", statusCode: 404);

    private string NextId() => $"1{Interlocked.Increment(ref _ids):D12}";

    private void Deliver(Activity activity)
    {
        lock (_lock)
        {
            _outgoing.Add(activity);
            foreach (var waiter in _waiters.Where(w => w.Predicate(activity)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(activity);
            }

            WakeCountWaiters();
        }
    }

    private Task WaitUntilAsync(Func<bool> done)
    {
        var found = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (done())
            {
                return Task.CompletedTask;
            }

            _countWaiters.Add((done, found));
        }

        // A guard against a hang, not a timing assertion: the awaited call never came.
        return found.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    // Called under _lock.
    private void WakeCountWaiters()
    {
        foreach (var waiter in _countWaiters.Where(w => w.Done()).ToList())
        {
            _countWaiters.Remove(waiter);
            waiter.Found.TrySetResult();
        }
    }
}
