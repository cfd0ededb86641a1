using System.Text.Json;

using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework;

/// <summary>Activities shaped the way Teams sends them, for driving the bot through /api/messages.</summary>
public sealed class TeamsActivities(string serviceUrl, string tenantId = TeamsActivities.DefaultTenant)
{
    public const string DefaultTenant = "72f988bf-0000-4000-8000-00000000c0de";
    public const string BotName = "ConnectorBot";

    public static readonly ChannelAccount Bot = new() { Id = "28:" + TestIssuer.AppId, Name = BotName };

    public ChannelAccount User { get; init; } = new() { Id = "29:1ben-one", Name = "Ben One", AadObjectId = "10000000-0000-0000-0000-000000000001" };

    public string TenantId => tenantId;

    public string PersonalConversationId => "a:1personal-" + User.Id;

    public Activity PersonalMessage(string text, string? id = null) => Base(ActivityTypes.Message, id) with
    {
        Text = text,
        TextFormat = "plain",
        Conversation = Personal(),
    };

    public Activity PersonalInstall(string action = "add") => Base(ActivityTypes.InstallationUpdate, null) with
    {
        Action = action,
        Conversation = Personal(),
    };

    public Activity ChannelMention(string text, string channelId = "19:intros@thread.tacv2") => Base(ActivityTypes.Message, null) with
    {
        Text = $"<at>{BotName}</at> {text}",
        Conversation = new ConversationAccount { Id = channelId + ";messageid=1700000000000", ConversationType = "channel", IsGroup = true, TenantId = tenantId },
        Entities = [new Entity { Type = Entity.MentionType, Mentioned = Bot, Text = $"<at>{BotName}</at>" }],
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId }, team = new { id = "19:team@thread.tacv2" }, channel = new { id = channelId } }),
    };

    public Activity Invoke(string name, object value) => Base(ActivityTypes.Invoke, null) with
    {
        Name = name,
        Value = JsonSerializer.SerializeToElement(value),
        Conversation = Personal(),
    };

    private ConversationAccount Personal() =>
        new() { Id = PersonalConversationId, ConversationType = "personal", TenantId = tenantId };

    private Activity Base(string type, string? id) => new()
    {
        Type = type,
        Id = id ?? "1:" + Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = User,
        Recipient = Bot,
        Locale = "en-US",
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
    };
}
