using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Tests.Storage.Compatibility;

/// <summary>
/// The legacy rows written straight through the SDK, as plain dictionaries with the Edm types the old REST
/// client sent (strings, Int32, Boolean, Double, DateTime), then read through today's feature stores.
/// Each test gets a tenant of its own, as the emulator's tables are shared.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteLegacyRowsTests(AzuriteFixture azurite) : LegacyRowsContract
{
    protected override async Task<(TableSet Tables, string TenantId)> LegacyTablesAsync()
    {
        var tenant = Guid.NewGuid().ToString();
        var service = azurite.CreateSdkClient();
        foreach (var (tableName, entity) in ReadLegacyRows())
        {
            var table = service.GetTableClient(tableName);
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(WithTenant(entity, tenant));
        }

        return (new TableSet(azurite.CreateStore()), tenant);
    }

    /// <summary>The rows of the legacy database: their table and their stored JSON as a dictionary entity.</summary>
    private static List<(string Table, TableEntity Entity)> ReadLegacyRows()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = LegacyDatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var sqlite = new SqliteConnection(connection.ToString());
        sqlite.Open();
        sqlite.CreateCollation("ORDINAL", static (a, b) => string.CompareOrdinal(a, b));
        using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT t.name, e.properties FROM entities e JOIN tables t ON t.id = e.table_id;";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, TableEntity)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), EntityJson.Parse((byte[])reader.GetValue(1))));
        }

        return rows;
    }

    private static TableEntity WithTenant(TableEntity legacy, string tenant)
    {
        var entity = new TableEntity();
        foreach (var (name, value) in legacy)
        {
            entity[name] = value is string s ? s.Replace(LegacyTenant, tenant, StringComparison.Ordinal) : value;
        }

        return entity;
    }
}
