using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Interview.Stores;

/// <summary>Profiles, one row per member, partitioned by tenant; every write is ETag-guarded.</summary>
public sealed class ProfileStore(TableSet tables) : IMemberData
{
    public const string TableName = "Profiles";

    // Reads in flight at once for a roster, as the meaning and understanding stores read theirs.
    private const int ParallelReads = 8;

    private readonly MemberRowTable<ProfileEntity> _rows = new(tables, TableName);

    public string Name => TableName;

    public async Task<Profile?> GetAsync(MemberKey member, CancellationToken cancellationToken) =>
        (await _rows.GetAsync(member, cancellationToken))?.ToProfile();

    /// <summary>
    /// The stored profiles of these members, by member id, read a few at a time: a round reads a whole roster, and one
    /// read after another on Table Storage is milliseconds each, minutes for a big team.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Profile>> GetManyAsync(IEnumerable<MemberKey> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, Profile>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            members.DistinctBy(m => (m.TenantId, m.MemberId)),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (member, token) =>
            {
                if (await GetAsync(member, token) is { } profile)
                {
                    found[member.MemberId] = profile;
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
