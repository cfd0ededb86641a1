namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// The never lists as the rest of the product reads them: both directions, ids only, within one tenant. For many
/// members at once, a member nobody is excluded for has no key.
/// </summary>
public sealed class NeverListExclusions(NeverListStore store) : INeverList
{
    public async Task<IReadOnlySet<string>> ExcludedForAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in await store.ListAsync(tenantId, memberId, cancellationToken))
        {
            excluded.Add(entry.ExcludedId);
        }

        await foreach (var entry in store.NamingAsync(tenantId, memberId, cancellationToken))
        {
            excluded.Add(entry.MemberId);
        }

        return excluded;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ExcludedForAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(memberIds);
        var wanted = memberIds.ToHashSet(StringComparer.Ordinal);
        var excluded = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return new Dictionary<string, IReadOnlySet<string>>();
        }

        // One read of the tenant's partition: a round asks for everyone at once.
        await foreach (var entry in store.ListTenantAsync(tenantId, cancellationToken))
        {
            if (wanted.Contains(entry.MemberId))
            {
                Add(entry.MemberId, entry.ExcludedId);
            }

            if (wanted.Contains(entry.ExcludedId))
            {
                Add(entry.ExcludedId, entry.MemberId);
            }
        }

        return excluded.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);

        void Add(string member, string other)
        {
            if (!excluded.TryGetValue(member, out var set))
            {
                excluded[member] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(other);
        }
    }
}
