using Azure;
using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Two_writers_the_second_gets_412_then_rereads_and_retries_both_changes_survive()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new CounterEntity { PartitionKey = "p", RowKey = "shared", Count = 0 });

        var a = await GetAsync<CounterEntity>(table, "p", "shared");
        var b = await GetAsync<CounterEntity>(table, "p", "shared");
        Assert.Equal(a.ETag, b.ETag);

        a.Count += 1;
        a.Owner = "A";
        var aETag = await table.UpdateEntityAsync(a, a.ETag, TableUpdateMode.Replace);

        b.Note = "B was here";
        await AssertFailsAsync(412, "UpdateConditionNotSatisfied", () => table.UpdateEntityAsync(b, b.ETag, TableUpdateMode.Replace));

        var fresh = await GetAsync<CounterEntity>(table, "p", "shared");
        Assert.Equal(aETag, fresh.ETag);
        fresh.Note = "B was here";
        var bETag = await table.UpdateEntityAsync(fresh, fresh.ETag, TableUpdateMode.Replace);

        var final = await GetAsync<CounterEntity>(table, "p", "shared");
        Assert.Equal(bETag, final.ETag);
        Assert.Equal(1, final.Count);
        Assert.Equal("A", final.Owner);
        Assert.Equal("B was here", final.Note);
    }

    [Fact]
    public async Task Ten_parallel_increments_with_if_match_and_retry_on_412_count_to_ten()
    {
        const int Writers = 10;
        const int MaxAttempts = 500;
        var table = await NewTableAsync();
        await table.AddEntityAsync(new CounterEntity { PartitionKey = "p", RowKey = "counter" });

        async Task<int> IncrementAsync()
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var current = await GetAsync<CounterEntity>(table, "p", "counter");
                current.Count++;
                try
                {
                    await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace);
                    return attempt;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    await Task.Yield();
                }
            }

            throw new InvalidOperationException($"No increment succeeded in {MaxAttempts} attempts.");
        }

        var attempts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(IncrementAsync)));

        Assert.Equal(Writers, (await GetAsync<CounterEntity>(table, "p", "counter")).Count);
        Assert.All(attempts, a => Assert.InRange(a, 1, MaxAttempts));
    }

    [Fact]
    public async Task Optimistic_update_ten_parallel_writers_racing_to_create_and_increment_lose_nothing()
    {
        const int Writers = 10;
        var table = await NewTableAsync();

        var stored = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => table.UpdateAsync<CounterEntity>(
            "p",
            "raced",
            current =>
            {
                var next = current ?? new CounterEntity();
                next.Count++;
                next.Note = (current?.Note ?? string.Empty) + $"[{i}]";
                return next;
            },
            maxAttempts: 200))));

        var final = await GetAsync<CounterEntity>(table, "p", "raced");
        Assert.Equal(Writers, final.Count);
        Assert.All(Enumerable.Range(0, Writers), i => Assert.Contains($"[{i}]", final.Note, StringComparison.Ordinal));
        Assert.Contains(stored, s => s!.ETag == final.ETag);
    }

    [Fact]
    public async Task Optimistic_update_returning_null_writes_nothing()
    {
        var table = await NewTableAsync();
        var added = new CounterEntity { PartitionKey = "p", RowKey = "same", Count = 3 };
        var etag = await table.AddEntityAsync(added);

        var result = await table.UpdateAsync<CounterEntity>("p", "same", _ => null);

        Assert.Equal(3, result!.Count);
        Assert.Equal(etag, (await GetAsync<CounterEntity>(table, "p", "same")).ETag);
    }
}
