using ConnectorBot.Storage;

namespace ConnectorBot.Asks.Stores;

/// <summary>
/// One time a member was asked privately for help: PartitionKey = tenant|member (escaped), RowKey = the intro id. Counted
/// to keep anyone from being asked too often.
/// </summary>
public sealed class AskedEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    public string? IntroId { get; set; }

    public DateTimeOffset AskedAt { get; set; }
}
