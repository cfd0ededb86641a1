using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Understanding;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams;

/// <summary>
/// A team with the bot installed, as admin tests need it: a roster in the fake connector (the installer, Ada, is the
/// first admin; Ben is a member), the team's channels, and helpers to mention the bot in a channel and press admin
/// card buttons as anyone. Everything goes through /api/messages.
/// </summary>
public sealed class AdminTeam : IAsyncDisposable
{
    public const string TeamId = "19:team-admin@thread.tacv2";
    public const string GeneralId = TeamId;
    public const string IntrosChannelId = "19:intros@thread.tacv2";
    public const string RandomChannelId = "19:random@thread.tacv2";

    private AdminTeam(BotHarness bot, ManualClock clock)
    {
        Bot = bot;
        Clock = clock;
        var tenant = bot.Teams.TenantId;
        Ada = new TeamsChannelAccount { Id = "29:1ada-" + tenant, Name = "Ada Admin", AadObjectId = "aad-ada-" + tenant, UserPrincipalName = "ada@contoso.example" };
        Ben = new TeamsChannelAccount { Id = "29:1ben-" + tenant, Name = "Ben Member", AadObjectId = "aad-ben-" + tenant, UserPrincipalName = "ben@contoso.example" };
    }

    private int _sentAtInstall;

    public BotHarness Bot { get; }

    /// <summary>The texts the bot sent after installing (and welcoming the team in General).</summary>
    public IReadOnlyList<string> Replies => Bot.SentTexts.Skip(_sentAtInstall).ToList();

    public ManualClock Clock { get; }

    /// <summary>The installer: the team's first admin.</summary>
    public TeamsChannelAccount Ada { get; }

    /// <summary>A member who is not an admin.</summary>
    public TeamsChannelAccount Ben { get; }

    public string TenantId => Bot.Teams.TenantId;

    public IServiceProvider Services => Bot.Services;

    public TeamSettingsStore Teams => Services.GetRequiredService<TeamSettingsStore>();

    /// <summary>Starts the bot on the given store (null: embedded) and installs it in the team as Ada.</summary>
    public static async Task<AdminTeam> StartAsync(string? storageConnectionString = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero));
        var bot = await BotHarness.StartAsync(storageConnectionString, services, settings, clock);
        var team = new AdminTeam(bot, clock);
        bot.Connector.AddTeam(
            new TeamDetails(TeamId, "Contoso", "group-" + bot.Teams.TenantId),
            new ChannelInfo { Id = GeneralId },
            new ChannelInfo { Id = IntrosChannelId, Name = "Intros" },
            new ChannelInfo { Id = RandomChannelId, Name = "Random <b>stuff</b>" });
        bot.Connector.AddMembers(TeamId, [team.Ada, team.Ben]);
        using var install = await bot.PostAsync(team.Install(team.Ada));
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        team._sentAtInstall = bot.Connector.OutgoingActivities.Count;
        return team;
    }

    /// <summary>The conversationUpdate Teams sends when <paramref name="installer"/> adds the bot to the team.</summary>
    public Activity Install(TeamsChannelAccount installer) => TeamEvent(installer, "teamMemberAdded") with { MembersAdded = [TeamsActivities.Bot] };

    /// <summary>A conversationUpdate about the team (teamMemberRemoved with the bot, teamDeleted, …).</summary>
    public Activity TeamEvent(TeamsChannelAccount from, string eventType) => Bot.Teams.PersonalMessage(string.Empty) with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        From = Account(from),
        Conversation = new ConversationAccount { Id = TeamId, ConversationType = "channel", IsGroup = true, TenantId = TenantId },
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId }, team = new { id = TeamId, name = "Contoso", aadGroupId = "group-" + TenantId }, channel = new { id = GeneralId }, eventType }),
    };

    /// <summary>"@ConnectorBot {text}" in <paramref name="channelId"/>, from <paramref name="from"/>, with extra mentions (for "admins add @name").</summary>
    public async Task<HttpResponseMessage> MentionAsync(TeamsChannelAccount from, string text, string channelId = IntrosChannelId, params TeamsChannelAccount[] mentions)
    {
        var activity = Bot.Teams.ChannelMention(text, channelId) with
        {
            From = Account(from),
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId }, team = new { id = TeamId }, channel = new { id = channelId } }),
        };
        if (mentions.Length > 0)
        {
            activity = activity with
            {
                Text = activity.Text + " " + string.Join(' ', mentions.Select(m => $"<at>{m.Name}</at>")),
                Entities = [.. activity.Entities!, .. mentions.Select(m => new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = m.Id, Name = m.Name }, Text = $"<at>{m.Name}</at>" })],
            };
        }

        var response = await Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>Presses an Action.Execute button on a card in <paramref name="channelId"/> (or a hand-made invoke: nothing stops a caller).</summary>
    public async Task<JsonElement> ExecuteAsync(TeamsChannelAccount from, string verb, object? data = null, string channelId = IntrosChannelId, string trigger = "manual")
    {
        var fields = data is null ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.SerializeToElement(data))!;
        fields.TryAdd("teamId", JsonSerializer.SerializeToElement(TeamId));
        var invoke = Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb, data = fields }, trigger }) with
        {
            From = Account(from),
            Conversation = new ConversationAccount { Id = channelId + ";messageid=1700000000001", ConversationType = "channel", IsGroup = true, TenantId = TenantId },
            ReplyToId = "1700000000001",
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId }, team = new { id = TeamId }, channel = new { id = channelId } }),
        };
        using var response = await Bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The card an invoke answered with (Universal Actions "application/vnd.microsoft.card.adaptive").</summary>
    public static JsonElement CardOf(JsonElement invokeResponse)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse.GetProperty("type").GetString());
        return invokeResponse.GetProperty("value");
    }

    /// <summary>The message an invoke answered with.</summary>
    public static string MessageOf(JsonElement invokeResponse)
    {
        Assert.Equal("application/vnd.microsoft.activity.message", invokeResponse.GetProperty("type").GetString());
        return invokeResponse.GetProperty("value").GetString()!;
    }

    /// <summary>The Adaptive Cards the bot sent (posts and replies), newest last.</summary>
    public IReadOnlyList<JsonElement> SentCards => Bot.Connector.OutgoingActivities
        .SelectMany(a => a.Attachments ?? [])
        .Where(a => a.ContentType == Attachment.AdaptiveCardContentType)
        .Select(a => (JsonElement)a.Content!)
        .ToList();

    /// <summary>All text of a card (TextBlocks, facts, choices, titles), for asserting what a person would read.</summary>
    public static string TextOf(JsonElement card)
    {
        var parts = new List<string>();
        Collect(card, parts);
        return string.Join('\n', parts);
    }

    /// <summary>Seeds a member's finished, consented profile, as if they had done the interview.</summary>
    public async Task AddProfileAsync(TeamsChannelAccount member, string accomplish, string connectWith, string offer)
    {
        var now = Clock.GetUtcNow();
        await Services.GetRequiredService<ProfileStore>().UpdateAsync(
            new MemberKey(TenantId, member.AadObjectId!, member.Id!, null),
            _ => new Profile { TenantId = TenantId, MemberId = member.AadObjectId!, Name = member.Name, Accomplish = accomplish, ConnectWith = connectWith, Offer = offer, Consent = true, AnsweredAt = now, CreatedAt = now },
            default);

        // Understood, as the background has done by the time of a round for a member who answered in the interview.
        await Services.GetRequiredService<UnderstandingRenewal>().RenewAsync(TenantId, member.AadObjectId!, default);
    }

    /// <summary>
    /// One intro scheduler pass; the test clock moves on a second at a time while it waits (retries and Retry-After run
    /// on it, and on Azurite the pass also visits other tests' teams, whose connectors are gone).
    /// </summary>
    public async Task TickAsync()
    {
        var tick = Services.GetRequiredService<IntroScheduler>().TickAsync(default);
        for (var step = 0; step < 600 && !tick.IsCompleted; step++)
        {
            await Task.WhenAny(tick, Task.Delay(20));
            if (!tick.IsCompleted)
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        await tick;
    }

    /// <summary>The sender as Teams names them in an activity.</summary>
    public static ChannelAccount Account(TeamsChannelAccount member) => new() { Id = member.Id, Name = member.Name, AadObjectId = member.AadObjectId };

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();

    private static void Collect(JsonElement element, List<string> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "value" or "label" or "placeholder" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        parts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, parts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, parts);
                }

                break;
        }
    }
}
