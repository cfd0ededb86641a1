using Azure;
using Azure.Data.Tables;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// An <see cref="ITableStore"/> in one SQLite database, behaving like Azure Table Storage (and Azurite)
/// as seen through <see cref="ITable"/>. One connection serves the whole process; a gate lets one operation
/// at a time use it, and every write runs in its own SQL transaction so transactions are all-or-nothing.
/// </summary>
public sealed class SqliteTableStore : ITableStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly WriteClock _clock;
    private volatile bool _disposed;

    /// <summary>Opens (or creates) the database file, creating its folder if missing; ":memory:" is a private in-memory database.</summary>
    public SqliteTableStore(string path, TimeProvider? timeProvider = null)
        : this(StoreLocation.For(path), timeProvider)
    {
    }

    private SqliteTableStore(StoreLocation location, TimeProvider? timeProvider)
    {
        Endpoint = location.Uri;
        _connection = new SqliteConnection(location.ConnectionString);
        try
        {
            _connection.Open();
            StoreSchema.Prepare(_connection, location.IsFile);
            _clock = new WriteClock(timeProvider ?? TimeProvider.System, StoreSchema.ReadLastTicks(_connection));
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public Uri Endpoint { get; }

    /// <summary>A private in-memory database (for tests); it lives as long as this store.</summary>
    public static SqliteTableStore InMemory(TimeProvider? timeProvider = null) => new(StoreLocation.Memory(), timeProvider);

    public async Task<ITable> OpenTableAsync(string tableName, CancellationToken cancellationToken = default)
    {
        TableName.Validate(tableName);
        await WriteAsync(
            session =>
            {
                if (TableCatalog.Find(session, tableName) is null)
                {
                    TableCatalog.Create(session, tableName);
                }
            },
            cancellationToken);
        return new SqliteTable(this, tableName);
    }

    public async IAsyncEnumerable<string> ListTablesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var name in await ReadAsync(TableCatalog.Names, cancellationToken))
        {
            yield return name;
        }
    }

    public Task CheckReachableAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(session => session.Scalar("SELECT 1;"), cancellationToken);

    internal Task<ETag> AddEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Add(entity), cancellationToken);

    internal Task<TableEntity?> FindEntityAsync(string tableName, string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken) =>
        ReadAsync(
            session =>
            {
                var tableId = TableCatalog.Require(session, tableName);
                var row = EntityRows.Find(session, tableId, partitionKey, rowKey);
                return row is null ? null : StoredEntity.Project(row.ToEntity(), select);
            },
            cancellationToken);

    internal Task<ETag> UpsertEntityAsync(string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Upsert(entity, mode), cancellationToken);

    internal Task<ETag> UpdateEntityAsync(string tableName, TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Update(entity, ifMatch, mode), cancellationToken);

    internal Task DeleteEntityAsync(string tableName, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Delete(partitionKey, rowKey, ifMatch), cancellationToken);

    /// <summary>One page: the store is held only while a page is read, so a long scan never blocks writers for its whole length.</summary>
    internal Task<StorePage<TableEntity>> QueryPageAsync(string tableName, TableFilter filter, IReadOnlyList<string>? select, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        ReadAsync(
            session =>
            {
                var tableId = TableCatalog.Require(session, tableName);
                return EntityQuery.Page(session, tableId, filter, select, pageSize, continuationToken);
            },
            cancellationToken);

    internal Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(string tableName, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken) =>
        WriteAsync(session => TransactionRunner.Apply(session, tableName, actions, _clock), cancellationToken);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Wait for a running operation so the connection is not closed under it. The gate itself is not
        // disposed: callers still queued on it must be able to enter, see the store closed and leave.
        _gate.Wait();
        try
        {
            _disposed = true;
            _connection.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    private EntityWriter Writer(StoreSession session, string tableName) =>
        new(session, TableCatalog.Require(session, tableName), _clock);

    private async Task<T> ReadAsync<T>(Func<StoreSession, T> work, CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken);
        try
        {
            return work(new StoreSession(_connection, null));
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task WriteAsync(Action<StoreSession> work, CancellationToken cancellationToken) =>
        WriteAsync<bool>(
            session =>
            {
                work(session);
                return true;
            },
            cancellationToken);

    /// <summary>Runs the work in one SQL transaction: committed when it returns, rolled back when it throws.</summary>
    private async Task<T> WriteAsync<T>(Func<StoreSession, T> work, CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken);
        try
        {
            using var transaction = _connection.BeginTransaction();
            var result = work(new StoreSession(_connection, transaction));
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken);
        if (_disposed)
        {
            _gate.Release();
            throw new ObjectDisposedException(nameof(SqliteTableStore));
        }
    }
}
