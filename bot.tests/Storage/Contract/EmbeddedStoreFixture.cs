using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>A fresh embedded (SQLite) store in a temporary folder, deleted when the tests are done.</summary>
public sealed class EmbeddedStoreFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "connectorbot-contract-" + Guid.NewGuid().ToString("N"));
    private ITableStore? _store;

    public ITableStore Store => _store ?? throw new InvalidOperationException("The embedded store has not been created.");

    public string DatabasePath => Path.Combine(_directory, "tables.db");

    public ITableStore CreateStore() => Store;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _store = new SqliteTableStore(DatabasePath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }

        _store = null;
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EmbeddedStoreCollection : ICollectionFixture<EmbeddedStoreFixture>
{
    public const string Name = "EmbeddedStore";
}
