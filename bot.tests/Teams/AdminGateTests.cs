using ConnectorBot.Teams;

namespace ConnectorBot.Tests.Teams;

/// <summary>The shared admin plumbing: channel help, refusals for non-admins, hand-made invokes, teams not on record.</summary>
public sealed class AdminGateTests : IAsyncLifetime
{
    private AdminTeam _team = null!;

    public async Task InitializeAsync() => _team = await AdminTeam.StartAsync();

    public async Task DisposeAsync() => await _team.DisposeAsync();

    [Fact]
    public async Task Unknown_words_in_a_channel_get_the_channel_help()
    {
        using var response = await _team.MentionAsync(_team.Ben, "what can you do");

        Assert.Equal([AdminStrings.ChannelHelp], _team.Replies);
    }

    [Fact]
    public async Task An_unknown_admin_verb_is_answered_with_an_error_not_silence()
    {
        var response = await _team.ExecuteAsync(_team.Ada, "admin.anything", new { cadence = "Monthly" });

        Assert.Equal("application/vnd.microsoft.error", response.GetProperty("type").GetString());
        Assert.Equal(AdminStrings.UnknownAction, response.GetProperty("value").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_team_the_bot_has_no_record_of_gets_a_way_forward()
    {
        var activity = _team.Bot.Teams.ChannelMention("settings") with
        {
            From = AdminTeam.Account(_team.Ada),
            ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = _team.TenantId }, team = new { id = "19:unknown-team@thread.tacv2" }, channel = new { id = "19:unknown-team@thread.tacv2" } }),
        };

        using var response = await _team.Bot.PostAsync(activity);

        Assert.Equal([AdminStrings.NotInstalled], _team.Replies);
    }

    [Fact]
    public async Task A_sender_without_an_AAD_id_is_never_taken_for_an_admin()
    {
        var anonymous = new ConnectorBot.BotFramework.Connector.TeamsChannelAccount { Id = _team.Ada.Id, Name = _team.Ada.Name };

        using var response = await _team.MentionAsync(anonymous, "settings");

        Assert.Equal([AdminStrings.NotAdmin], _team.Replies);
    }
}
