using ConnectorBot.Interview.Stores;


namespace ConnectorBot.Interview;

/// <summary>The member's choices about their profile: see it, share it in intros or not, pause and resume, confirm stale answers.</summary>
public sealed class ProfileChoices(
    ProfileStore profiles,
    InterviewQuestions questions,
    IEnumerable<IAnswerWatcher> watchers,
    TimeProvider clock,
    ILogger<ProfileChoices> logger)
{
    public const int MaxPauseWeeks = 52;

    public async Task ShowAsync(MemberTurn turn)
    {
        if (turn.Profile is null)
        {
            await turn.SayAsync(InterviewStrings.NothingStored);
            return;
        }

        await questions.SendSummaryAsync(turn, turn.Profile);
    }

    public async Task<Profile?> SetConsentAsync(MemberTurn turn, bool consent)
    {
        var now = clock.GetUtcNow();
        var profile = await profiles.UpdateAsync(turn.Member, p => p is null ? null : p with { Consent = consent, ConsentChangedAt = now }, turn.CancellationToken);
        logger.LogInformation("A member of tenant {TenantId} {Choice} sharing in intros.", turn.Member.TenantId, consent ? "chose" : "declined");
        if (consent && profile is not null)
        {
            // Only members who agreed are embedded (a cloud provider sees nobody else's answers).
            foreach (var watcher in watchers)
            {
                watcher.Changed(turn.Member);
            }
        }

        await turn.SayAsync(consent ? InterviewStrings.ConsentGiven : InterviewStrings.ConsentRefused);
        return profile;
    }

    public async Task PauseAsync(MemberTurn turn, int? weeks)
    {
        if (weeks is < 1 or > MaxPauseWeeks)
        {
            await turn.SayAsync(InterviewStrings.PauseRange);
            return;
        }

        if (turn.Profile is null)
        {
            await turn.SayAsync(InterviewStrings.NothingStored);
            return;
        }

        var until = weeks is { } w ? clock.GetUtcNow().AddDays(7 * w) : DateTimeOffset.MaxValue;
        await profiles.UpdateAsync(turn.Member, p => p is null ? null : p with { PausedUntil = until }, turn.CancellationToken);
        await turn.SayAsync(weeks is null
            ? InterviewStrings.PausedIndefinitely
            : InterviewStrings.PausedUntil(InterviewStrings.Date(until)));
    }

    public async Task ResumeAsync(MemberTurn turn)
    {
        if (turn.Profile?.IsPausedAt(clock.GetUtcNow()) != true)
        {
            await turn.SayAsync(InterviewStrings.NotPaused);
            return;
        }

        await profiles.UpdateAsync(turn.Member, p => p is null ? null : p with { PausedUntil = null }, turn.CancellationToken);
        await turn.SayAsync(InterviewStrings.Resumed);
    }

    /// <summary>"Still hoping to …?" → Keep: the answers count as fresh again.</summary>
    public async Task KeepAnswersAsync(MemberTurn turn)
    {
        var now = clock.GetUtcNow();
        await profiles.UpdateAsync(turn.Member, p => p is null ? null : p with { AnsweredAt = now }, turn.CancellationToken);
        await turn.SayAsync(InterviewStrings.StaleKept);
    }
}
