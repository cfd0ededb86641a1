using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Teams;
using ConnectorBot.Tests.BotFramework;

namespace ConnectorBot.Tests.Teams.Owners;

/// <summary>
/// Team owners from Microsoft Graph, through /api/messages: a loopback Graph serves the team's members (two per page,
/// roles and userId), the fake connector issues the app token. An owner who is not a named admin gets in; a member doesn't.
/// </summary>
public sealed class GraphOwnersTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;
    private AdminTeam _team = null!;

    private TeamsChannelAccount Olive => new() { Id = "29:1olive-" + _team.TenantId, Name = "Olive Owner", AadObjectId = "AAD-OLIVE-" + _team.TenantId };

    private string GroupId => "group-" + _team.TenantId;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _team = await AdminTeam.StartAsync(
            settings: new Dictionary<string, string?> { ["Admin:Graph:Enabled"] = "true", ["Admin:Graph:BaseUrl"] = _graph.BaseUrl.ToString() },
            services: ProbeCommand.AddTo);
        _team.Bot.Connector.AddMembers(AdminTeam.TeamId, [Olive]);

        // Olive is on the second page, her id in another case than the activity's (AAD ids are GUIDs: case does not matter).
        _graph.AddMember(GroupId, _team.Ada.AadObjectId!, "member");
        _graph.AddMember(GroupId, _team.Ben.AadObjectId!);
        _graph.AddMember(GroupId, Olive.AadObjectId!.ToLowerInvariant(), "owner");
    }

    public async Task DisposeAsync()
    {
        await _team.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task An_owner_who_is_not_a_named_admin_may_use_admin_commands()
    {
        await _team.MentionAsync(Olive, ProbeCommand.Word);

        Assert.Equal(ProbeCommand.Answer, _team.Bot.SentTexts[^1]);
        var calls = _graph.Calls;
        Assert.Equal(2, calls.Count);
        Assert.StartsWith($"/v1.0/teams/{GroupId}/members?", calls[0].Target, StringComparison.Ordinal);
        Assert.Contains("roles/any", Uri.UnescapeDataString(calls[0].Target), StringComparison.Ordinal);
        Assert.Contains("$skiptoken=2", calls[1].Target, StringComparison.Ordinal);
        Assert.All(calls, c => Assert.StartsWith("Bearer fake-token-", c.Authorization, StringComparison.Ordinal));

        // The app token came the connector's way, for Graph's scope, from the team's own tenant.
        var graphToken = Assert.Single(_team.Bot.Connector.CallsTo(FakeRoute.Token), c => c.Form["scope"] == "https://graph.microsoft.com/.default");
        Assert.Equal(_team.TenantId, graphToken.RouteValues["tenant"]);
        Assert.Equal(TestIssuer.AppId, graphToken.Form["client_id"]);
        Assert.Equal("client_credentials", graphToken.Form["grant_type"]);
    }

    [Fact]
    public async Task A_plain_member_is_refused()
    {
        await _team.MentionAsync(_team.Ben, ProbeCommand.Word);

        Assert.Equal(AdminStrings.NotAdmin, _team.Bot.SentTexts[^1]);
        Assert.NotEmpty(_graph.Calls);
    }

    [Fact]
    public async Task A_named_admin_needs_no_graph_call()
    {
        await _team.MentionAsync(_team.Ada, ProbeCommand.Word);

        Assert.Equal(ProbeCommand.Answer, _team.Bot.SentTexts[^1]);
        Assert.Empty(_graph.Calls);
    }

    [Fact]
    public async Task Owners_are_cached_for_a_few_minutes_then_asked_again()
    {
        await _team.MentionAsync(Olive, ProbeCommand.Word);
        await _team.MentionAsync(_team.Ben, ProbeCommand.Word);
        Assert.Equal(2, _graph.Calls.Count);

        _team.Clock.Advance(TimeSpan.FromMinutes(6));
        await _team.MentionAsync(Olive, ProbeCommand.Word);

        Assert.Equal(4, _graph.Calls.Count);
        Assert.Equal(ProbeCommand.Answer, _team.Bot.SentTexts[^1]);
    }

    [Fact]
    public async Task Graph_failing_means_not_an_owner_and_is_not_remembered()
    {
        _graph.FailNext(503);

        await _team.MentionAsync(Olive, ProbeCommand.Word);
        Assert.Equal(AdminStrings.NotAdmin, _team.Bot.SentTexts[^1]);

        await _team.MentionAsync(_team.Ada, ProbeCommand.Word);
        Assert.Equal(ProbeCommand.Answer, _team.Bot.SentTexts[^1]);

        await _team.MentionAsync(Olive, ProbeCommand.Word);
        Assert.Equal(ProbeCommand.Answer, _team.Bot.SentTexts[^1]);
    }

    [Fact]
    public async Task With_graph_off_owners_are_not_admins()
    {
        await using var graph = await FakeGraph.StartAsync();
        await using var team = await AdminTeam.StartAsync(
            settings: new Dictionary<string, string?> { ["Admin:Graph:BaseUrl"] = graph.BaseUrl.ToString() },
            services: ProbeCommand.AddTo);
        var olive = new TeamsChannelAccount { Id = "29:1olive", Name = "Olive Owner", AadObjectId = "aad-olive" };
        graph.AddMember("group-" + team.TenantId, olive.AadObjectId, "owner");

        await team.MentionAsync(olive, ProbeCommand.Word);

        Assert.Equal(AdminStrings.NotAdmin, team.Bot.SentTexts[^1]);
        Assert.Empty(graph.Calls);
    }
}
