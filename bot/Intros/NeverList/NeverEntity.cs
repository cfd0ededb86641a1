using ConnectorBot.Storage;

namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// The NeverList table's row: PartitionKey = tenant, RowKey = owner and excluded person, both escaped, joined by "|"
/// (so one member's list is one row-key range, and adding a person twice is one row).
/// </summary>
public sealed class NeverEntity : RecordEntity
{
    /// <summary>Sorts right after '|': the end of one owner's row-key range.</summary>
    private const char AfterSeparator = '}';

    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    public string? ExcludedId { get; set; }

    public string? ExcludedUserId { get; set; }

    public string? ExcludedName { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public static string RowKeyOf(string memberId, string excludedId) => TableKey.Escape(memberId) + "|" + TableKey.Escape(excludedId);

    /// <summary>The row keys of one owner's list: from "owner|" up to (not including) "owner}".</summary>
    public static (string From, string Below) RangeOf(string memberId) => (TableKey.Escape(memberId) + "|", TableKey.Escape(memberId) + AfterSeparator);

    public static NeverEntity From(NeverEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new()
        {
            PartitionKey = TableKey.Escape(entry.TenantId),
            RowKey = RowKeyOf(entry.MemberId, entry.ExcludedId),
            TenantId = entry.TenantId,
            MemberId = entry.MemberId,
            ExcludedId = entry.ExcludedId,
            ExcludedUserId = entry.ExcludedUserId,
            ExcludedName = entry.ExcludedName,
            AddedAt = entry.AddedAt,
        };
    }

    /// <summary>The entry, or null for a row missing its ids (never written by this code).</summary>
    public NeverEntry? ToEntry() => TenantId is { } tenant && MemberId is { } member && ExcludedId is { } excluded
        ? new NeverEntry
        {
            TenantId = tenant,
            MemberId = member,
            ExcludedId = excluded,
            ExcludedUserId = ExcludedUserId,
            ExcludedName = ExcludedName ?? string.Empty,
            AddedAt = AddedAt,
        }
        : null;
}
