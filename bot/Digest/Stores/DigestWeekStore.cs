using ConnectorBot.Storage;
using ConnectorBot.Teams.Install;

namespace ConnectorBot.Digest.Stores;

/// <summary>
/// The last week each team's digest pass finished (table DigestWeeks, partition tenant|team), so a finished week is not
/// walked again every minute. Members are kept from a second digest by their own row (<see cref="DigestStore"/>), not by this.
/// </summary>
public sealed class DigestWeekStore(TableSet tables) : ITeamData
{
    public const string TableName = "DigestWeeks";

    public string Name => TableName;

    public async Task<string?> LastDoneAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<DigestWeekEntity>(TeamPartition.Key(tenantId, teamId), DigestWeekEntity.Row, cancellationToken: cancellationToken);
        return row?.Week;
    }

    public async Task MarkDoneAsync(string tenantId, string teamId, string week, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        await table.UpsertEntityAsync(
            new DigestWeekEntity { PartitionKey = TeamPartition.Key(tenantId, teamId), RowKey = DigestWeekEntity.Row, Week = week, DoneAt = at },
            Azure.Data.Tables.TableUpdateMode.Replace,
            cancellationToken);
    }

    public Task<int> EraseTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        TeamPartitionEraser.EraseAsync(tables, TableName, tenantId, teamId, cancellationToken);
}
