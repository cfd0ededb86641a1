using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Interview.Stores;

/// <summary>Profiles, one row per member, partitioned by tenant; every write is ETag-guarded.</summary>
public sealed class ProfileStore(TableSet tables) : IMemberData
{
    public const string TableName = "Profiles";

    /// <summary>Past this many members, <see cref="GetManyAsync"/> reads the tenant's partition once (as MeaningStore and UnderstandingStore do).</summary>
    internal const int PointReadLimit = 100;

    // Point reads in flight at once.
    private const int ParallelReads = 8;

    private readonly MemberRowTable<ProfileEntity> _rows = new(tables, TableName);

    public string Name => TableName;

    public async Task<Profile?> GetAsync(MemberKey member, CancellationToken cancellationToken) =>
        (await _rows.GetAsync(member, cancellationToken))?.ToProfile();

    /// <summary>
    /// The stored profiles of those of <paramref name="memberIds"/> that have one, by member id, in the tenant's partition
    /// only. As the meaning and understanding stores read theirs: up to <see cref="PointReadLimit"/> members by point reads,
    /// a few at a time; a roster beyond that (a round) in one read of the tenant's partition, instead of a call per member.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Profile>> GetManyAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(memberIds);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, Profile>(StringComparer.Ordinal);
        if (memberIds.Count > PointReadLimit)
        {
            var wanted = memberIds.ToHashSet(StringComparer.Ordinal);
            await foreach (var profile in ListAsync(tenantId, cancellationToken))
            {
                if (wanted.Contains(profile.MemberId))
                {
                    found[profile.MemberId] = profile;
                }
            }

            return found;
        }

        await Parallel.ForEachAsync(
            memberIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (memberId, token) =>
            {
                if (await GetAsync(new MemberKey(tenantId, memberId, string.Empty, null), token) is { } profile)
                {
                    found[memberId] = profile;
                }
            });
        return found;
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<Profile?> UpdateAsync(MemberKey member, Func<Profile?, Profile?> change, CancellationToken cancellationToken)
    {
        var stored = await _rows.UpdateAsync(
            member,
            current => change(current?.ToProfile()) is { } next ? ProfileEntity.From(next with { TenantId = member.TenantId, MemberId = member.MemberId }) : null,
            cancellationToken);
        return stored?.ToProfile();
    }

    /// <summary>Every profile of a tenant (one partition), lazily.</summary>
    public async IAsyncEnumerable<Profile> ListAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in _rows.ListAsync(tenantId, cancellationToken))
        {
            yield return row.ToProfile();
        }
    }

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        _rows.ExportAsync(member, cancellationToken);

    public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) => _rows.EraseAsync(member, cancellationToken);
}
