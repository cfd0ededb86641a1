using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Tests.Storage.Compatibility;

/// <summary>The legacy database file itself, opened (a copy of it) by today's embedded store.</summary>
public sealed class EmbeddedLegacyRowsTests : LegacyRowsContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "connectorbot-legacy-" + Guid.NewGuid().ToString("N"));
    private SqliteTableStore? _store;

    public void Dispose()
    {
        _store?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    protected override Task<(TableSet Tables, string TenantId)> LegacyTablesAsync()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "connectorbot.db");
        File.Copy(LegacyDatabasePath, path);
        _store = new SqliteTableStore(path);
        return Task.FromResult((new TableSet(_store), LegacyTenant));
    }
}
