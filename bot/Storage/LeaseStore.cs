using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// Once-only work across instances (one round per team per slot): a lease row per name, taken,
/// renewed and released with If-Match, so two instances racing for it can never both hold it.
/// </summary>
public sealed class LeaseStore(TableSet tables, TimeProvider clock)
{
    public const string TableName = "Leases";
    private const string Partition = "lease";

    /// <summary>Takes the lease when it is free, expired or already ours; null when someone else holds it.</summary>
    public async Task<Lease?> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var rowKey = TableKey.Escape(name);
        var now = clock.GetUtcNow();
        var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
        if (current is not null && current.GetString(nameof(Lease.Owner)) != owner && current.GetDateTimeOffset(nameof(Lease.ExpiresAt)) > now)
        {
            return null;
        }

        var expiresAt = now + duration;
        var row = new TableEntity(Partition, rowKey) { [nameof(Lease.Owner)] = owner, [nameof(Lease.ExpiresAt)] = expiresAt };
        try
        {
            var etag = current is null
                ? await table.AddEntityAsync(row, cancellationToken)
                : await table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
            return new Lease(name, owner, expiresAt, etag);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Another instance took it between our read and our write.
            return null;
        }
    }

    /// <summary>Extends a lease we still hold; null when it was lost (taken over after expiring, or released).</summary>
    public async Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var expiresAt = clock.GetUtcNow() + duration;
        var row = new TableEntity(Partition, TableKey.Escape(lease.Name)) { [nameof(Lease.Owner)] = lease.Owner, [nameof(Lease.ExpiresAt)] = expiresAt };
        try
        {
            var etag = await table.UpdateEntityAsync(row, lease.ETag, TableUpdateMode.Replace, cancellationToken);
            return lease with { ExpiresAt = expiresAt, ETag = etag };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    /// <summary>Gives the lease up; a lease already lost is left to its new holder.</summary>
    public async Task ReleaseAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        try
        {
            await table.DeleteEntityAsync(Partition, TableKey.Escape(lease.Name), lease.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
        }
    }
}
