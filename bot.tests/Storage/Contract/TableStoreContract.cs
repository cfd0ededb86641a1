using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>
/// The one contract both table stores must honour through <see cref="ITable"/>, written from the Table
/// service's documented semantics. Azurite runs it through the real SDK, the embedded store through
/// SQLite; each through a small subclass, so a test's name says which store ran. Every test works in a
/// table of its own.
/// </summary>
public abstract partial class TableStoreContract
{
    private ITableStore? _store;

    protected ITableStore Store => _store ??= CreateStore();

    /// <summary>The store under test (shared by all tests of the class; tables keep them apart).</summary>
    protected abstract ITableStore CreateStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTableStoreContractTests(AzuriteFixture azurite) : TableStoreContract
{
    protected override ITableStore CreateStore() => azurite.CreateStore();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedTableStoreContractTests(EmbeddedStoreFixture embedded) : TableStoreContract
{
    protected override ITableStore CreateStore() => embedded.CreateStore();
}
