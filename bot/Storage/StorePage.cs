namespace ConnectorBot.Storage;

/// <summary>One page of a query and the opaque token for the next page (null when there is none).</summary>
public sealed record StorePage<T>(IReadOnlyList<T> Values, string? ContinuationToken);
