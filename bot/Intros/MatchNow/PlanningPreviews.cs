using System.Text.Json;

using ConnectorBot.Background;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>
/// Match-now previews, which may outlast the admin's wait: a big team's plan takes seconds (about 5 at 6,000 members).
/// Each plan runs with no request to cancel it. When the admin's answer could not wait for it
/// (<see cref="IntrosOptions.MatchNowAnswerWithin"/>), the finished preview, or why there is none, goes to the admin's 1:1
/// chat with the bot, where the Action.Submit fallback already sends it: the pressed card cannot be updated later for the
/// admin alone, and the channel must not see the preview. Shutdown waits for them. A preview lost to a crash costs one
/// more press of Match now: planning writes nothing.
/// </summary>
public sealed class PlanningPreviews(
    RoundRunner rounds,
    TeamChannels channels,
    AdminReplies replies,
    IConnectorClient connector,
    ILogger<PlanningPreviews> logger) : IHostedService
{
    private readonly WorkInFlight _inFlight = new();

    public Task<RoundPlan> Start(TeamSettings team, string roundId)
    {
        ArgumentNullException.ThrowIfNull(team);
        _inFlight.Add(+1);
        return PlanAsync(team, roundId);
    }

    /// <summary>The preview card of a finished plan, wherever it is shown.</summary>
    public async Task<JsonElement> CardAsync(TeamSettings team, RoundPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(plan);
        var list = await channels.ListAsync(team, cancellationToken);
        logger.LogInformation("Match-now preview for team {TeamId}: {Intros} intros from {Eligible} eligible members.", team.TeamId, plan.NewIntros.Count, plan.Eligible);
        return SettingsCards.Preview(team, plan, list.NameOf(team.IntroChannelId), plan.Names);
    }

    /// <summary>Nobody awaits <paramref name="planning"/> now: once it is done, the admin gets its preview (or why there is none) privately.</summary>
    public void SendWhenDone(Task<RoundPlan> planning, TeamSettings team, string adminUserId, string botId)
    {
        _inFlight.Add(+1);
        _ = SendAsync(planning, team, adminUserId, botId);
    }

    /// <summary>Completes once every preview started so far is planned and sent (tests; the drain before shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => _inFlight.WhenIdleAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _inFlight.WhenIdleAsync(cancellationToken);

    private async Task<RoundPlan> PlanAsync(TeamSettings team, string roundId)
    {
        try
        {
            // Yields first, so the caller's wait starts before the plan's work does.
            await Task.Yield();
            return await rounds.PlanAsync(team, roundId, CancellationToken.None);
        }
        finally
        {
            _inFlight.Add(-1);
        }
    }

    private async Task SendAsync(Task<RoundPlan> planning, TeamSettings team, string adminUserId, string botId)
    {
        try
        {
            JsonElement card;
            try
            {
                card = await CardAsync(team, await planning, CancellationToken.None);
            }
            catch (ConnectorException e)
            {
                logger.LogWarning("Match-now preview for team {TeamId} failed reading the roster after the admin was answered: {Outcome} ({Status}).", team.TeamId, e.Outcome, e.StatusCode);
                card = SettingsCards.Result(team, SettingsStrings.PreviewFailed);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Match-now preview for team {TeamId} failed after the admin was answered.", team.TeamId);
                card = SettingsCards.Result(team, SettingsStrings.PreviewBroke);
            }

            await replies.SendPrivatelyAsync(connector.ForTenant(team.TenantId), team, botId, adminUserId, card, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Match-now preview for team {TeamId} could not be sent to the admin's 1:1 chat.", team.TeamId);
        }
        finally
        {
            _inFlight.Add(-1);
        }
    }
}
