using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Privacy;

/// <summary>"forget me": asked, confirmed, then everything deleted. ("export" is <see cref="ExportReply"/>.)</summary>
public sealed class MemberDataChoices(
    MemberDataRights rights,
    InterviewSessionStore sessions,
    IEnumerable<IForgetWarning> warnings,
    TimeProvider clock,
    ILogger<MemberDataChoices> logger)
{
    public async Task AskForgetAsync(MemberTurn turn)
    {
        if (!await HasDataAsync(turn))
        {
            await turn.SayAsync(InterviewStrings.NothingStored);
            return;
        }

        await sessions.UpdateAsync(turn.Member, s => s with { ConfirmingForget = true, UpdatedAt = clock.GetUtcNow() }, turn.CancellationToken);
        await turn.SayAsync(InterviewStrings.ForgetAsk);
        var warned = new List<string>();
        foreach (var warning in warnings)
        {
            warned.AddRange(await warning.ForAsync(turn.Member, turn.CancellationToken));
        }

        await turn.Turn.SendCardAsync(InterviewCards.ForgetConfirmation(warned), summary: InterviewStrings.Cards.ForgetTitle);
    }

    public async Task ForgetAsync(MemberTurn turn)
    {
        var removed = await rights.EraseAsync(turn.Member, turn.CancellationToken);
        logger.LogInformation("Forgot a member of tenant {TenantId}: {Rows} rows deleted.", turn.Member.TenantId, removed);
        await turn.SayAsync(InterviewStrings.Forgotten);
    }

    public async Task KeepAsync(MemberTurn turn)
    {
        await sessions.UpdateAsync(turn.Member, s => s with { ConfirmingForget = false, UpdatedAt = clock.GetUtcNow() }, turn.CancellationToken);
        await turn.SayAsync(InterviewStrings.ForgetKept);
    }

    /// <summary>
    /// The confirmation card's Delete button; returns what the member was told. The card outlives the question: a
    /// click when nothing is pending asks again (never deletes on a stale click), or says everything is already gone.
    /// </summary>
    public async Task<string> ConfirmFromCardAsync(MemberTurn turn)
    {
        if (turn.Session?.ConfirmingForget == true)
        {
            await ForgetAsync(turn);
            return InterviewStrings.Forgotten;
        }

        if (!await HasDataAsync(turn))
        {
            await turn.SayAsync(InterviewStrings.AlreadyForgotten);
            return InterviewStrings.AlreadyForgotten;
        }

        await AskForgetAsync(turn);
        return InterviewStrings.ConfirmAgain;
    }

    /// <summary>
    /// The confirmation card's Cancel button; returns what the member was told. Only a pending question is cancelled:
    /// after the deletion "I've kept everything" would be false, and writing a session would leave a row behind.
    /// </summary>
    public async Task<string> CancelFromCardAsync(MemberTurn turn)
    {
        if (turn.Session?.ConfirmingForget == true)
        {
            await KeepAsync(turn);
            return InterviewStrings.ForgetKept;
        }

        var reply = await HasDataAsync(turn) ? InterviewStrings.NoDeletionPending : InterviewStrings.AlreadyForgotten;
        await turn.SayAsync(reply);
        return reply;
    }

    private async Task<bool> HasDataAsync(MemberTurn turn) =>
        turn.Profile is not null || turn.Session is not null || await rights.HasAnyAsync(turn.Member, turn.CancellationToken);
}
