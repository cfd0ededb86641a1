using ConnectorBot.Storage.Records;

namespace ConnectorBot.Interview;

/// <summary>"forget me": asked, confirmed, then everything deleted. ("export" is <see cref="ExportReply"/>.)</summary>
public sealed class MemberDataChoices(MemberDataRights rights, InterviewSessionStore sessions, TimeProvider clock, ILogger<MemberDataChoices> logger)
{
    public async Task AskForgetAsync(MemberTurn turn)
    {
        if (!await HasDataAsync(turn).ConfigureAwait(false))
        {
            await turn.SayAsync(InterviewStrings.NothingStored).ConfigureAwait(false);
            return;
        }

        await sessions.UpdateAsync(turn.Member, s => s with { ConfirmingForget = true, UpdatedAt = clock.GetUtcNow() }, turn.CancellationToken).ConfigureAwait(false);
        await turn.SayAsync(InterviewStrings.ForgetAsk).ConfigureAwait(false);
        await turn.Turn.SendCardAsync(InterviewCards.ForgetConfirmation(), summary: "Delete everything?").ConfigureAwait(false);
    }

    public async Task ForgetAsync(MemberTurn turn)
    {
        var removed = await rights.EraseAsync(turn.Member, turn.CancellationToken).ConfigureAwait(false);
        logger.LogInformation("Forgot a member of tenant {TenantId}: {Rows} rows deleted.", turn.Member.TenantId, removed);
        await turn.SayAsync(InterviewStrings.Forgotten).ConfigureAwait(false);
    }

    public async Task KeepAsync(MemberTurn turn)
    {
        await sessions.UpdateAsync(turn.Member, s => s with { ConfirmingForget = false, UpdatedAt = clock.GetUtcNow() }, turn.CancellationToken).ConfigureAwait(false);
        await turn.SayAsync(InterviewStrings.ForgetKept).ConfigureAwait(false);
    }

    private async Task<bool> HasDataAsync(MemberTurn turn) =>
        turn.Profile is not null || turn.Session is not null || await rights.HasAnyAsync(turn.Member, turn.CancellationToken).ConfigureAwait(false);
}
