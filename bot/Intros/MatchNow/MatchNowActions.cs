using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>
/// "Match now": first a dry run shown to the admin alone (the intros and their reasons), then, on "Post these intros",
/// the same round for real. A preview that outlasts <see cref="IntrosOptions.MatchNowAnswerWithin"/> is sent to the admin's
/// 1:1 chat when it is ready (<see cref="PlanningPreviews"/>). The preview names its round id, so pressing Post twice runs one round and posts once, and
/// the intros the admin switched off in it (<see cref="PreviewChoice"/>) are left out of the round.
/// Post stores the round and answers (or, past <see cref="IntrosOptions.MatchNowAnswerWithin"/>, answers and lets the round
/// finish in <see cref="PostingRounds"/>); the intro cards are posted by <see cref="OutboxDelivery"/>, which the finished round wakes.
/// </summary>
public sealed class MatchNowActions(
    PlanningPreviews previews,
    PostingRounds posting,
    Microsoft.Extensions.Options.IOptions<IntrosOptions> options,
    TeamChannels channels,
    AdminReplies replies,
    TimeProvider clock,
    ILogger<MatchNowActions> logger)
{
    public Task<InvokeResponse> PreviewAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        return turn.Team.IntroChannelId is null ? NoChannelAsync(turn, action) : PlanAsync(turn, action);
    }

    public Task<InvokeResponse> PostAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        return turn.Team.IntroChannelId is null ? NoChannelAsync(turn, action) : RunRoundAsync(turn, action);
    }

    private Task<InvokeResponse> NoChannelAsync(AdminTurn turn, CardAction action) =>
        replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PreviewNoChannel), privateToAdmin: true);

    private async Task<InvokeResponse> PlanAsync(AdminTurn turn, CardAction action)
    {
        // A round id of its own (this minute, "now" suffix) keeps a manual round apart from the scheduled slots.
        var roundId = RoundSchedule.SlotId(clock.GetUtcNow()) + ManualRound.Suffix;
        var planning = previews.Start(turn.Team, roundId);

        // A big team's plan outlasts Teams' patience with an invoke: the admin is told, and the preview follows privately.
        var botId = turn.Team.BotId ?? turn.Turn.Activity.Recipient?.Id;
        if (botId is not null && !await AdminWait.FinishesWithinAsync(planning, options.Value.MatchNowAnswerWithin, clock, turn.CancellationToken))
        {
            previews.SendWhenDone(planning, turn.Team, turn.ActorUserId, botId);
            logger.LogInformation("Match-now preview for team {TeamId} still planning after {Seconds} s; answered the admin, the preview follows in their 1:1 chat.", turn.Team.TeamId, options.Value.MatchNowAnswerWithin.TotalSeconds);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PreviewComing), privateToAdmin: true);
        }

        RoundPlan plan;
        try
        {
            plan = await planning;
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Match-now preview for team {TeamId} failed reading the roster: {Outcome} ({Status}).", turn.Team.TeamId, e.Outcome, e.StatusCode);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PreviewFailed), privateToAdmin: true);
        }

        return await replies.CardAsync(turn, action, await previews.CardAsync(turn.Team, plan, turn.CancellationToken), privateToAdmin: true);
    }

    private async Task<InvokeResponse> RunRoundAsync(AdminTurn turn, CardAction action)
    {
        var roundId = action.GetString(SettingsVerbs.RoundIdKey);
        if (!ManualRound.TryParse(roundId, out var slot))
        {
            return InvokeResponse.Message(AdminStrings.UnknownAction);
        }

        // Every intro switched off: no round is recorded, so the admin may switch some on and press Post again.
        // A big round's preview listed only some: the rest are made, whatever the admin did with those listed.
        var choice = PreviewChoice.Read(action);
        if (choice is { MakesNone: true })
        {
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.NothingKept), privateToAdmin: true);
        }

        // A big team's round outlasts Teams' patience with an invoke: past a few seconds the admin is told it is under way,
        // and it finishes in the background (its cards are queued in the outbox as usual).
        var running = posting.Start(turn.Team, slot, roundId!, choice);
        if (!await AdminWait.FinishesWithinAsync(running.Task, options.Value.MatchNowAnswerWithin, clock, turn.CancellationToken))
        {
            running.Detach();
            logger.LogInformation("Match-now round {RoundId} for team {TeamId} still running after {Seconds} s; answered the admin, finishing in the background.", roundId, turn.Team.TeamId, options.Value.MatchNowAnswerWithin.TotalSeconds);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.StillPosting), privateToAdmin: true);
        }

        RoundReport? report;
        try
        {
            report = await running.Task;
        }
        catch (ConnectorException e)
        {
            // Reading the roster failed (Teams busy or unreachable): the admin is told and may press Post again.
            logger.LogWarning("Match-now round {RoundId} for team {TeamId} hit a connector failure: {Outcome} ({Status}).", roundId, turn.Team.TeamId, e.Outcome, e.StatusCode);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.PostFailed), privateToAdmin: true);
        }

        if (report is null)
        {
            // Another press's round holds the lease and is still running (or died holding it, until the lease runs out).
            var minutes = (int)Math.Ceiling(options.Value.RoundLeaseTime.TotalMinutes);
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.BeingPosted(minutes)), privateToAdmin: true);
        }

        if (report.AlreadyRan)
        {
            return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, SettingsStrings.AlreadyPosted), privateToAdmin: true);
        }

        var list = await channels.ListAsync(turn.Team, turn.CancellationToken);
        var channel = BotFramework.Cards.CardText.Escape(list.NameOf(turn.Team.IntroChannelId));
        var text = report.Privately > 0
            ? SettingsStrings.PostedSplit(SettingsStrings.Intros(report.InChannel), channel, report.Privately)
            : SettingsStrings.Posted(SettingsStrings.Intros(report.Intros), channel);
        var dropped = choice?.SwitchedOff.Count ?? 0;
        if (dropped > 0)
        {
            text += " " + SettingsStrings.DroppedNote(dropped);
        }

        logger.LogInformation(
            "Match-now round {RoundId} for team {TeamId}: {Intros} intros ({InChannel} in the channel, {Privately} sent privately), {Dropped} left out by the admin, unlisted ones made: {Unlisted}.",
            roundId,
            turn.Team.TeamId,
            report.Intros,
            report.InChannel,
            report.Privately,
            dropped,
            choice?.MakesUnlisted ?? false);
        return await replies.CardAsync(turn, action, SettingsCards.Result(turn.Team, text), privateToAdmin: true);
    }
}
