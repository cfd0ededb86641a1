using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class ConnectorOperationsTests
{
    private const string ChannelThread = "19:abc@thread.skype;messageid=1700000000000";
    private const string EscapedThread = "19%3Aabc%40thread.skype%3Bmessageid%3D1700000000000";

    [Fact]
    public async Task Send_posts_the_activity_to_the_escaped_conversation_path()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        var result = await bed.Client.SendToConversationAsync(bed.ServiceUrl, ChannelThread, new Activity { Type = "message", Text = "hello" });

        var call = Assert.Single(bed.Fake.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedThread}/activities", call.RawTarget);
        Assert.Equal(ChannelThread, call.RouteValues["conversationId"]);
        Assert.StartsWith("application/json", call.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("hello", call.Activity!.Text);
        Assert.False(call.Json.TryGetProperty("id", out _), "nulls are left out of the JSON");
        Assert.Equal(bed.Fake.OutgoingActivities.Single().Id, result.Id);
    }

    [Theory]
    [InlineData("", "/v3/conversations/a%3A1/activities")]
    [InlineData("/", "/v3/conversations/a%3A1/activities")]
    [InlineData("//", "/v3/conversations/a%3A1/activities")]
    [InlineData("/teams", "/teams/v3/conversations/a%3A1/activities")]
    [InlineData("/teams/", "/teams/v3/conversations/a%3A1/activities")]
    [InlineData("/teams//", "/teams/v3/conversations/a%3A1/activities")]
    public async Task The_service_url_gets_exactly_one_slash_before_v3(string suffix, string expected)
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        var serviceUrl = bed.Fake.ServiceUrl.ToString().TrimEnd('/') + suffix;

        // The fake serves /v3 only; a /teams prefix is recorded as unmatched, which is enough to see the path.
        try
        {
            await bed.Client.SendToConversationAsync(serviceUrl, "a:1", new Activity { Text = "x" });
        }
        catch (ConnectorException e) when (e.Outcome == ConnectorOutcome.NotFound)
        {
        }

        Assert.Equal(expected, Assert.Single(bed.Fake.Calls).RawTarget);
    }

    [Fact]
    public async Task Reply_posts_under_the_activity_and_sets_reply_to_id()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        await bed.Client.ReplyToActivityAsync(bed.ServiceUrl, ChannelThread, "1700000000000", new Activity { Type = "message", Text = "re" });

        var call = Assert.Single(bed.Fake.Calls);
        Assert.Equal(("POST", $"/v3/conversations/{EscapedThread}/activities/1700000000000"), (call.Method, call.RawTarget));
        Assert.Equal("1700000000000", call.Activity!.ReplyToId);
    }

    [Fact]
    public async Task Update_puts_the_activity_with_its_id()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        var result = await bed.Client.UpdateActivityAsync(bed.ServiceUrl, "a:1xyz", "act-7", new Activity { Type = "message", Text = "v2" });

        var call = Assert.Single(bed.Fake.Calls);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1xyz/activities/act-7"), (call.Method, call.RawTarget));
        Assert.Equal(("act-7", "v2"), (call.Activity!.Id, call.Activity.Text));
        Assert.Equal("act-7", result.Id);
    }

    [Fact]
    public async Task Delete_sends_no_body()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        await bed.Client.DeleteActivityAsync(bed.ServiceUrl, "a:1xyz", "act-7");

        var call = Assert.Single(bed.Fake.Calls);
        Assert.Equal(("DELETE", "/v3/conversations/a%3A1xyz/activities/act-7", string.Empty), (call.Method, call.RawTarget, call.Body));
    }

    [Fact]
    public async Task Personal_conversation_names_bot_member_and_tenant_twice()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        var created = await bed.Client.CreatePersonalConversationAsync(bed.ServiceUrl, "28:app-id", "29:user-1", "tenant-1");

        var call = Assert.Single(bed.Fake.Calls);
        Assert.Equal(("POST", "/v3/conversations"), (call.Method, call.RawTarget));
        var body = call.Json;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:app-id", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-1", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.TryGetProperty("activity", out _));
        Assert.Equal("a:personal-29:user-1", created.Id);
        Assert.Equal(bed.ServiceUrl, created.ServiceUrl);
    }

    [Fact]
    public async Task Channel_thread_is_a_group_conversation_whose_root_is_the_activity()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        var root = new Activity { Type = "message", Text = "Stand-up starts" };

        var created = await bed.Client.CreateChannelThreadAsync(bed.ServiceUrl, "19:general@thread.skype", "tenant-1", root);

        var body = Assert.Single(bed.Fake.Calls).Json;
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:general@thread.skype", body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("Stand-up starts", body.GetProperty("activity").GetProperty("text").GetString());
        Assert.Equal($"19:general@thread.skype;messageid={created.ActivityId}", created.Id);
        Assert.NotNull(created.ActivityId);
        Assert.Equal(bed.ServiceUrl, created.ServiceUrl);
        Assert.Equal("Stand-up starts", (await bed.Fake.WaitForActivityAsync(a => a.Id == created.ActivityId)).Text);
    }

    [Fact]
    public async Task One_member_by_escaped_user_id()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.AddMembers("19:team@thread.skype", [new TeamsChannelAccount { Id = "29:u1", Name = "Ada", UserPrincipalName = "ada@contoso.com", AadObjectId = "oid-1" }]);

        var member = await bed.Client.GetMemberAsync(bed.ServiceUrl, "19:team@thread.skype", "ada@contoso.com");

        Assert.Equal(("29:u1", "Ada", "oid-1"), (member.Id, member.Name, member.EntraObjectId));
        Assert.Equal("/v3/conversations/19%3Ateam%40thread.skype/members/ada%40contoso.com", Assert.Single(bed.Fake.Calls).RawTarget);
    }

    [Fact]
    public async Task All_members_are_read_page_by_page_until_no_continuation_token()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        var members = Enumerable.Range(1, 120).Select(i => new TeamsChannelAccount { Id = $"29:u{i}", Name = $"User {i}" }).ToList();
        bed.Fake.AddMembers("19:team@thread.skype", members);

        var all = new List<TeamsChannelAccount>();
        await foreach (var member in bed.Client.GetAllMembersAsync(bed.ServiceUrl, "19:team@thread.skype", pageSize: 50))
        {
            all.Add(member);
        }

        Assert.Equal(members.Select(m => m.Id), all.Select(m => m.Id));
        var calls = bed.Fake.CallsTo(FakeRoute.GetPagedMembers);
        Assert.Equal(
            [
                "/v3/conversations/19%3Ateam%40thread.skype/pagedmembers?pageSize=50",
                "/v3/conversations/19%3Ateam%40thread.skype/pagedmembers?pageSize=50&continuationToken=page-50",
                "/v3/conversations/19%3Ateam%40thread.skype/pagedmembers?pageSize=50&continuationToken=page-100",
            ],
            calls.Select(c => c.RawTarget));
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(50, 50)]
    [InlineData(500, 500)]
    [InlineData(5000, 500)]
    public async Task Page_size_is_kept_within_50_to_500(int asked, int sent)
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.AddMembers("t", [new TeamsChannelAccount { Id = "29:a" }]);

        var page = await bed.Client.GetPagedMembersAsync(bed.ServiceUrl, "t", asked);

        Assert.Null(page.ContinuationToken);
        Assert.EndsWith($"pageSize={sent}", Assert.Single(bed.Fake.Calls).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Team_details_and_channel_list()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.AddTeam(
            new TeamDetails("19:team@thread.skype", "Platform", "group-1"),
            new ChannelInfo { Id = "19:team@thread.skype" },
            new ChannelInfo { Id = "19:ops@thread.skype", Name = "Ops" });

        var team = await bed.Client.GetTeamDetailsAsync(bed.ServiceUrl, "19:team@thread.skype");
        var channels = await bed.Client.GetChannelsAsync(bed.ServiceUrl, "19:team@thread.skype");

        Assert.Equal(new TeamDetails("19:team@thread.skype", "Platform", "group-1"), team);
        Assert.Equal([null, "Ops"], channels.Select(c => c.Name));
        Assert.Equal(
            ["/v3/teams/19%3Ateam%40thread.skype", "/v3/teams/19%3Ateam%40thread.skype/conversations"],
            bed.Fake.Calls.Select(c => c.RawTarget));
    }

    [Fact]
    public async Task Activities_round_trip_unknown_fields()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","text":"hi","futureField":{"a":1}}""", BotJson.Options)!;

        await bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", activity);

        Assert.Equal(1, Assert.Single(bed.Fake.Calls).Json.GetProperty("futureField").GetProperty("a").GetInt32());
    }
}
