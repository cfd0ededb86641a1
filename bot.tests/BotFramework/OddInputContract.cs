using System.Net;
using System.Net.Sockets;
using System.Text.Json;

using Azure.Data.Tables;

using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Storage;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>
/// Issue 14, "odd input must never give a 500": signed activities a fuzzer found, through /api/messages on each
/// store. Each gets a 4xx, or the 200 Teams expects for an event the bot ignores, and changes no data.
/// </summary>
public abstract class OddInputContract : IAsyncLifetime
{
    private static readonly string TooLong = "x:" + new string('9', TableKey.MaxLength);

    private BotHarness _bot = null!;

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(StorageConnectionString);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("added")]
    [InlineData("removed")]
    public async Task A_team_conversation_update_with_a_null_member_is_ignored(string list)
    {
        var update = TeamUpdate() with
        {
            MembersAdded = list == "added" ? [null!] : null,
            MembersRemoved = list == "removed" ? [null!] : null,
        };

        await AssertNothingChangesAsync(update, HttpStatusCode.OK, exceptMarkers: true);
    }

    [Theory]
    [InlineData("no conversation")]
    [InlineData("no conversation id")]
    [InlineData("empty conversation id")]
    [InlineData("blank conversation id")]
    public async Task A_message_without_a_conversation_id_gets_400(string shape)
    {
        var message = _bot.Teams.PersonalMessage("help");
        message = shape switch
        {
            "no conversation" => message with { Conversation = null },
            "no conversation id" => message with { Conversation = message.Conversation! with { Id = null } },

            // The 100,000-activity fuzz run's one reproducible 500: a single space passed the check and broke the reply's path.
            "blank conversation id" => message with { Conversation = message.Conversation! with { Id = " " } },
            _ => message with { Conversation = message.Conversation! with { Id = string.Empty } },
        };

        await AssertNothingChangesAsync(message, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("aadObjectId")]
    [InlineData("tenant id")]
    [InlineData("conversation id")]
    [InlineData("activity id")]
    [InlineData("card teamId")]
    public async Task An_id_longer_than_a_table_key_gets_400(string which)
    {
        // Not "help" (which stores nothing): a first message starts the interview, which stores the member's rows.
        var message = _bot.Teams.PersonalMessage("hello");
        var activity = which switch
        {
            "aadObjectId" => message with { From = message.From! with { AadObjectId = TooLong } },
            "tenant id" => message with
            {
                Conversation = message.Conversation! with { TenantId = TooLong },
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TooLong } }),
            },
            "conversation id" => message with { Conversation = message.Conversation! with { Id = TooLong } },
            "activity id" => message with { Id = TooLong },
            _ => _bot.Teams.Invoke(
                ActivityRouter.AdaptiveCardActionInvoke,
                new { action = new { type = "Action.Execute", verb = ConnectorBot.Teams.Settings.SettingsVerbs.Open, data = new { teamId = TooLong } }, trigger = "manual" }),
        };

        await AssertNothingChangesAsync(activity, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("joined")]
    [InlineData("escaped")]
    public async Task Ids_that_fit_alone_but_not_as_a_table_key_get_400(string how)
    {
        var message = _bot.Teams.PersonalMessage("hello");
        var activity = how == "joined"
            ? message with { Conversation = message.Conversation! with { Id = "a:" + new string('c', 400) }, Id = new string('7', 200) }
            : message with { From = message.From! with { AadObjectId = new string('/', 200) } }; // each '/' is stored as three characters

        await AssertNothingChangesAsync(activity, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/teams/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task A_service_url_that_is_not_http_gets_400(string serviceUrl)
    {
        var message = _bot.Teams.PersonalMessage("help") with { ServiceUrl = serviceUrl };

        await AssertNothingChangesAsync(message, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    public async Task A_null_entity_is_skipped_and_the_message_answered(string where)
    {
        var mention = _bot.Teams.ChannelMention("help");
        var message = where == "personal"
            ? _bot.Teams.PersonalMessage("help") with { Entities = [null] }
            : mention with { Entities = [null, .. mention.Entities!] };

        using var response = await _bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([where == "personal" ? ConnectorBot.Interview.InterviewStrings.Help : ConnectorBot.Teams.AdminStrings.ChannelHelp], _bot.SentTexts);
    }

    [Theory]
    [InlineData("channel team")]
    [InlineData("Action.Execute teamId")]
    [InlineData("Action.Submit teamId")]
    public async Task A_team_id_that_fits_alone_but_not_joined_to_the_tenant_gets_400(string where)
    {
        // 480 characters fit a key alone; the team's rows are keyed by tenant and team joined, which do not.
        var team = "19:" + new string('t', 477);
        var mention = _bot.Teams.ChannelMention("settings");
        var activity = where switch
        {
            "channel team" => mention with { ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = _bot.Teams.TenantId }, team = new { id = team }, channel = new { id = "19:intros@thread.tacv2" } }) },
            "Action.Execute teamId" => _bot.Teams.Invoke(
                ActivityRouter.AdaptiveCardActionInvoke,
                new { action = new { type = "Action.Execute", verb = ConnectorBot.Intros.IntrosVerbs.Pass, data = new { teamId = team, introId = "intro-1" } }, trigger = "manual" }),
            _ => _bot.Teams.PersonalMessage(string.Empty) with
            {
                Text = null,
                Value = JsonSerializer.SerializeToElement(new { verb = ConnectorBot.Intros.IntrosVerbs.Pass, teamId = team, introId = "intro-1" }),
            },
        };

        await AssertNothingChangesAsync(activity, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("value.action.data")]
    [InlineData("channelData")]
    [InlineData("property name")]
    public async Task Text_with_a_lone_surrogate_in_card_data_or_channel_data_gets_400(string where)
    {
        // JSON parses "\ud83d" alone, but no string can be read from it: the activity is refused before anything reads it.
        const string Lone = "LONE-SURROGATE";
        var submit = _bot.Teams.PersonalMessage(string.Empty) with { Text = null, Value = JsonSerializer.SerializeToElement(new { verb = ConnectorBot.Interview.InterviewVerbs.Edit, field = Lone }) };
        var activity = where switch
        {
            "value" => submit,
            "value.action.data" => _bot.Teams.Invoke(
                ActivityRouter.AdaptiveCardActionInvoke,
                new { action = new { type = "Action.Execute", verb = ConnectorBot.Interview.InterviewVerbs.Edit, data = new { field = Lone } }, trigger = "manual" }),
            "channelData" => _bot.Teams.PersonalMessage("hello") with { ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = _bot.Teams.TenantId }, note = Lone }) },
            _ => submit with { Value = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["verb"] = ConnectorBot.Interview.InterviewVerbs.Edit, [Lone] = "x" }) },
        };
        var body = JsonSerializer.Serialize(activity, BotJson.Options).Replace(Lone, "\\ud83d", StringComparison.Ordinal);
        var before = await SnapshotAsync(exceptMarkers: false);

        using var response = await _bot.PostRawAsync(body, _bot.Issuer.Sign("msteams", activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Connector.OutgoingActivities);
        Assert.Equal(before, await SnapshotAsync(exceptMarkers: false));
    }

    [Theory]
    [InlineData("first message", "locale")]
    [InlineData("first message", "localTimezone")]
    [InlineData("Action.Execute", "locale")]
    [InlineData("Action.Execute", "localTimezone")]
    public async Task A_locale_or_time_zone_no_client_sends_gets_400(string kind, string field)
    {
        // The 100,000-activity fuzz run's one 500 on the final code: an Action.Execute whose locale was 554,158 characters.
        var odd = new string('q', 600_000);
        var activity = kind == "first message"
            ? _bot.Teams.PersonalMessage("hello")
            : _bot.Teams.Invoke(
                ActivityRouter.AdaptiveCardActionInvoke,
                new { action = new { type = "Action.Execute", verb = ConnectorBot.Interview.InterviewVerbs.Edit, data = new { field = "offer" } }, trigger = "manual" });
        activity = field == "locale" ? activity with { Locale = odd } : activity with { LocalTimezone = odd };

        await AssertNothingChangesAsync(activity, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unreachable_service_url_ends_the_turn_without_a_500_and_keeps_the_reply_owed()
    {
        var message = _bot.Teams.PersonalMessage("help") with { ServiceUrl = $"http://127.0.0.1:{DeadLoopbackPort()}/teams/" };

        using var response = await _bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.OutgoingActivities);

        // The turn is done (a redelivery changes nothing); its reply waits in the outbox for the connector to come back.
        var owed = _bot.Services.GetRequiredService<ReplyStore>().ListAsync(CancellationToken.None);
        Assert.Equal(message.Id, Assert.Single(await owed.Where(r => r.TenantId == _bot.Teams.TenantId).ToListAsync()).TurnActivityId);
        var markers = await RowsAsync(_bot.Storage, ActivityDeduplicator.TableName);
        Assert.Contains(markers, row => row.Contains(message.Id!, StringComparison.Ordinal));
    }

    private async Task AssertNothingChangesAsync(Activity activity, HttpStatusCode expected, bool exceptMarkers = false)
    {
        var before = await SnapshotAsync(exceptMarkers);

        using var response = await _bot.PostAsync(activity);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_bot.Connector.OutgoingActivities);
        Assert.Equal(before, await SnapshotAsync(exceptMarkers));
    }

    private async Task<List<string>> SnapshotAsync(bool exceptMarkers)
    {
        // Leases are the background runners' coordination, renewed on their own schedule: not data a turn changes.
        // The reply outbox is worked by the background sender, also on rows earlier tests left in a shared Azurite:
        // only this tenant's replies count, by identity.
        var skip = exceptMarkers ? new[] { "Leases", ActivityDeduplicator.TableName, ReplyStore.TableName } : ["Leases", ReplyStore.TableName];
        var rows = await _bot.Services.GetRequiredService<ReplyStore>().ListAsync(CancellationToken.None)
            .Where(r => r.TenantId == _bot.Teams.TenantId)
            .Select(r => $"{ReplyStore.TableName}/{r.TurnActivityId}/{r.Index}")
            .ToListAsync();
        await foreach (var table in _bot.Storage.ListTablesAsync())
        {
            if (!skip.Contains(table))
            {
                rows.AddRange(await RowsAsync(_bot.Storage, table));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string>> RowsAsync(ITableStore storage, string tableName)
    {
        var table = await storage.OpenTableAsync(tableName);
        return await table.QueryAsync<TableEntity>().Select(e => $"{tableName}/{e.PartitionKey}/{e.RowKey}/{e.ETag}").ToListAsync();
    }

    private Activity TeamUpdate() => _bot.Teams.PersonalMessage(string.Empty) with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        Conversation = new ConversationAccount { Id = "19:team-odd@thread.tacv2", ConversationType = "channel", IsGroup = true, TenantId = _bot.Teams.TenantId },
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = _bot.Teams.TenantId }, team = new { id = "19:team-odd@thread.tacv2" }, eventType = "teamMemberAdded" }),
    };

    // A port that was free a moment ago: nothing listens there, so every connection is refused.
    private static int DeadLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class EmbeddedOddInputTests : OddInputContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteOddInputTests(AzuriteFixture azurite) : OddInputContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
