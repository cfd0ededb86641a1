using Azure.Data.Tables;

using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// Members' private never lists, partitioned by tenant. Member data: a member's own list is in their export; "forget me"
/// erases their list and every line naming them in anyone else's, so their id and name are gone everywhere. (Lines
/// naming them are not exported: who listed them is the other member's private choice.)
/// </summary>
public sealed class NeverListStore(TableSet tables) : IMemberData
{
    public const string TableName = "NeverList";

    public string Name => TableName;

    /// <summary>Adds the line; false when it was already there (kept as it was).</summary>
    public async Task<bool> AddAsync(NeverEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var table = await tables.GetAsync(TableName);
        try
        {
            await table.AddEntityAsync(NeverEntity.From(entry), cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Removes the line; false when there was none.</summary>
    public async Task<bool> RemoveAsync(string tenantId, string memberId, string excludedId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var partition = TableKey.Escape(tenantId);
        var rowKey = NeverEntity.RowKeyOf(memberId, excludedId);
        if (await table.GetEntityIfExistsAsync<NeverEntity>(partition, rowKey, cancellationToken: cancellationToken) is null)
        {
            return false;
        }

        await table.DeleteEntityAsync(partition, rowKey, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>The member's own list, oldest first.</summary>
    public async Task<IReadOnlyList<NeverEntry>> ListAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        var entries = new List<NeverEntry>();
        await foreach (var row in OwnRowsAsync(tenantId, memberId, cancellationToken))
        {
            entries.Add(row.ToEntry()!);
        }

        return [.. entries.OrderBy(e => e.AddedAt)];
    }

    /// <summary>Lines naming the member in other members' lists.</summary>
    public async IAsyncEnumerable<NeverEntry> NamingAsync(string tenantId, string memberId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var filter = TableFilter.Partition(TableKey.Escape(tenantId)).And(nameof(NeverEntity.ExcludedId), memberId);
        await foreach (var row in table.QueryAsync<NeverEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.ToEntry() is { } entry && entry.TenantId == tenantId && entry.ExcludedId == memberId)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Every line of the tenant, lazily: a round reads them all at once.</summary>
    public async IAsyncEnumerable<NeverEntry> ListTenantAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<NeverEntity>(TableFilter.Partition(TableKey.Escape(tenantId)), cancellationToken: cancellationToken))
        {
            if (row.ToEntry() is { } entry && entry.TenantId == tenantId)
            {
                yield return entry;
            }
        }
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        var (from, below) = NeverEntity.RangeOf(member.MemberId);
        var rows = new List<IReadOnlyDictionary<string, object>>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilter.Partition(TableKey.Escape(member.TenantId)).Rows(from, below), cancellationToken: cancellationToken))
        {
            if (row.GetString(nameof(NeverEntity.TenantId)) == member.TenantId && row.GetString(nameof(NeverEntity.MemberId)) == member.MemberId)
            {
                rows.Add(row.CustomProperties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            }
        }

        return rows;
    }

    /// <summary>Deletes the member's own list and every line naming them in another's.</summary>
    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var doomed = new List<NeverEntry>();
        await foreach (var row in OwnRowsAsync(member.TenantId, member.MemberId, cancellationToken))
        {
            doomed.Add(row.ToEntry()!);
        }

        await foreach (var entry in NamingAsync(member.TenantId, member.MemberId, cancellationToken))
        {
            doomed.Add(entry);
        }

        var table = await tables.GetAsync(TableName);
        foreach (var entry in doomed)
        {
            await table.DeleteEntityAsync(TableKey.Escape(entry.TenantId), NeverEntity.RowKeyOf(entry.MemberId, entry.ExcludedId), cancellationToken: cancellationToken);
        }

        return doomed.Count;
    }

    private async IAsyncEnumerable<NeverEntity> OwnRowsAsync(string tenantId, string memberId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName);
        var (from, below) = NeverEntity.RangeOf(memberId);
        await foreach (var row in table.QueryAsync<NeverEntity>(TableFilter.Partition(TableKey.Escape(tenantId)).Rows(from, below), cancellationToken: cancellationToken))
        {
            // Checked again: the key range of "a" also holds an owner whose id starts "a|".
            if (row.ToEntry() is { } entry && entry.TenantId == tenantId && entry.MemberId == memberId)
            {
                yield return row;
            }
        }
    }
}
