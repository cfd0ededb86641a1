using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class RateLimitTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_write_windows_admit_seven_then_hold_the_eighth_for_a_second()
    {
        var log = new SlidingWindowLog(TeamsRateLimits.Writes);

        var first = Enumerable.Range(0, 7).Select(_ => log.TryAcquire(T0)).ToList();
        var eighth = log.TryAcquire(T0.AddMilliseconds(500));

        Assert.All(first, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromMilliseconds(500), eighth);
        Assert.Equal(TimeSpan.Zero, log.TryAcquire(T0.AddSeconds(1)));

        // Now 8 within 2 s: the ninth waits for the first seven to age out of the 2-second window.
        Assert.Equal(TimeSpan.FromSeconds(1), log.TryAcquire(T0.AddSeconds(1)));
        Assert.Equal(TimeSpan.Zero, log.TryAcquire(T0.AddSeconds(2)));
    }

    [Fact]
    public void The_thirty_second_window_caps_a_steady_stream_at_sixty()
    {
        var log = new SlidingWindowLog(TeamsRateLimits.Writes);
        var now = T0;
        var admitted = new List<DateTimeOffset>();
        while (admitted.Count < 61)
        {
            var wait = log.TryAcquire(now);
            if (wait == TimeSpan.Zero)
            {
                admitted.Add(now);
            }
            else
            {
                now += wait;
            }
        }

        Assert.True(admitted[59] - admitted[0] < TimeSpan.FromSeconds(30));
        Assert.True(admitted[60] - admitted[0] >= TimeSpan.FromSeconds(30), "a 61st request inside 30 s");
        AssertWithinWindows(admitted, TeamsRateLimits.Writes);
    }

    [Fact]
    public async Task Twenty_sends_to_one_conversation_all_arrive_in_order_within_the_limits()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        // Started together: the conversation's lane queues them in call order.
        var sends = Enumerable.Range(1, 20)
            .Select(i => bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", new Activity { Type = "message", Text = $"{i}" }))
            .ToList();
        await Task.WhenAll(sends);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"{i}"), bed.Fake.OutgoingActivities.Select(a => a.Text));
        var received = bed.Fake.CallsTo(FakeRoute.SendToConversation).Select(c => c.ReceivedAt).ToList();
        var start = received[0];
        Assert.Equal(7, received.Count(t => t < start.AddSeconds(1)));
        AssertWithinWindows(received, TeamsRateLimits.Writes);
    }

    [Fact]
    public async Task Different_conversations_do_not_wait_for_each_other()
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        var start = bed.Clock.GetUtcNow();

        foreach (var conversation in Enumerable.Range(1, 10))
        {
            await bed.Client.SendToConversationAsync(bed.ServiceUrl, $"a:{conversation}", new Activity { Text = "hi" });
        }

        Assert.All(bed.Fake.Calls, c => Assert.Equal(start, c.ReceivedAt));
    }

    [Fact]
    public async Task The_tenant_limit_spreads_a_tenants_requests_across_conversations()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.TenantRequestsPerSecond = 5; }));
        var tenant = bed.Client.ForTenant("tenant-a");

        foreach (var conversation in Enumerable.Range(1, 12))
        {
            await tenant.SendToConversationAsync(bed.ServiceUrl, $"a:{conversation}", new Activity { Text = "hi" });
        }

        AssertWithinWindows(bed.Fake.Calls.Select(c => c.ReceivedAt).ToList(), TeamsRateLimits.Tenant(5));
        Assert.Equal(12, bed.Fake.Calls.Count);
    }

    [Fact]
    public async Task Each_tenant_has_an_allowance_of_its_own()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.TenantRequestsPerSecond = 5; }));
        var start = bed.Clock.GetUtcNow();

        // Five tenants, five chats each: one busy tenant must not hold another back, as one app-wide gate would.
        await Task.WhenAll(Enumerable.Range(1, 5).SelectMany(t => Enumerable.Range(1, 5).Select(c =>
            bed.Client.ForTenant($"tenant-{t}").SendToConversationAsync(bed.ServiceUrl, $"a:{t}-{c}", new Activity { Text = "hi" }))));

        Assert.Equal(25, bed.Fake.Calls.Count);
        Assert.All(bed.Fake.Calls, c => Assert.Equal(start, c.ReceivedAt));
    }

    [Fact]
    public async Task A_call_in_a_turn_is_refused_by_the_limits_instead_of_waiting_and_nothing_is_sent()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions());
        var turn = bed.Client.ForTenant("tenant-a").InTurn;
        foreach (var i in Enumerable.Range(1, 7))
        {
            await turn.SendToConversationAsync(bed.ServiceUrl, "a:1", new Activity { Text = $"{i}" });
        }

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => turn.SendToConversationAsync(bed.ServiceUrl, "a:1", new Activity { Text = "8" }));

        Assert.True(refused.HeldBack);
        Assert.True(refused.Passes);
        Assert.Equal(TimeSpan.FromSeconds(1.1), refused.RetryAfter);
        Assert.Equal(7, bed.Fake.Calls.Count);

        // The refusal spent nothing: another chat of the tenant still goes at once.
        await turn.SendToConversationAsync(bed.ServiceUrl, "a:2", new Activity { Text = "other chat" });
        Assert.Equal(8, bed.Fake.Calls.Count);
    }

    [Fact]
    public async Task Rate_limiting_can_be_switched_off()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.RateLimiting = false; }));
        var start = bed.Clock.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", new Activity { Text = $"{i}" })));

        Assert.All(bed.Fake.Calls, c => Assert.Equal(start, c.ReceivedAt));
    }

    [Fact]
    public async Task Idle_conversations_are_forgotten_once_their_windows_are_empty()
    {
        var clock = new ManualClock();
        var lanes = new ConversationLanes(TeamsRateLimits.Writes, clock);
        using (var lease = await lanes.EnterAsync("a", CancellationToken.None))
        {
            await lease.WaitForPermitAsync(CancellationToken.None);
        }

        var held = await lanes.EnterAsync("held", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(30));
        using (await lanes.EnterAsync("b", CancellationToken.None))
        {
            Assert.Equal(3, lanes.Count);
        }

        clock.Advance(TimeSpan.FromMinutes(31));
        using (await lanes.EnterAsync("c", CancellationToken.None))
        {
            // "a" sent an hour ago and is gone; "held" is in use; "b" was never sent on; "c" is new.
            Assert.Equal([false, false, true, true], new[] { "a", "b", "c", "held" }.Select(lanes.Remembers));
        }

        held.Dispose();
    }

    [Fact]
    public async Task A_cancelled_waiter_gives_up_its_place_without_blocking_the_lane()
    {
        var lanes = new ConversationLanes(TeamsRateLimits.Writes, new ManualClock());
        var first = await lanes.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = lanes.EnterAsync("a", cancel.Token).AsTask();
        var third = lanes.EnterAsync("a", CancellationToken.None).AsTask();

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    private static void AssertWithinWindows(IReadOnlyList<DateTimeOffset> admitted, IReadOnlyList<RateWindow> windows)
    {
        foreach (var window in windows)
        {
            foreach (var from in admitted)
            {
                var inside = admitted.Count(t => t >= from && t < from + window.Period);
                Assert.True(inside <= window.Limit, $"{inside} requests within {window.Period} of {from:O}; the limit is {window.Limit}");
            }
        }
    }
}
