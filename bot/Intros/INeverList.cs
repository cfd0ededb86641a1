namespace ConnectorBot.Intros;

/// <summary>Members' never-lists: who must never be introduced to whom, in rounds, asks and offers of help.</summary>
public interface INeverList
{
    /// <summary>Everyone who must never be introduced to memberId: those memberId listed AND those who listed memberId.</summary>
    Task<IReadOnlySet<string>> ExcludedForAsync(string tenantId, string memberId, CancellationToken cancellationToken);

    /// <summary>The same for many members at once (a round): memberId -> excluded ids.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ExcludedForAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken);
}
