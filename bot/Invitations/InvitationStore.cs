using Azure.Data.Tables;

using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Invitations;

/// <summary>
/// "Invite everyone" jobs, one row per team, partitioned by tenant and team; every write is ETag-guarded.
/// A job names the admin who started it, so it is member data too: exported, and scrubbed on "forget me".
/// </summary>
public sealed class InvitationStore(TableSet tables) : IMemberData
{
    public const string TableName = "Invitations";

    public string Name => TableName;

    public async Task<InvitationJob?> GetAsync(string tenantId, string teamId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<InvitationEntity>(TeamPartition.Key(tenantId, teamId), InvitationEntity.CurrentRowKey, cancellationToken: cancellationToken);
        return row?.ToJob();
    }

    /// <summary>Read-modify-write with If-Match, re-applied on 412; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<InvitationJob?> UpdateAsync(string tenantId, string teamId, Func<InvitationJob?, InvitationJob?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(TableName);
        var stored = await table.UpdateAsync<InvitationEntity>(
            TeamPartition.Key(tenantId, teamId),
            InvitationEntity.CurrentRowKey,
            current => change(current?.ToJob()) is { } next ? InvitationEntity.From(next with { TenantId = tenantId, TeamId = teamId }) : null,
            cancellationToken: cancellationToken);
        return stored?.ToJob();
    }

    /// <summary>Every unfinished job of every tenant, lazily (due or not: the caller checks NextAttemptAt): the worker's scan.</summary>
    public async IAsyncEnumerable<InvitationJob> ListRunningAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<InvitationEntity>(TableFilter.Where(nameof(InvitationEntity.Running), true), cancellationToken: cancellationToken))
        {
            yield return row.ToJob();
        }
    }

    /// <summary>The jobs the member started, in any team of their tenant.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var rows = await RowsStartedByAsync(member, cancellationToken);
        return rows.Select(row => (IReadOnlyDictionary<string, object>)row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)).ToList();
    }

    /// <summary>Removes the member's name and id from the jobs they started; the jobs are the team's and stay.</summary>
    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var scrubbed = 0;
        foreach (var row in await RowsStartedByAsync(member, cancellationToken))
        {
            var teamId = row.GetString(nameof(InvitationEntity.TeamId)) ?? string.Empty;
            await UpdateAsync(member.TenantId, teamId, job => job?.StartedBy == member.MemberId ? job with { StartedBy = string.Empty, StartedByName = null } : null, cancellationToken);
            scrubbed++;
        }

        return scrubbed;
    }

    private async Task<List<TableEntity>> RowsStartedByAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var rows = new List<TableEntity>();
        var filter = TeamPartition.TenantFilter(member.TenantId).And(nameof(InvitationEntity.StartedBy), member.MemberId);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            // '|' is not escaped in keys, so a tenant id containing it could share the prefix: check the tenant too.
            if (row.GetString(nameof(InvitationEntity.TenantId)) == member.TenantId)
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
