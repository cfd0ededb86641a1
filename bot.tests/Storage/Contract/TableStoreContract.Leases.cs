using ConnectorBot.Storage;
using ConnectorBot.Tests.BotFramework;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Lease_ten_instances_racing_exactly_one_holds_it()
    {
        var leases = new LeaseStore(new TableSet(Store), TimeProvider.System);
        var name = "round:tenant-a:19:team@thread.tacv2;slot=" + Guid.NewGuid().ToString("N");

        var taken = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => leases.TryAcquireAsync(name, $"instance-{i}", TimeSpan.FromMinutes(5)))));

        var holder = Assert.Single(taken, l => l is not null);
        Assert.Null(await leases.TryAcquireAsync(name, "latecomer", TimeSpan.FromMinutes(5)));
        Assert.NotNull(await leases.TryAcquireAsync(name, holder!.Owner, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task Lease_expired_is_taken_over_and_the_old_holder_can_no_longer_renew_or_release()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var leases = new LeaseStore(new TableSet(Store), clock);
        var name = "lease-" + Guid.NewGuid().ToString("N");

        var first = await leases.TryAcquireAsync(name, "a", TimeSpan.FromMinutes(1));
        Assert.NotNull(first);
        var renewed = await leases.RenewAsync(first!, TimeSpan.FromMinutes(1));
        Assert.NotNull(renewed);
        Assert.Null(await leases.TryAcquireAsync(name, "b", TimeSpan.FromMinutes(1)));

        clock.Advance(TimeSpan.FromMinutes(2));
        var second = await leases.TryAcquireAsync(name, "b", TimeSpan.FromMinutes(1));

        Assert.NotNull(second);
        Assert.Null(await leases.RenewAsync(renewed!, TimeSpan.FromMinutes(1)));
        await leases.ReleaseAsync(renewed!);
        Assert.Null(await leases.TryAcquireAsync(name, "c", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Lease_released_is_free_for_the_next_instance()
    {
        var leases = new LeaseStore(new TableSet(Store), TimeProvider.System);
        var name = "lease-" + Guid.NewGuid().ToString("N");

        var held = await leases.TryAcquireAsync(name, "a", TimeSpan.FromHours(1));
        await leases.ReleaseAsync(held!);

        Assert.Equal("b", (await leases.TryAcquireAsync(name, "b", TimeSpan.FromHours(1)))?.Owner);
    }
}
