namespace ConnectorBot.Telemetry;

/// <summary>The attribute names the bot's spans and metrics use: ids, kinds and outcomes, never text a member wrote.</summary>
public static class TelemetryTags
{
    public const string TenantId = "connectorbot.tenant.id";
    public const string ConversationId = "connectorbot.conversation.id";
    public const string ActivityId = "connectorbot.activity.id";
    public const string ActivityType = "connectorbot.activity.type";
    public const string ChannelId = "connectorbot.channel.id";
    public const string Route = "connectorbot.route";
    public const string Outcome = "connectorbot.outcome";
    public const string TeamId = "connectorbot.team.id";
    public const string RoundId = "connectorbot.round.id";
    public const string Roster = "connectorbot.round.roster";
    public const string Members = "connectorbot.round.members";
    public const string Intros = "connectorbot.round.intros";
    public const string Candidates = "connectorbot.matcher.candidates";
    public const string Provider = "connectorbot.embedding.provider";
    public const string Model = "connectorbot.embedding.model";
    public const string Texts = "connectorbot.embedding.texts";
    public const string Operation = "connectorbot.connector.operation";
    public const string Status = "http.response.status_code";
    public const string Reason = "connectorbot.reason";
    public const string Kind = "connectorbot.outbox.kind";
    public const string ErrorType = "error.type";
}
