using System.Reflection;

using ConnectorBot.Storage;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>A fresh embedded (SQLite) store in a temporary folder, deleted when the tests are done.</summary>
public sealed class EmbeddedStoreFixture : IAsyncLifetime
{
    private const string StoreTypeName = "ConnectorBot.Storage.Embedded.SqliteTableStore";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "connectorbot-contract-" + Guid.NewGuid().ToString("N"));
    private ITableStore? _store;

    public ITableStore Store => _store ?? throw new InvalidOperationException("The embedded store has not been created.");

    public string DatabasePath => Path.Combine(_directory, "tables.db");

    public TableServiceClient CreateServiceClient() => new(Store);

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _store = CreateStore(DatabasePath);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        switch (_store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
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

    // The store is built on another branch; until its constructor settles, find it by its documented name
    // and call the constructor that takes the database file path.
    private static ITableStore CreateStore(string path)
    {
        var type = typeof(ITableStore).Assembly.GetType(StoreTypeName)
            ?? throw new InvalidOperationException($"{StoreTypeName} does not exist yet in the bot assembly: the embedded store is not merged.");
        foreach (var constructor in type.GetConstructors())
        {
            var parameters = constructor.GetParameters();
            if (parameters.Length >= 1 && parameters[0].ParameterType == typeof(string) && parameters.Skip(1).All(p => p.IsOptional))
            {
                var arguments = new object?[parameters.Length];
                arguments[0] = path;
                for (var i = 1; i < parameters.Length; i++)
                {
                    arguments[i] = parameters[i].DefaultValue is DBNull ? null : parameters[i].DefaultValue;
                }

                try
                {
                    return (ITableStore)constructor.Invoke(arguments);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    throw new InvalidOperationException($"{StoreTypeName}({path}) failed: {e.InnerException.Message}", e.InnerException);
                }
            }
        }

        throw new InvalidOperationException($"{StoreTypeName} has no constructor taking a database path.");
    }
}

[CollectionDefinition(Name)]
public sealed class EmbeddedStoreCollection : ICollectionFixture<EmbeddedStoreFixture>
{
    public const string Name = "EmbeddedStore";
}
