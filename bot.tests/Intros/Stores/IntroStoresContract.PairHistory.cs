using ConnectorBot.Intros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Matching;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros.Stores;

public abstract partial class IntroStoresContract
{
    [Fact]
    public async Task Pair_history_records_either_way_round_as_one_pair_counting_every_parallel_record()
    {
        var store = new PairHistoryStore(Tables);
        var tenant = NewTenant();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            i % 2 == 0
                ? store.RecordAsync(tenant, Ada, Ben, PairOutcome.Passed, Now)
                : store.RecordAsync(tenant, Ben, Ada, PairOutcome.Passed, Now)));

        var export = await store.ExportAsync(Member(tenant, Ada), CancellationToken.None);
        var row = Assert.Single(export);
        Assert.Equal(10, row[nameof(PairHistoryEntity.Count)]);
        Assert.Equal(nameof(PairOutcome.Passed), row[nameof(PairHistoryEntity.Outcome)]);
    }

    [Fact]
    public async Task Pair_history_loads_for_matching_mapping_outcomes_and_only_pairs_among_the_members()
    {
        var store = new PairHistoryStore(Tables);
        var tenant = NewTenant();
        var day = new DateTimeOffset(2026, 2, 10, 23, 30, 0, TimeSpan.Zero);
        string[] members = ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"];
        await store.RecordAsync(tenant, "m2", "m1", PairOutcome.Passed, day);
        await store.RecordAsync(tenant, "m3", "m4", PairOutcome.Expired, day);
        await store.RecordAsync(tenant, "m5", "m6", PairOutcome.Connected, day);
        await store.RecordAsync(tenant, "m5", "m6", PairOutcome.NotYet, day.AddDays(7));
        await store.RecordAsync(tenant, "m7", "m8", PairOutcome.Helped, day);
        await store.RecordAsync(tenant, "m1", "m3", PairOutcome.Met, day);
        await store.RecordAsync(tenant, "m2", "m4", PairOutcome.No, day);
        await store.RecordAsync(tenant, "m1", "left-the-team", PairOutcome.Passed, day);
        await store.SetNeverWithAsync(tenant, "m8", "m2");
        await store.SetNeverWithAsync(tenant, "m1", "left-the-team");
        await store.RecordAsync(NewTenant(), "m1", "m2", PairOutcome.Connected, day);

        var history = await store.LoadForMatchingAsync(tenant, members, ["m7"]);

        Assert.Equal(
            new[]
            {
                new PastIntro("m1", "m2", new DateOnly(2026, 2, 10), IntroOutcome.Declined),
                new PastIntro("m1", "m3", new DateOnly(2026, 2, 10), IntroOutcome.Met),
                new PastIntro("m2", "m4", new DateOnly(2026, 2, 10), IntroOutcome.Met),
                new PastIntro("m3", "m4", new DateOnly(2026, 2, 10), IntroOutcome.NoResponse),
                new PastIntro("m5", "m6", new DateOnly(2026, 2, 17), IntroOutcome.Met),
                new PastIntro("m7", "m8", new DateOnly(2026, 2, 10), IntroOutcome.Met),
            },
            history.Intros.OrderBy(i => i.A, StringComparer.Ordinal).ThenBy(i => i.B, StringComparer.Ordinal));
        Assert.Equal([("m2", "m8")], history.NeverWith);
        Assert.Equal(["m7"], history.FirstInLine);
    }

    [Fact]
    public async Task Pair_history_never_with_keeps_the_intro_history()
    {
        var store = new PairHistoryStore(Tables);
        var tenant = NewTenant();
        await store.RecordAsync(tenant, Ada, Ben, PairOutcome.Connected, Now);
        await store.SetNeverWithAsync(tenant, Ben, Ada);

        var history = await store.LoadForMatchingAsync(tenant, [Ada, Ben], []);

        Assert.Equal(IntroOutcome.Met, Assert.Single(history.Intros).Outcome);
        Assert.Single(history.NeverWith);
    }

    [Fact]
    public async Task Pair_history_rejects_an_unknown_outcome()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new PairHistoryStore(Tables).RecordAsync(NewTenant(), Ada, Ben, (PairOutcome)99, Now));
    }

    [Fact]
    public async Task Pair_history_export_and_erase_the_members_pairs_only_in_their_tenant_only()
    {
        var store = new PairHistoryStore(Tables);
        var (tenant, otherTenant) = (NewTenant(), NewTenant());
        await store.RecordAsync(tenant, Ada, Ben, PairOutcome.Connected, Now);
        await store.RecordAsync(tenant, "aad-cy-0003", Ada, PairOutcome.Passed, Now);
        await store.RecordAsync(tenant, Ben, "aad-cy-0003", PairOutcome.Met, Now);
        await store.RecordAsync(otherTenant, Ada, Ben, PairOutcome.Met, Now);

        Assert.Equal(2, (await store.ExportAsync(Member(tenant, Ada), CancellationToken.None)).Count);
        Assert.Equal(2, await store.EraseAsync(Member(tenant, Ada), CancellationToken.None));

        Assert.Empty(await store.ExportAsync(Member(tenant, Ada), CancellationToken.None));
        var left = await store.LoadForMatchingAsync(tenant, [Ada, Ben, "aad-cy-0003"], []);
        Assert.Equal((Ben, "aad-cy-0003"), (Assert.Single(left.Intros).A, left.Intros[0].B));
        Assert.Single(await store.ExportAsync(Member(otherTenant, Ada), CancellationToken.None));
    }
}
