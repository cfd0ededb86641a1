using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>
/// "Match now": first a dry run shown to the admin alone (the intros and their reasons), then, on "Post these intros",
/// the same round for real. The preview names its round id, so pressing Post twice runs one round and posts once.
/// </summary>
public sealed class MatchNowActions(
    RoundRunner rounds,
    OutboxWorker outbox,
    TeamChannels channels,
    AdminReplies replies,
    TimeProvider clock,
    ILogger<MatchNowActions> logger) : IAdminCardAction
{
    public bool Handles(string verb) => verb is SettingsVerbs.MatchPreview or SettingsVerbs.MatchPost;

    public Task<InvokeResponse> RunAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        if (turn.Team.IntroChannelId is null)
        {
            return replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PreviewNoChannel), privateToAdmin: true);
        }

        return action.Verb == SettingsVerbs.MatchPreview ? PreviewAsync(turn, action) : PostAsync(turn, action);
    }

    private async Task<InvokeResponse> PreviewAsync(AdminTurn turn, CardAction action)
    {
        // A round id of its own (this minute, "now" suffix) keeps a manual round apart from the scheduled slots.
        var roundId = RoundSchedule.SlotId(clock.GetUtcNow()) + ManualRound.Suffix;
        RoundPlan plan;
        try
        {
            plan = await rounds.PlanAsync(turn.Team, roundId, turn.CancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Match-now preview for team {TeamId} failed reading the roster: {Outcome} ({Status}).", turn.Team.TeamId, e.Outcome, e.StatusCode);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PreviewFailed), privateToAdmin: true).ConfigureAwait(false);
        }

        var list = await channels.ListAsync(turn.Team, turn.CancellationToken).ConfigureAwait(false);
        var names = plan.Names;
        logger.LogInformation("Match-now preview for team {TeamId}: {Intros} intros from {Eligible} eligible members.", turn.Team.TeamId, plan.NewIntros.Count, plan.Eligible);
        return await replies.CardAsync(turn, action, SettingsCards.Preview(turn.Team, plan, list.NameOf(turn.Team.IntroChannelId), names), privateToAdmin: true).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> PostAsync(AdminTurn turn, CardAction action)
    {
        var roundId = action.GetString(SettingsVerbs.RoundIdKey);
        if (!ManualRound.TryParse(roundId, out var slot))
        {
            return InvokeResponse.Message(AdminStrings.UnknownAction);
        }

        RoundReport? report;
        try
        {
            report = await rounds.RunAsync(turn.Team, slot, turn.CancellationToken, roundId).ConfigureAwait(false);
            await outbox.DrainAsync(turn.Team.TenantId, turn.Team.TeamId, turn.CancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            // The round is persisted before anything is sent, so the outbox finishes the posts on the next tick.
            logger.LogWarning("Match-now round {RoundId} for team {TeamId} hit a connector failure: {Outcome} ({Status}).", roundId, turn.Team.TeamId, e.Outcome, e.StatusCode);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PostFailed), privateToAdmin: true).ConfigureAwait(false);
        }

        if (report is null || report.AlreadyRan)
        {
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.AlreadyPosted), privateToAdmin: true).ConfigureAwait(false);
        }

        var list = await channels.ListAsync(turn.Team, turn.CancellationToken).ConfigureAwait(false);
        var text = SettingsStrings.Posted(SettingsStrings.Intros(report.Intros), BotFramework.Cards.CardText.Escape(list.NameOf(turn.Team.IntroChannelId)));
        logger.LogInformation("Match-now round {RoundId} for team {TeamId}: {Intros} intros.", roundId, turn.Team.TeamId, report.Intros);
        return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, text), privateToAdmin: true).ConfigureAwait(false);
    }
}
