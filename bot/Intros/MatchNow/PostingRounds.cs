using ConnectorBot.Background;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>
/// Match-now rounds that may outlast the admin's wait: each runs with no request to cancel it, so a round the admin's
/// answer did not wait for (<see cref="IntrosOptions.MatchNowAnswerWithin"/>) still finishes; shutdown waits for them.
/// A round given up on by its caller (<see cref="PostingRound.Detach"/>) has its failure logged here, never lost; the
/// intros it stored stand, so pressing Post again takes it up where it stopped.
/// </summary>
public sealed class PostingRounds(RoundRunner rounds, OutboxWakeUp outbox, ILogger<PostingRounds> logger) : IHostedService
{
    private readonly WorkInFlight _inFlight = new();

    public PostingRound Start(TeamSettings team, DateTimeOffset slot, string roundId, IntroChoice? choice)
    {
        ArgumentNullException.ThrowIfNull(team);
        _inFlight.Add(+1);
        return new PostingRound(team.TeamId, roundId, RunAsync(team, slot, roundId, choice), logger);
    }

    /// <summary>Completes once every round started so far has finished (tests; the drain before shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => _inFlight.WhenIdleAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _inFlight.WhenIdleAsync(cancellationToken);

    private async Task<RoundReport?> RunAsync(TeamSettings team, DateTimeOffset slot, string roundId, IntroChoice? choice)
    {
        try
        {
            // Yields first, so the caller's wait starts before the round's work does.
            await Task.Yield();
            var report = await rounds.RunAsync(team, slot, CancellationToken.None, roundId, choice);

            // The round's cards go out now, whether or not the admin's answer waited for it.
            outbox.Wake(team.TenantId, team.TeamId);
            return report;
        }
        finally
        {
            _inFlight.Add(-1);
        }
    }
}

/// <summary>One match-now round under way; its caller either awaits <see cref="Task"/> or detaches from it.</summary>
public sealed class PostingRound(string teamId, string roundId, Task<RoundReport?> task, ILogger logger)
{
    public Task<RoundReport?> Task { get; } = task;

    /// <summary>Nobody will await the round now: a failure, already or later, is logged here instead of lost.</summary>
    public void Detach() =>
        _ = Task.ContinueWith(
            t => logger.LogError(t.Exception!.GetBaseException(), "Match-now round {RoundId} of team {TeamId} failed after the admin was answered; pressing Post again takes it up where it stopped.", roundId, teamId),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
