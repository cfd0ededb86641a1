namespace ConnectorBot.BotFramework.Connector;

/// <summary>Which per-conversation limits a call counts against.</summary>
public enum RateClass
{
    Write,
    Read,
}

/// <summary>
/// One logical connector call: the transport turns it into one or more HTTP attempts. <paramref name="TenantId"/> names
/// whose allowance it spends (null: a shared one).
/// </summary>
public sealed record ConnectorCall(string Operation, HttpMethod Method, Uri ServiceUrl, string Path, object? Body, RateClass RateClass, string RateKey, ConnectorPatience Patience, string? TenantId = null);
