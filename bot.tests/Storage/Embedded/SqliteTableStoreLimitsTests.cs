using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>The service's per-entity limits as the embedded store enforces them.</summary>
public sealed class SqliteTableStoreLimitsTests : IDisposable
{
    private const string Table = "Orders";
    private readonly SqliteTableStore _store = SqliteTableStore.InMemory();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("bad-name", "PropertyNameInvalid")]
    [InlineData("1st", "PropertyNameInvalid")]
    [InlineData("TooLongString", "PropertyValueTooLarge")]
    [InlineData("TooLongBinary", "PropertyValueTooLarge")]
    public async Task Invalid_properties_are_400_with_the_service_code(string property, string code)
    {
        await _store.OpenTableAsync(Table, _ct);
        object value = property switch
        {
            "TooLongString" => new string('s', (32 * 1024) + 1),
            "TooLongBinary" => new byte[(64 * 1024) + 1],
            _ => "personal-value",
        };
        var e = await Assert.ThrowsAsync<RequestFailedException>(
            () => _store.AddEntityAsync(Table, new TableEntity("p", "r") { [property] = value }, _ct));
        Assert.Equal((400, code), (e.Status, e.ErrorCode));
        Assert.DoesNotContain("personal-value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_at_the_limits_are_accepted()
    {
        await _store.OpenTableAsync(Table, _ct);
        var entity = new TableEntity("p", "r") { ["S"] = new string('s', 32 * 1024), ["B"] = new byte[64 * 1024] };
        for (var i = 0; i < 250; i++)
        {
            entity[$"P{i}"] = i;
        }

        await _store.AddEntityAsync(Table, entity, _ct);
        Assert.Equal(252, (await _store.GetAsync(Table, "p", "r", null, _ct)).CustomProperties.Count());
    }

    [Fact]
    public async Task Too_many_properties_are_refused_also_when_a_merge_adds_them()
    {
        await _store.OpenTableAsync(Table, _ct);
        var half = new TableEntity("p", "r");
        var otherHalf = new TableEntity("p", "r");
        for (var i = 0; i < 130; i++)
        {
            half[$"A{i}"] = i;
            otherHalf[$"B{i}"] = i;
        }

        await _store.AddEntityAsync(Table, half, _ct);
        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.UpsertEntityAsync(Table, otherHalf, TableUpdateMode.Merge, _ct));
        Assert.Equal((400, "TooManyProperties"), (e.Status, e.ErrorCode));
    }

    [Fact]
    public async Task Entities_over_one_MiB_are_entity_too_large()
    {
        await _store.OpenTableAsync(Table, _ct);
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 33; i++)
        {
            entity[$"S{i}"] = new string('x', 32 * 1024);
        }

        var e = await Assert.ThrowsAsync<RequestFailedException>(() => _store.AddEntityAsync(Table, entity, _ct));
        Assert.Equal((400, "EntityTooLarge"), (e.Status, e.ErrorCode));
    }
}
