using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Storage;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// Which signed activities are well-formed enough to become a turn. Teams always sends these; an activity
/// without them is forged or broken, and letting it in fails deep inside a store or the connector instead.
/// <list type="bullet">
/// <item>a serviceUrl that is an absolute http(s) URL (the replies go there);</item>
/// <item>a conversation with an id (the replies go into it, and once-only markers are keyed by it);</item>
/// <item>every id the bot may use as a table key at most <see cref="TableKey.MaxLength"/> characters: the
/// activity's, conversation's, tenant's, sender's and recipient's, the team's and channel's, the members
/// added or removed, and the ids a card's button carries in its data (fields named "…Id");</item>
/// <item>value and channelData holding well-formed text only (no lone surrogates);</item>
/// <item>a locale and a time zone, when given, of at most <see cref="ClientTagMaxLength"/> characters (a language tag
/// or an IANA zone name; the member's are stored with their profile and copied onto replies);</item>
/// <item>ids joined into one key fitting together: the conversation's and the activity's (the once-only marker),
/// the tenant's and each team's the activity names (a team's rows are partitioned by both).</item>
/// </list>
/// </summary>
public static class ActivityShape
{
    // Card data names its ids "teamId", "introId", "roundId", "memberId"; other fields are the member's input and may be long.
    private const string IdFieldSuffix = "Id";

    // The team a card's button acts on; the channel's team is channelData.team.id.
    private const string TeamIdField = "teamId";

    /// <summary>
    /// The longest locale or time zone taken: language tags with extensions and IANA zone names are far shorter, and
    /// an unbounded one would be stored with the member's profile, past what a table property holds.
    /// </summary>
    public const int ClientTagMaxLength = 100;

    /// <summary>Null when the activity may become a turn; otherwise why not, naming fields and lengths but never their values.</summary>
    public static string? FindProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!ServiceUrl.IsHttp(activity.ServiceUrl))
        {
            return "serviceUrl is not an absolute http(s) URL";
        }

        // Blank is as good as missing: no reply can be addressed to it (the connector's path refuses it).
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id is missing or blank";
        }

        // Checked before any id is read from them: reading such text throws.
        if ((IllFormedText.FindIn(activity.Value, "value") ?? IllFormedText.FindIn(activity.ChannelData, "channelData")) is { } illFormed)
        {
            return $"{illFormed} is not well-formed UTF-16 text (a lone surrogate)";
        }

        // Checked field by field: this runs on every turn, so no array of pairs is built for it.
        if ((TooLongTag("locale", activity.Locale) ?? TooLongTag("localTimezone", activity.LocalTimezone)) is { } tagProblem)
        {
            return tagProblem;
        }

        var teams = activity.GetTeamsChannelData();
        if (Ids(activity, teams).FirstOrDefault(id => id.Value is { } v && KeyLength(v) > TableKey.MaxLength) is ({ } name, { } value))
        {
            return $"{name} is {KeyLength(value)} characters as a table key, more than the {TableKey.MaxLength} a table key holds";
        }

        // The once-only marker's key joins the conversation's id and the activity's: together they must fit too.
        var marker = ActivityDeduplicator.MarkerKeyLength(activity);
        if (marker > TableKey.MaxLength)
        {
            return $"conversation.id and id together are {marker} characters as a table key, more than the {TableKey.MaxLength} a table key holds";
        }

        // A team's rows are partitioned by tenant and team joined, built where the stores build it.
        var tenantId = activity.GetTenantId() ?? string.Empty;
        var teamKey = TeamIds(activity, teams).Select(t => (t.Name, Length: TeamPartition.Key(tenantId, t.Value).Length)).FirstOrDefault(t => t.Length > TableKey.MaxLength);
        return teamKey.Name is { } team
            ? $"the tenant's id and {team} together are {teamKey.Length} characters as a table key, more than the {TableKey.MaxLength} a table key holds"
            : null;
    }

    private static string? TooLongTag(string name, string? value) =>
        value?.Length > ClientTagMaxLength ? $"{name} is {value.Length} characters, more than the {ClientTagMaxLength} a language tag or time zone may have" : null;

    private static IEnumerable<(string Name, string Value)> TeamIds(Activity activity, TeamsChannelData? teams) =>
        new (string Name, string? Value)[] { ("channelData.team.id", teams?.Team?.Id) }
            .Concat(CardDataIds(activity.Value).Where(id => id.Name.EndsWith("." + TeamIdField, StringComparison.Ordinal)))
            .Where(id => id.Value is not null)
            .Select(id => (id.Name, id.Value!));

    // Keys are stored escaped ('/' and the like become three characters): the escaped length is what must fit.
    private static int KeyLength(string value) => TableKey.Escape(value).Length;

    private static IEnumerable<(string Name, string? Value)> Ids(Activity activity, TeamsChannelData? teams)
    {
        yield return ("id", activity.Id);
        yield return ("replyToId", activity.ReplyToId);
        yield return ("conversation.id", activity.Conversation?.Id);
        yield return ("conversation.tenantId", activity.Conversation?.TenantId);
        yield return ("channelData.tenant.id", teams?.Tenant?.Id);
        yield return ("channelData.team.id", teams?.Team?.Id);
        yield return ("channelData.team.aadGroupId", teams?.Team?.AadGroupId);
        yield return ("channelData.channel.id", teams?.Channel?.Id);
        foreach (var (name, account) in Accounts(activity))
        {
            yield return (name + ".id", account?.Id);
            yield return (name + ".aadObjectId", account?.AadObjectId);
        }

        foreach (var id in CardDataIds(activity.Value))
        {
            yield return id;
        }
    }

    private static IEnumerable<(string Name, ChannelAccount? Account)> Accounts(Activity activity) =>
        new (string, ChannelAccount?)[] { ("from", activity.From), ("recipient", activity.Recipient) }
            .Concat(activity.MembersAdded?.Select(m => ("membersAdded[]", (ChannelAccount?)m)) ?? [])
            .Concat(activity.MembersRemoved?.Select(m => ("membersRemoved[]", (ChannelAccount?)m)) ?? []);

    // Action.Submit puts the card's data in value itself; Action.Execute in value.action.data.
    private static IEnumerable<(string Name, string? Value)> CardDataIds(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return [];
        }

        var submitted = StringIds(data, "value.");
        return data.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var executed) && executed.ValueKind == JsonValueKind.Object
            ? submitted.Concat(StringIds(executed, "value.action.data."))
            : submitted;
    }

    private static IEnumerable<(string Name, string? Value)> StringIds(JsonElement data, string prefix) =>
        data.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name.EndsWith(IdFieldSuffix, StringComparison.Ordinal))
            .Select(p => (prefix + p.Name, p.Value.GetString()))
            .ToList();
}
