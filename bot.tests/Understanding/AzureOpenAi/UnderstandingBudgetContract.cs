using ConnectorBot.Storage;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.AzureOpenAi;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Tests.Understanding.AzureOpenAi;

/// <summary>
/// The daily budget of Azure OpenAI calls on each table store: one count per resource and deployment shared by every
/// instance, kept across restarts, never exceeded by racing instances, and new each UTC day. Each test uses a
/// deployment of its own, so tests sharing a store never share a count.
/// </summary>
public abstract class UnderstandingBudgetContract
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 9, 22, 0, 0, TimeSpan.Zero));

    protected abstract ITableStore CreateStore();

    [Fact]
    public async Task Two_instances_or_a_restart_share_the_days_count()
    {
        var deployment = Deployment();
        var first = Budget(deployment, limit: 3);
        var second = Budget(deployment, limit: 3);

        Assert.True((await first.TryTakeAsync()).Taken);
        Assert.True((await first.TryTakeAsync()).Taken);
        Assert.True((await second.TryTakeAsync()).Taken);

        Assert.Equal((false, true), await second.TryTakeAsync());
        Assert.Equal((false, true), await first.TryTakeAsync());
        Assert.Equal((false, false), await first.TryTakeAsync());
        Assert.Equal(3, await Budget(deployment, limit: 3).UsedTodayAsync());
    }

    [Fact]
    public async Task Racing_instances_never_take_more_than_the_budget()
    {
        var deployment = Deployment();
        UnderstandingBudget[] instances = [Budget(deployment, limit: 10), Budget(deployment, limit: 10), Budget(deployment, limit: 10)];

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => instances[i % 3].TryTakeAsync())));

        Assert.Equal(10, results.Count(r => r.Taken));
        Assert.Equal(10, await instances[0].UsedTodayAsync());
    }

    [Fact]
    public async Task A_new_utc_day_starts_a_new_count_and_another_deployment_has_its_own()
    {
        var deployment = Deployment();
        var budget = Budget(deployment, limit: 1);
        Assert.True((await budget.TryTakeAsync()).Taken);
        Assert.Equal((false, true), await budget.TryTakeAsync());

        Assert.True((await Budget(Deployment(), limit: 1).TryTakeAsync()).Taken);

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await budget.UsedTodayAsync());
        Assert.True((await budget.TryTakeAsync()).Taken);
        Assert.Equal((false, true), await budget.TryTakeAsync());
    }

    private static string Deployment() => "chat-" + Guid.NewGuid().ToString("N");

    private UnderstandingBudget Budget(string deployment, int limit) =>
        new(
            new TableSet(CreateStore()),
            Options.Create(new UnderstandingOptions { Endpoint = "https://contoso.openai.azure.com/", Deployment = deployment, DailyBudget = limit }),
            _clock);
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteUnderstandingBudgetTests(AzuriteFixture azurite) : UnderstandingBudgetContract
{
    protected override ITableStore CreateStore() => azurite.CreateStore();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedUnderstandingBudgetTests(EmbeddedStoreFixture embedded) : UnderstandingBudgetContract
{
    protected override ITableStore CreateStore() => embedded.CreateStore();
}
