using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Rest;
using ConnectorBot.Tests.Storage.Contract;

namespace ConnectorBot.Tests.Storage.Rest;

/// <summary>The REST store's ways in (SAS, both service versions) against the real emulator.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RestAgainstAzuriteTests(AzuriteFixture azurite)
{
    private Uri Endpoint => new($"http://127.0.0.1:{azurite.Port}/{AzuriteFixture.AccountName}");

    [Fact]
    public async Task An_account_sas_connection_string_reads_and_writes()
    {
        var sas = AccountSas(permissions: "rwdlacu");
        var service = new TableServiceClient($"TableEndpoint={Endpoint};SharedAccessSignature={sas}");
        var table = service.GetTableClient(NewTableName());

        await table.CreateIfNotExistsAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Greeting"] = "héllo 👋" });
        var read = await table.GetEntityAsync<TableEntity>("p", "r");
        await table.DeleteAsync();

        Assert.Equal("héllo 👋", read.GetString("Greeting"));
    }

    [Fact]
    public async Task A_read_only_sas_is_refused_a_write_with_403()
    {
        var admin = azurite.CreateServiceClient();
        var name = NewTableName();
        await admin.CreateTableAsync(name);
        var readOnly = new TableServiceClient(Endpoint, new AzureSasCredential(AccountSas(permissions: "rl"))).GetTableClient(name);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => readOnly.AddEntityAsync(new TableEntity("p", "r")));
        var rows = await readOnly.QueryAsync<TableEntity>().ToListAsync();
        await admin.DeleteTableAsync(name);

        Assert.Equal(403, error.Status);
        Assert.Empty(rows);
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_with_403_and_not_retried_into_success()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var table = new TableServiceClient(Endpoint, new TableSharedKeyCredential(AzuriteFixture.AccountName, wrongKey)).GetTableClient(NewTableName());

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.CreateAsync());

        Assert.Equal(403, error.Status);
        Assert.DoesNotContain(wrongKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_version_2019_02_02_works_end_to_end()
    {
        var options = new TableClientOptions { Version = TableClientOptions.ServiceVersion.V2019_02_02 };
        var table = new TableClient(azurite.ConnectionString, NewTableName(), options);

        await table.CreateAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["Big"] = long.MinValue });
        var read = await table.GetEntityAsync<TableEntity>("p", "r");
        await table.DeleteAsync();

        Assert.Equal(etag, read.ETag);
        Assert.Equal(long.MinValue, read.GetInt64("Big"));
    }

    private static string NewTableName() => "rest" + Guid.NewGuid().ToString("N")[..16];

    // An account SAS signed with the emulator's well-known key (the 2020-12-06 string-to-sign, with its
    // encryption-scope line).
    private static string AccountSas(string permissions)
    {
        const string Version = "2020-12-06";
        var expiry = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var stringToSign = string.Join('\n', AzuriteFixture.AccountName, permissions, "t", "sco", string.Empty, expiry, string.Empty, "https,http", Version, string.Empty) + "\n";
        using var hmac = new HMACSHA256(Convert.FromBase64String(AzuriteFixture.AccountKey));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        return $"sv={Version}&ss=t&srt=sco&sp={permissions}&se={Uri.EscapeDataString(expiry)}&spr=https,http&sig={Uri.EscapeDataString(signature)}";
    }
}
