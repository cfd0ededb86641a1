using Azure.Data.Tables;

using ConnectorBot.Interview;
using ConnectorBot.Storage;
using ConnectorBot.Teams.Install;

namespace ConnectorBot.Intros.Stores;

/// <summary>
/// Intros, partitioned by tenant and team; decisions are ETag-guarded and a round's intros are added idempotently.
/// "forget me" withdraws a member from their intros (Intros/IntroWithdrawals) rather than deleting them, so counts stay.
/// </summary>
public sealed class IntroStore(TableSet tables) : ITeamData
{
    public const string TableName = "Intros";

    public string Name => TableName;

    /// <summary>Every row of the team, for the retention sweep after the bot was removed.</summary>
    public Task<int> EraseTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken) =>
        TeamPartitionEraser.EraseAsync(tables, TableName, tenantId, teamId, cancellationToken);

    public async Task<IntroRecord?> GetAsync(string tenantId, string teamId, string introId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<IntroEntity>(TeamPartition.Key(tenantId, teamId), TableKey.Escape(introId), cancellationToken: cancellationToken);
        return row?.ToRecord();
    }

    /// <summary>Read-modify-write with If-Match, re-applied on 412; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<IntroRecord?> UpdateAsync(string tenantId, string teamId, string introId, Func<IntroRecord?, IntroRecord?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(TableName);
        var stored = await table.UpdateAsync<IntroEntity>(
            TeamPartition.Key(tenantId, teamId),
            TableKey.Escape(introId),
            current => change(current?.ToRecord()) is { } next ? IntroEntity.From(next with { TenantId = tenantId, TeamId = teamId, IntroId = introId }) : null,
            cancellationToken: cancellationToken);
        return stored?.ToRecord();
    }

    /// <summary>
    /// Adds a round's intros, 100 per transaction per team. Safe to retry: intros already stored are kept as
    /// they are (they may have moved on since), the rest are added. Returns how many were new.
    /// </summary>
    public async Task<int> AddManyAsync(IEnumerable<IntroRecord> intros, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intros);
        var table = await tables.GetAsync(TableName);
        return await table.AddAllAsync(intros.Select(IntroEntity.From), cancellationToken);
    }

    /// <summary>The intros of one team (one partition), optionally only those in <paramref name="state"/>, lazily.</summary>
    public async IAsyncEnumerable<IntroRecord> ListAsync(string tenantId, string teamId, IntroState? state = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var filter = TeamPartition.EqualsFilter(tenantId, teamId);
        if (state is { } wanted)
        {
            filter = filter.And(nameof(IntroEntity.State), wanted.ToString());
        }

        await foreach (var row in table.QueryAsync<IntroEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return row.ToRecord();
        }
    }

    /// <summary>The intros of one team from round <paramref name="firstRoundId"/> on (round ids sort by slot), lazily: recent rounds without reading all history.</summary>
    public async IAsyncEnumerable<IntroRecord> ListFromRoundAsync(string tenantId, string teamId, string firstRoundId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var filter = TeamPartition.EqualsFilter(tenantId, teamId).AndAtLeast(nameof(IntroEntity.RoundId), firstRoundId);
        await foreach (var row in table.QueryAsync<IntroEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return row.ToRecord();
        }
    }

    /// <summary>Every intro naming the member, in any team of their tenant.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var rows = await RowsNamingAsync(member, cancellationToken);
        return rows.Select(row => ExportRow(row, member.MemberId)).ToList();
    }

    /// <summary>Every intro naming the member, in any team of their tenant.</summary>
    public async Task<IReadOnlyList<IntroRecord>> ListNamingAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        var intros = new List<IntroRecord>();
        await foreach (var row in table.QueryAsync<IntroEntity>(TeamPartition.TenantFilter(member.TenantId), cancellationToken: cancellationToken))
        {
            // As in the export: a tenant id containing '|' could share the key prefix.
            var intro = row.ToRecord();
            if (intro.TenantId == member.TenantId && intro.Party(member.MemberId) is not null)
            {
                intros.Add(intro);
            }
        }

        return intros;
    }

    private async Task<List<TableEntity>> RowsNamingAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TeamPartition.TenantFilter(member.TenantId), cancellationToken: cancellationToken))
        {
            var parties = IntroEntity.ReadParties(row.GetString(nameof(IntroEntity.Parties)));
            // '|' is not escaped in keys, so a tenant id containing it could share the prefix: check the tenant too.
            if (row.GetString(nameof(IntroEntity.TenantId)) == member.TenantId && parties.Any(p => p.MemberId == member.MemberId))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>The row with the other members' answers left out: those are their data, not the requester's.</summary>
    private static IReadOnlyDictionary<string, object> ExportRow(TableEntity row, string memberId)
    {
        var export = row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var parties = IntroEntity.ReadParties(row.GetString(nameof(IntroEntity.Parties)))
            .Select(p => p.MemberId == memberId ? p : p with { Accomplish = null, ConnectWith = null, Offer = null, Outcome = null, UserPrincipalName = null })
            .ToList();
        export[nameof(IntroEntity.Parties)] = PartiesJson.Write(parties);
        return export;
    }
}
