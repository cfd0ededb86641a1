using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>
/// One page of a big round's first-in-line list (the RoundWaiting table): PartitionKey = tenant|team, RowKey = round id |
/// page number. A list too long for the round's own row (a 32K-character property) is kept here, in pages of at most
/// <see cref="MaxChars"/> characters of JSON, so a round of any team size can be stored.
/// </summary>
public sealed class WaitingPageEntity : RecordEntity
{
    /// <summary>A page's list as JSON, under a table property's limit with room for the escaping of odd ids.</summary>
    public const int MaxChars = 30_000;

    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? RoundId { get; set; }

    public int Page { get; set; }

    public string? Members { get; set; }

    public static string RowKeyOf(string roundId, int page) => RoundPrefix(roundId) + page.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every page of one round sorts from here up to <see cref="RoundEnd"/>.</summary>
    public static string RoundPrefix(string roundId) => TableKey.Escape(roundId) + "|";

    public static string RoundEnd(string roundId) => TableKey.Escape(roundId) + "}";

    public static WaitingPageEntity For(RoundRecord round, int page, IReadOnlyList<string> members) => new()
    {
        PartitionKey = TeamPartition.Key(round.TenantId, round.TeamId),
        RowKey = RowKeyOf(round.RoundId, page),
        TenantId = round.TenantId,
        TeamId = round.TeamId,
        RoundId = round.RoundId,
        Page = page,
        Members = RecordJson.Write(members, nameof(Members)),
    };

    public List<string> MemberIds() => RecordJson.Read<List<string>>(Members) ?? [];

    /// <summary>The list cut into pages whose JSON fits <see cref="MaxChars"/>, in order.</summary>
    public static List<List<string>> Split(IReadOnlyList<string> memberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        List<List<string>> pages = [];
        List<string> page = [];
        var chars = 2;
        foreach (var id in memberIds)
        {
            // The id as JSON (quoted, escaped) and its comma.
            var cost = RecordJson.Write(id).Length + 1;
            if (page.Count > 0 && chars + cost > MaxChars)
            {
                pages.Add(page);
                page = [];
                chars = 2;
            }

            page.Add(id);
            chars += cost;
        }

        if (page.Count > 0)
        {
            pages.Add(page);
        }

        return pages;
    }
}
