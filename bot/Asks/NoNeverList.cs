using ConnectorBot.Intros;

namespace ConnectorBot.Asks;

/// <summary>Nobody on anyone's never-list: until the never-list lands.</summary>
public sealed class NoNeverList : INeverList
{
    public Task<IReadOnlySet<string>> ExcludedForAsync(string tenantId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());

    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ExcludedForAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<string>>>(new Dictionary<string, IReadOnlySet<string>>());
}
