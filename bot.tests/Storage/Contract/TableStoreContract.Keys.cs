using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    public static TheoryData<string> AwkwardKeys() =>
    [
        "29:1a-b_c@thread.tacv2;messageid=123",
        "a:b@c;d",
        "o'brien",
        "''",
        "100%",
        "%2F%3F%23",
        "a+b",
        "with space",
        " leading and trailing ",
        "a&b=c",
        "a~b",
        "~2F",
        "(parens),[brackets],{braces}",
        "*!$^|<>\"",
        "Grüße 中文",
        "👋🏽🎉",
        "مرحبا",
        "שלום",
        "x\u200By",
    ];

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Allowed_awkward_keys_are_stored_raw_and_found_by_every_path(string key)
    {
        var table = await NewTableAsync();

        var etag = await table.AddEntityAsync(new TableEntity(key, key) { ["Key"] = key });
        var read = await GetAsync<TableEntity>(table, key, key);
        var listed = await ToListAsync(table.QueryAsync<TableEntity>());
        var filtered = await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Partition(key).Rows(key, key + " ")));
        etag = await table.UpdateEntityAsync(new TableEntity(key, key) { ["Key"] = key, ["Updated"] = true }, etag);
        await table.DeleteEntityAsync(key, key, etag);

        Assert.Equal((key, key, key), (read.PartitionKey, read.RowKey, read.GetString("Key")));
        Assert.Equal([(key, key)], listed.Select(e => (e.PartitionKey, e.RowKey)));
        Assert.Equal([(key, key)], filtered.Select(e => (e.PartitionKey, e.RowKey)));
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>(key, key));
    }

    [Fact]
    public async Task Awkward_keys_in_one_partition_list_in_ordinal_order_and_transact_well()
    {
        var table = await NewTableAsync();
        var keys = ((IEnumerable<object[]>)AwkwardKeys()).Select(row => (string)row[0]).ToList();
        const string Partition = "29:1a-b_c@thread.tacv2;messageid=123";

        await table.SubmitTransactionAsync(keys.Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, k) { ["Key"] = k })));

        var rows = await ToListAsync(table.QueryAsync<TableEntity>());
        Assert.Equal(keys.Order(StringComparer.Ordinal), rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal(r.RowKey, r.GetString("Key")));
    }

    public static TheoryData<string> ForbiddenKeys() =>
    [
        "a/b",
        "a\\b",
        "issue#42",
        "what?",
        "tab\there",
        "nul\u0000",
        "del\u007F",
        "nel\u0085",
        "new\r\nline",
        "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/123?tenantId=x#frag",
        "all / \\ # ? \t % ~ together",
    ];

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task Forbidden_keys_escaped_with_table_key_are_stored_and_unescape_exactly(string original)
    {
        var table = await NewTableAsync();
        var key = TableKey.Escape(original);

        await table.AddEntityAsync(new TableEntity(key, key) { ["Original"] = original });
        var read = await GetAsync<TableEntity>(table, key, key);
        var listed = await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Partition(key)));

        Assert.Equal(key, read.RowKey);
        Assert.Equal(original, TableKey.Unescape(read.PartitionKey));
        Assert.Equal(original, TableKey.Unescape(read.RowKey));
        Assert.Equal(original, read.GetString("Original"));
        Assert.Equal([original], listed.Select(e => TableKey.Unescape(e.RowKey)));
    }

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task Forbidden_keys_unescaped_are_refused_before_sending(string key)
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.UpsertEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", key), ETag.All));
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityIfExistsAsync<TableEntity>("p", key));
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityIfExistsAsync<TableEntity>(key, "r"));
        await Assert.ThrowsAsync<ArgumentException>(() => table.DeleteEntityAsync(key, "r"));

        Assert.Empty(await ToListAsync(table.QueryAsync<TableEntity>()));
    }

    [Fact]
    public async Task Keys_of_512_chars_are_stored_513_are_refused_before_sending()
    {
        var table = await NewTableAsync();
        var longest = new string('k', TableKey.MaxLength);
        var tooLong = new string('k', TableKey.MaxLength + 1);

        await table.AddEntityAsync(new TableEntity(longest, longest));
        var read = await GetAsync<TableEntity>(table, longest, longest);

        Assert.Equal(512, read.PartitionKey.Length);
        Assert.Equal(512, read.RowKey.Length);
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(tooLong, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", tooLong)));
        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityIfExistsAsync<TableEntity>("p", tooLong));
        Assert.Single(await ToListAsync(table.QueryAsync<TableEntity>()));
    }
}
