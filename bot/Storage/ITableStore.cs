namespace ConnectorBot.Storage;

/// <summary>One storage account: Azure Table Storage (or Azurite) through the SDK, or the embedded SQLite file.</summary>
public interface ITableStore
{
    /// <summary>Where the tables live, for logs and the health check (never holds a secret).</summary>
    Uri Endpoint { get; }

    /// <summary>The table, created when missing.</summary>
    Task<ITable> OpenTableAsync(string tableName, CancellationToken cancellationToken = default);

    /// <summary>The names of the account's tables, in ordinal order.</summary>
    IAsyncEnumerable<string> ListTablesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// True when only this process can use the store (the embedded file): work another process left half done was left
    /// by a process that is gone. False for a shared account, where that process may still be at work.
    /// </summary>
    bool OnlyThisProcess => false;

    /// <summary>The cheapest round trip that proves the store answers and accepts our credentials.</summary>
    Task CheckReachableAsync(CancellationToken cancellationToken = default);
}
