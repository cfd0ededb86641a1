using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.BotFramework;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// The world of a member's own view: the bot installed in teams of the harness's tenant (settings rows and rosters in
/// the fake connector), and personal-chat messages from any member, with or without a mention entity.
/// </summary>
internal sealed class MemberViewTeams(BotHarness bot)
{
    public BotHarness Bot { get; } = bot;

    public string TenantId => Bot.Teams.TenantId;

    /// <summary>The harness's own user, who asks in most tests.</summary>
    public TeamsChannelAccount Me => new() { Id = Bot.Teams.User.Id, Name = Bot.Teams.User.Name, AadObjectId = Bot.Teams.User.AadObjectId };

    public TeamsChannelAccount Person(string name, string? tenantId = null)
    {
        var key = name.ToLowerInvariant().Replace(' ', '-') + "-" + (tenantId ?? TenantId);
        return new TeamsChannelAccount { Id = "29:1" + key, Name = name, AadObjectId = "aad-" + key };
    }

    /// <summary>Stores the team's settings (as the install does) and serves its roster.</summary>
    public async Task InstallAsync(string teamId, string teamName, params TeamsChannelAccount[] roster)
    {
        await Bot.Services.GetRequiredService<TeamSettingsStore>().UpdateAsync(
            TenantId,
            teamId,
            _ => new TeamSettings { TenantId = TenantId, TeamId = teamId, TeamName = teamName, ServiceUrl = Bot.Connector.ServiceUrl.ToString(), IntroChannelId = teamId },
            default);
        Bot.Connector.AddMembers(teamId, roster);
    }

    /// <summary>A consenting member with complete answers, as the interview leaves them.</summary>
    public Task AnsweredAsync(TeamsChannelAccount member, string accomplish = "Ship faster.", string connectWith = "someone who ran a release train", string offer = "I ran our release train.") =>
        Bot.Services.GetRequiredService<ProfileStore>().UpdateAsync(
            new MemberKey(TenantId, member.AadObjectId!, member.Id!, null),
            _ => new Profile
            {
                TenantId = TenantId,
                MemberId = member.AadObjectId!,
                Name = member.Name,
                Accomplish = accomplish,
                ConnectWith = connectWith,
                Offer = offer,
                Consent = true,
                AnsweredAt = DateTimeOffset.UtcNow,
                CreatedAt = DateTimeOffset.UtcNow,
            },
            default);

    /// <summary>A personal-chat message from <paramref name="from"/>, mentioning <paramref name="mentioned"/> as Teams does ("&lt;at&gt;Name&lt;/at&gt;" and an entity).</summary>
    public Activity Message(TeamsChannelAccount from, string text, params TeamsChannelAccount[] mentioned) => Bot.Teams.PersonalMessage(
        text + string.Concat(mentioned.Select(m => $" <at>{m.Name}</at>"))) with
    {
        From = new ChannelAccount { Id = from.Id, Name = from.Name, AadObjectId = from.AadObjectId },
        Conversation = new ConversationAccount { Id = "a:1personal-" + from.Id, ConversationType = "personal", TenantId = TenantId },
        Entities = mentioned.Length == 0 ? null : [.. mentioned.Select(m => new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = m.Id, Name = m.Name }, Text = $"<at>{m.Name}</at>" })],
    };

    /// <summary>Sends the message and returns what the bot answered.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity message)
    {
        var before = Bot.Connector.OutgoingActivities.Count;
        using var response = await Bot.PostAsync(message);
        response.EnsureSuccessStatusCode();
        return Bot.SentSince(before);
    }

    public async Task<string> SayAsync(TeamsChannelAccount from, string text, params TeamsChannelAccount[] mentioned) =>
        string.Join("\n", (await SendAsync(Message(from, text, mentioned))).Select(a => a.Text ?? string.Empty));

    /// <summary>Every "text" of an Adaptive Card, in order (what a reader sees).</summary>
    public static List<string> CardTexts(Activity activity)
    {
        var texts = new List<string>();
        Collect(activity.Attachments![0].Content!.Value);
        return texts;

        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
        }
    }
}
