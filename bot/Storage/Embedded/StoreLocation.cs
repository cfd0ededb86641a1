using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>Where a store's database lives: its connection string, the Uri it reports, and whether it is a file.</summary>
public sealed record StoreLocation(string ConnectionString, Uri Uri, bool IsFile)
{
    public const string MemoryPath = ":memory:";

    /// <summary>A database file, its folder created if missing; ":memory:" gives a private in-memory database.</summary>
    public static StoreLocation For(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path == MemoryPath)
        {
            return Memory();
        }

        var fullPath = Path.GetFullPath(path);
        if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // No pooling: disposing the store must release the file.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        return new StoreLocation(connectionString, new Uri(fullPath), IsFile: true);
    }

    /// <summary>
    /// A shared-cache in-memory database under a unique name: private to one store, and alive as long
    /// as the store's connection is open.
    /// </summary>
    public static StoreLocation Memory()
    {
        var name = "embedded-" + Guid.NewGuid().ToString("N");
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = name,
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = false,
        }.ToString();
        return new StoreLocation(connectionString, new Uri("memory:" + name), IsFile: false);
    }
}
