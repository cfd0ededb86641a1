using Azure;

using ConnectorBot.Storage;

using Moq;

namespace ConnectorBot.Tests.Storage;

/// <summary>
/// What <see cref="TableClient"/> refuses must never reach a store: a strict mock fails on any call,
/// which no real store can show.
/// </summary>
public class TableClientValidationTests
{
    private readonly Mock<ITableStore> _store = new(MockBehavior.Strict);

    private TableClient Table => new(_store.Object, "contract");

    private static TableTransactionAction Add(string pk, string rk) => new(TableTransactionActionType.Add, new TableEntity(pk, rk));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u0000b")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    public async Task ForbiddenKeys_NeverReachTheStore(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Table.AddEntityAsync(new TableEntity(key, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.AddEntityAsync(new TableEntity("p", key)));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.UpsertEntityAsync(new TableEntity("p", key), TableUpdateMode.Replace));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.UpdateEntityAsync(new TableEntity(key, "r"), ETag.All));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.GetEntityAsync<TableEntity>(key, "r"));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.GetEntityIfExistsAsync<TableEntity>("p", key));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.DeleteEntityAsync("p", key));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitTransactionAsync([Add("p", key)]));

        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task KeysOver512Characters_NeverReachTheStore()
    {
        var tooLong = new string('k', 513);

        await Assert.ThrowsAsync<ArgumentException>(() => Table.AddEntityAsync(new TableEntity(tooLong, "r")));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.GetEntityAsync<TableEntity>("p", tooLong));

        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task TransactionsBreakingTheLimits_NeverReachTheStore()
    {
        var chunk = new string('x', 30_000);

        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitTransactionAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitTransactionAsync(Enumerable.Range(0, 101).Select(i => Add("p", $"r{i}"))));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitTransactionAsync([Add("p", "a"), Add("q", "b")]));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitTransactionAsync([Add("p", "a"), Add("p", "a")]));
        await Assert.ThrowsAsync<ArgumentException>(() => Table.SubmitTransactionAsync(Enumerable.Range(0, 70).Select(i =>
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i}") { ["A"] = chunk, ["B"] = chunk }))));

        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ATransactionOfExactly100Actions_IsSent()
    {
        IReadOnlyList<ETag?> answer = Enumerable.Repeat<ETag?>(new ETag("W/\"x\""), 100).ToList();
        _store.Setup(s => s.SubmitTransactionAsync("contract", It.Is<IReadOnlyList<TableTransactionAction>>(a => a.Count == 100), It.IsAny<CancellationToken>()))
            .ReturnsAsync(answer);

        var etags = await Table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => Add("p", $"r{i}")));

        Assert.Equal(100, etags.Count);
        _store.VerifyAll();
    }

    [Fact]
    public async Task DeleteWithoutETag_IsSentAsUnconditional_InATransactionToo()
    {
        _store.Setup(s => s.DeleteEntityAsync("contract", "p", "r", ETag.All, It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        _store.Setup(s => s.SubmitTransactionAsync(
                "contract",
                It.Is<IReadOnlyList<TableTransactionAction>>(a => a.Count == 1 && a[0].ETag == ETag.All),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync([null]);

        await Table.DeleteEntityAsync("p", "r");
        await Table.SubmitTransactionAsync([new(TableTransactionActionType.Delete, new TableEntity("p", "r"))]);

        _store.VerifyAll();
    }

    [Fact]
    public async Task UpdateWithADefaultETag_NeverReachesTheStore()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Table.UpdateEntityAsync(new TableEntity("p", "r"), default));

        _store.VerifyNoOtherCalls();
    }
}
