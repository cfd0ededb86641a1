using ConnectorBot.Interview;
using ConnectorBot.Storage;
using ConnectorBot.Tests.Storage.Contract;

namespace ConnectorBot.Tests.Intros.Stores;

/// <summary>
/// The intro feature's stores, run on each table store by a small subclass. The tables are shared by
/// every test of a store, so each test works in tenants of its own.
/// </summary>
public abstract partial class IntroStoresContract : IAsyncLifetime
{
    private TableSet? _tables;

    protected TableSet Tables => _tables ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>A Teams-shaped tenant id no other test uses.</summary>
    protected static string NewTenant() => Guid.NewGuid().ToString();

    protected static MemberKey Member(string tenantId, string memberId) => new(tenantId, memberId, "29:1" + memberId, null);

    protected abstract ITableStore CreateStore();

    public Task InitializeAsync()
    {
        _tables = new TableSet(CreateStore());
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteIntroStoresTests(AzuriteFixture azurite) : IntroStoresContract
{
    protected override ITableStore CreateStore() => azurite.CreateStore();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedIntroStoresTests(EmbeddedStoreFixture embedded) : IntroStoresContract
{
    protected override ITableStore CreateStore() => embedded.CreateStore();
}
