namespace ConnectorBot.Intros.MatchNow;

/// <summary>How long an admin's button waits for its work before answering: Teams gives up on an invoke after a few seconds.</summary>
internal static class AdminWait
{
    /// <summary>True when <paramref name="work"/> finished within <paramref name="within"/>; false past it, or when the caller gave up first.</summary>
    public static async Task<bool> FinishesWithinAsync(Task work, TimeSpan within, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(within, clock, wait.Token));
        await wait.CancelAsync();
        return first == work;
    }
}
