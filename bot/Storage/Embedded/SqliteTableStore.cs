using Azure;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// An <see cref="ITableStore"/> in one SQLite database, behaving like Azure Table Storage (and Azurite)
/// as seen through the interface. One connection serves the whole process; a gate lets one operation
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
        Uri = location.Uri;
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

    public string AccountName => "embedded";

    public Uri Uri { get; }

    /// <summary>A private in-memory database (for tests); it lives as long as this store.</summary>
    public static SqliteTableStore InMemory(TimeProvider? timeProvider = null) => new(StoreLocation.Memory(), timeProvider);

    public Task CreateTableAsync(string tableName, CancellationToken cancellationToken) =>
        WriteAsync(session => TableCatalog.Create(session, tableName), cancellationToken);

    public Task DeleteTableAsync(string tableName, CancellationToken cancellationToken) =>
        WriteAsync(session => TableCatalog.Delete(session, tableName), cancellationToken);

    public Task<StorePage<TableItem>> QueryTablesAsync(string? filter, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        ReadAsync(
            session => TableQuery.Page(TableCatalog.Names(session), ODataFilter.Parse(filter), PageSize(pageSize), continuationToken),
            cancellationToken);

    public Task<ETag> AddEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Add(entity), cancellationToken);

    public Task<TableEntity> GetEntityAsync(string tableName, string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken) =>
        ReadAsync(
            session =>
            {
                var tableId = TableCatalog.Require(session, tableName);
                var row = EntityRows.Find(session, tableId, partitionKey, rowKey) ?? throw StoreErrors.ResourceNotFound();
                return StoredEntity.Project(row.ToEntity(), select);
            },
            cancellationToken);

    public Task<ETag> UpsertEntityAsync(string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Upsert(entity, mode), cancellationToken);

    public Task<ETag> UpdateEntityAsync(string tableName, TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Update(entity, ifMatch, mode), cancellationToken);

    public Task DeleteEntityAsync(string tableName, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken) =>
        WriteAsync(session => Writer(session, tableName).Delete(partitionKey, rowKey, ifMatch), cancellationToken);

    public Task<StorePage<TableEntity>> QueryEntitiesAsync(
        string tableName,
        string? filter,
        IReadOnlyList<string>? select,
        int? pageSize,
        string? continuationToken,
        CancellationToken cancellationToken) =>
        ReadAsync(
            session =>
            {
                var tableId = TableCatalog.Require(session, tableName);
                return EntityQuery.Page(session, tableId, ODataFilter.Parse(filter), select, PageSize(pageSize), continuationToken);
            },
            cancellationToken);

    public Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(string tableName, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken) =>
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

    private static int PageSize(int? pageSize) => Math.Clamp(pageSize ?? TableClient.MaxPageSize, 1, TableClient.MaxPageSize);

    private EntityWriter Writer(StoreSession session, string tableName) =>
        new(session, TableCatalog.Require(session, tableName), _clock);

    private async Task<T> ReadAsync<T>(Func<StoreSession, T> work, CancellationToken cancellationToken)
    {
        await EnterAsync(cancellationToken).ConfigureAwait(false);
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
        await EnterAsync(cancellationToken).ConfigureAwait(false);
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
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_disposed)
        {
            _gate.Release();
            throw new ObjectDisposedException(nameof(SqliteTableStore));
        }
    }
}
