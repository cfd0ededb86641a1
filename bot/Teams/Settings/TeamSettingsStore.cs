using ConnectorBot.Storage;

namespace ConnectorBot.Teams.Settings;

/// <summary>Team settings, one row per team, partitioned by tenant; every write is ETag-guarded.</summary>
public sealed class TeamSettingsStore(TableSet tables)
{
    public const string TableName = "Teams";

    public async Task<TeamSettings?> GetAsync(string tenantId, string teamId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<TeamSettingsEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), cancellationToken: cancellationToken);
        return row?.ToSettings();
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<TeamSettings?> UpdateAsync(string tenantId, string teamId, Func<TeamSettings?, TeamSettings?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await tables.GetAsync(TableName);
        var stored = await table.UpdateAsync<TeamSettingsEntity>(
            TableKey.Escape(tenantId),
            TableKey.Escape(teamId),
            current => change(current?.ToSettings()) is { } next ? TeamSettingsEntity.From(next with { TenantId = tenantId, TeamId = teamId }) : null,
            cancellationToken: cancellationToken);
        return stored?.ToSettings();
    }

    /// <summary>
    /// Deletes the team's row if it is still the one uninstalled at <paramref name="uninstalledAt"/> (If-Match on the
    /// row read), so a re-install racing the retention sweep keeps its settings. False when nothing was deleted.
    /// </summary>
    public async Task<bool> DeleteIfUninstalledAsync(string tenantId, string teamId, DateTimeOffset uninstalledAt, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<TeamSettingsEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), cancellationToken: cancellationToken);
        if (row?.UninstalledAt != uninstalledAt)
        {
            return false;
        }

        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <summary>The teams of one tenant (one partition), lazily.</summary>
    public async IAsyncEnumerable<TeamSettings> ListTenantAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<TeamSettingsEntity>(TableFilter.Partition(TableKey.Escape(tenantId)), cancellationToken: cancellationToken))
        {
            yield return row.ToSettings();
        }
    }

    /// <summary>Every team of every tenant, lazily: the scheduler's scan.</summary>
    public async IAsyncEnumerable<TeamSettings> ListAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        await foreach (var row in table.QueryAsync<TeamSettingsEntity>(TableFilter.All, cancellationToken: cancellationToken))
        {
            yield return row.ToSettings();
        }
    }
}
