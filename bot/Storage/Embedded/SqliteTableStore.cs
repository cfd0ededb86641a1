using Azure;
using Azure.Data.Tables;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// An <see cref="ITableStore"/> in one SQLite database, behaving like Azure Table Storage (and Azurite)
/// as seen through <see cref="ITable"/>. Writes go through one writer (<see cref="GroupCommit"/>), which
/// commits concurrent writes together while each keeps its own outcome; every transaction is all-or-nothing.
/// A file store reads on a second connection (WAL lets it read the last commit while the writer works);
/// an in-memory store has one connection, which reads and the writer take turns on.
/// </summary>
public sealed class SqliteTableStore : ITableStore, IDisposable
{
    private readonly SqliteConnection _writeConnection;
    private readonly StoreSession _writeSession;
    private readonly SqliteConnection? _readConnection;
    private readonly StoreSession _readSession;
    private readonly SemaphoreSlim _readGate = new(1, 1);
    private readonly GroupCommit _writer;
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
        _writeConnection = new SqliteConnection(location.ConnectionString);
        _writeSession = new StoreSession(_writeConnection);
        try
        {
            _writeConnection.Open();
            StoreSchema.Prepare(_writeConnection, _writeSession, location.IsFile);
            _clock = new WriteClock(timeProvider ?? TimeProvider.System, StoreSchema.ReadLastTicks(_writeSession));
            if (location.IsFile)
            {
                _readConnection = new SqliteConnection(location.ConnectionString);
                _readSession = new StoreSession(_readConnection);
                _readConnection.Open();
                StoreSchema.PrepareReader(_readConnection, _readSession);
            }
            else
            {
                _readSession = _writeSession;
            }
        }
        catch
        {
            _readSession?.Dispose();
            _readConnection?.Dispose();
            _writeSession.Dispose();
            _writeConnection.Dispose();
            throw;
        }

        _writer = new GroupCommit(_writeSession, _clock, location.IsFile ? null : _readGate);
    }

    public Uri Endpoint { get; }

    /// <summary>One process opens the file: what an earlier process left unfinished, it left for good.</summary>
    public bool OnlyThisProcess => true;

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

    /// <summary>One page: the read connection is held only while a page is read, so a long scan never holds up other reads for its whole length.</summary>
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

        // The writer finishes its batch and fails the writes still waiting. Then wait for a running read so its
        // connection is not closed under it; the gate itself is not disposed: readers still queued on it must be
        // able to enter, see the store closed and leave.
        _writer.Dispose();
        _readGate.Wait();
        try
        {
            _disposed = true;
            if (_readConnection is not null)
            {
                _readSession.Dispose();
                _readConnection.Dispose();
            }

            _writeSession.Dispose();
            _writeConnection.Dispose();
        }
        finally
        {
            _readGate.Release();
        }
    }

    private EntityWriter Writer(StoreSession session, string tableName) =>
        new(session, TableCatalog.Require(session, tableName), _clock);

    private async Task<T> ReadAsync<T>(Func<StoreSession, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _readGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_readSession);
        }
        finally
        {
            _readGate.Release();
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

    /// <summary>Runs the work in the writer's transaction: its effects are committed when it returns, undone when it throws.</summary>
    private Task<T> WriteAsync<T>(Func<StoreSession, T> work, CancellationToken cancellationToken) =>
        _disposed ? Task.FromException<T>(new ObjectDisposedException(nameof(SqliteTableStore))) : _writer.WriteAsync(work, cancellationToken);
}
