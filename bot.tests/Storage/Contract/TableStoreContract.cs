using Azure;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>
/// The one contract both table stores must honour, written from the Table service's documented
/// semantics (shared/docs/azure-tables-rest.md). Each store runs it through a small subclass, so a
/// test's name says which store ran. Every test works in a table of its own.
/// </summary>
public abstract partial class TableStoreContract : IAsyncLifetime
{
    private readonly List<string> _tables = [];
    private TableServiceClient? _service;

    protected TableServiceClient Service => _service ??= CreateService();

    /// <summary>A client of the store under test (shared by all tests of the class; tables keep them apart).</summary>
    protected abstract TableServiceClient CreateService();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var name in _tables)
        {
            try
            {
                await Service.DeleteTableAsync(name);
            }
            catch (Exception)
            {
                // Clean-up is best effort: a failing store already failed the test.
            }
        }
    }
}


[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTableStoreContractTests(AzuriteFixture azurite) : TableStoreContract
{
    protected override TableServiceClient CreateService() => azurite.CreateServiceClient();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedTableStoreContractTests(EmbeddedStoreFixture embedded) : TableStoreContract
{
    protected override TableServiceClient CreateService() => embedded.CreateServiceClient();
}
