using System.Net;

using ConnectorBot.BotFramework;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>The route table: one handler per verb, command and event, checked at start-up; a message read as a command once.</summary>
public sealed class RoutingTests
{
    [Fact]
    public void A_second_route_for_a_verb_a_command_or_an_event_is_refused_while_the_table_is_built()
    {
        static Task<InvokeResponse> Answer(IServiceProvider s, TurnContext t, CardAction a) => Task.FromResult(new InvokeResponse(200));
        static Task Say(IServiceProvider s, TurnContext t) => Task.CompletedTask;

        var verb = Assert.Throws<InvalidOperationException>(() => new RouteTable().OnVerb("x.go", Answer).OnVerb("x.go", Answer));
        var command = Assert.Throws<InvalidOperationException>(() => new RouteTable().OnCommand(ChatScope.TeamChannel, "go", Say).OnCommand(ChatScope.TeamChannel, "go", Say));
        Assert.Throws<InvalidOperationException>(() => new RouteTable()
            .OnLifecycle(LifecycleKind.TeamRestored, (_, _, _) => Task.CompletedTask)
            .OnLifecycle(LifecycleKind.TeamRestored, (_, _, _) => Task.CompletedTask));
        Assert.Contains("'x.go'", verb.Message, StringComparison.Ordinal);
        Assert.Contains("'go'", command.Message, StringComparison.Ordinal);

        // The same word in two scopes is two commands.
        new RouteTable().OnCommand(ChatScope.TeamChannel, "go", Say).OnCommand(ChatScope.Personal, "go", Say);
    }

    [Theory]
    [InlineData(IntrosVerbs.Accept)]
    [InlineData(SettingsVerbs.Save)]
    public async Task A_bot_with_a_second_handler_for_a_verb_of_its_own_does_not_start(string verb)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHarness.StartAsync(services: s =>
            s.AddRoutes(routes => routes.OnVerb(verb, (_, _, _) => Task.FromResult(new InvokeResponse(200))))));

        Assert.Contains($"'{verb}'", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_with_a_second_handler_for_a_team_command_does_not_start()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotHarness.StartAsync(services: s =>
            s.AddRoutes(routes => routes.OnCommand(ChatScope.TeamChannel, SettingsCommand.Name, (_, _) => Task.CompletedTask))));

        Assert.Contains($"'{SettingsCommand.Name}'", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_card_verb_the_bot_sends_has_exactly_one_route()
    {
        await using var bot = await BotHarness.StartAsync();

        var verbs = bot.Services.GetRequiredService<RouteTable>().Verbs;

        Assert.Equal(
            new[]
            {
                InterviewVerbs.Edit, InterviewVerbs.Consent, InterviewVerbs.ForgetConfirm, InterviewVerbs.ForgetCancel, InterviewVerbs.StaleKeep,
                InterviewVerbs.StaleUpdate, InterviewVerbs.Resume, ConnectorBot.Understanding.UnderstandingVerbs.SaveWords, ConnectorBot.Understanding.UnderstandingVerbs.Reject,
                IntrosVerbs.Accept, IntrosVerbs.Pass, IntrosVerbs.FollowUp, SettingsVerbs.MatchPreview, SettingsVerbs.MatchPost, SettingsVerbs.Open,
                SettingsVerbs.Save, SettingsVerbs.Admins, ConnectorBot.Teams.Admins.AdminsCard.RemoveVerb, SettingsVerbs.InviteEveryone, SettingsVerbs.Stats,
                ConnectorBot.Asks.AsksVerbs.Find, ConnectorBot.Asks.AsksVerbs.Pick, ConnectorBot.Digest.DigestVerbs.Offer,
            }.Order(StringComparer.Ordinal),
            verbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_message_is_read_as_a_command_once_and_its_handler_gets_that_reading()
    {
        var reads = 0;
        TurnCommand? seen = null;
        await using var bot = await BotHarness.StartAsync(services: s => s.AddRoutes(routes => routes
            .ReadCommands(ChatScope.GroupChat, text =>
            {
                Interlocked.Increment(ref reads);
                return new TurnCommand("ping", text);
            })
            .OnCommand(ChatScope.GroupChat, "ping", (_, turn) =>
            {
                seen = turn.Command;
                return turn.SendTextAsync("pong");
            })));
        var message = bot.Teams.ChannelMention("ping twice") with
        {
            Conversation = new ConnectorBot.BotFramework.Schema.ConversationAccount { Id = "19:group-chat@thread.v2", ConversationType = "groupChat", IsGroup = true, TenantId = bot.Teams.TenantId },
            ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = bot.Teams.TenantId } }),
        };

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, reads);
        Assert.Equal(new TurnCommand("ping", "ping twice"), seen);
        Assert.Equal(["pong"], bot.SentTexts);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Flatten(e.InnerException);
}
