namespace ConnectorBot.Intros;

/// <summary>
/// Who must never be introduced to whom, whichever member asked: rounds and asks read it so that a private "never
/// introduce me to …" holds everywhere. Only ids go in and out; who asked stays private.
/// </summary>
public interface INeverList
{
    /// Everyone who must never be introduced to memberId: those memberId listed AND those who listed memberId.
    Task<IReadOnlySet<string>> ExcludedForAsync(string tenantId, string memberId, CancellationToken cancellationToken);

    /// The same for many members at once (a round): memberId -> excluded ids.
    Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ExcludedForAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken);
}
