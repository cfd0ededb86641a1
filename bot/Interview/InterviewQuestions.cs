using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Interview.Stores;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Interview;

/// <summary>
/// The three questions: welcome, answers (checked, acknowledged by quoting a phrase back, stored with
/// If-Match), skip, edits, drafts of answers too long to keep, and the summary with the consent choice.
/// </summary>
public sealed class InterviewQuestions(
    ProfileStore profiles,
    InterviewSessionStore sessions,
    IEnumerable<IAnswerWatcher> watchers,
    IEnumerable<IWelcomeNote> notes,
    SummaryCard summaryCard,
    IOptions<InterviewOptions> options,
    TimeProvider clock,
    ILogger<InterviewQuestions> logger)
{
    public async Task WelcomeAsync(MemberTurn turn)
    {
        var activity = turn.Turn.Activity;
        await StartAsync(turn.Member, activity.From?.Name, activity.Locale, activity.LocalTimezone, turn.Chat, turn.CancellationToken);
        await turn.SayAsync(Welcome(activity.From?.Name));
        await turn.SayAsync(InterviewStrings.AskAccomplish);
    }

    /// <summary>Stores a started interview: the profile's who and where, and the first question awaited.</summary>
    public async Task StartAsync(MemberKey member, string? name, string? locale, string? timeZone, PersonalChat? chat, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await profiles.UpdateAsync(
            member,
            current => (current ?? new Profile { TenantId = member.TenantId, MemberId = member.MemberId, CreatedAt = now }) with
            {
                Name = name ?? current?.Name,
                Locale = locale ?? current?.Locale,
                TimeZone = timeZone ?? current?.TimeZone,
                Chat = chat ?? current?.Chat,
            },
            cancellationToken);
        await sessions.UpdateAsync(member, s => s with { Awaiting = ProfileField.Accomplish, EditingOne = false, ConfirmingForget = false, UpdatedAt = now }, cancellationToken);
        logger.LogInformation("Started the interview of a member of tenant {TenantId}.", member.TenantId);
    }

    public static string WelcomeText(string? name)
    {
        var firstName = name?.Trim().Split(' ', 2)[0];
        return InterviewStrings.WelcomeFor(string.IsNullOrEmpty(firstName) ? null : MarkdownText.Escape(firstName));
    }

    /// <summary>The welcome with what other features say about where answers go (<see cref="IWelcomeNote"/>).</summary>
    public string Welcome(string? name) =>
        string.Join("\n\n", notes.Select(n => n.Text).Where(t => !string.IsNullOrWhiteSpace(t)).Prepend(WelcomeText(name)));

    /// <summary>A hello from a known member: pick up the question they left, or point at what they can do.</summary>
    public async Task GreetBackAsync(MemberTurn turn)
    {
        if (turn.Session?.Awaiting is { } field)
        {
            await turn.SayAsync(InterviewStrings.PickUp);
            await turn.SayAsync(InterviewStrings.Question(field));
            return;
        }

        await turn.SayAsync(InterviewStrings.HelloAgain);
    }

    public async Task AnswerAsync(MemberTurn turn, ProfileField field, string text)
    {
        var (problem, length) = AnswerCheck.Check(text, options.Value.MaxAnswerLength);
        switch (problem)
        {
            case AnswerProblem.Empty:
                await turn.SayAsync(InterviewStrings.AnswerEmpty);
                return;
            case AnswerProblem.NoWords:
                await turn.SayAsync(InterviewStrings.AnswerNoWords);
                return;
            case AnswerProblem.TooLong:
                await KeepDraftAsync(turn, field, text, length);
                return;
        }

        await StoreAsync(turn, field, text.Trim());
    }

    /// <summary>
    /// Holds a too-long answer as a draft. A draft is one table property, so it keeps at most
    /// <see cref="InterviewSession.MaxDraftChars"/>; a longer text is kept up to there and the member is told exactly
    /// how much was not, rather than promised that nothing is lost.
    /// </summary>
    private async Task KeepDraftAsync(MemberTurn turn, ProfileField field, string text, int length)
    {
        var draft = AnswerCheck.Prefix(text, InterviewSession.MaxDraftChars);
        await sessions.UpdateAsync(turn.Member, s => s with { Draft = draft, DraftField = field, UpdatedAt = clock.GetUtcNow() }, turn.CancellationToken);
        var maxLength = options.Value.MaxAnswerLength;
        if (draft.Length == text.Length)
        {
            await turn.SayAsync(InterviewStrings.AnswerTooLong(length, maxLength));
            return;
        }

        var kept = new System.Globalization.StringInfo(draft).LengthInTextElements;
        logger.LogInformation(
            "Kept the first {Kept} of {Length} characters of a too-long answer as a draft for a member of tenant {TenantId}; the rest does not fit a draft.",
            kept,
            length,
            turn.Member.TenantId);
        await turn.SayAsync(InterviewStrings.AnswerTooLongForDraft(length, maxLength, kept, length - kept));
    }

    public async Task SkipAsync(MemberTurn turn, ProfileField field)
    {
        if (field != ProfileField.Offer)
        {
            await turn.SayAsync(InterviewStrings.CannotSkip);
            return;
        }

        await StoreAsync(turn, field, null);
    }

    public async Task StartEditAsync(MemberTurn turn, ProfileField? field, bool all)
    {
        var now = clock.GetUtcNow();
        if (all)
        {
            await sessions.UpdateAsync(turn.Member, s => s with { Awaiting = ProfileField.Accomplish, EditingOne = false, UpdatedAt = now }, turn.CancellationToken);
            await turn.SayAsync(InterviewStrings.EditAll);
            await turn.SayAsync(InterviewStrings.AskAccomplish);
            return;
        }

        if (field is not { } chosen)
        {
            await turn.SayAsync(InterviewStrings.EditWhich);
            await SendSummaryAsync(turn, turn.Profile);
            return;
        }

        await sessions.UpdateAsync(turn.Member, s => s with { Awaiting = chosen, EditingOne = true, UpdatedAt = now }, turn.CancellationToken);
        var current = turn.Profile?.Answer(chosen);
        var shown = current is null ? "(nothing yet)" : MarkdownText.Quote(current, 200);
        await turn.SayAsync(InterviewStrings.EditPrompt(shown, InterviewStrings.Question(chosen)));
    }

    public async Task CancelAsync(MemberTurn turn)
    {
        var session = turn.Session;
        if (session?.Awaiting is not null && session.EditingOne)
        {
            await sessions.UpdateAsync(turn.Member, s => s with { Awaiting = null, EditingOne = false, Draft = null, DraftField = null, UpdatedAt = clock.GetUtcNow() }, turn.CancellationToken);
            await turn.SayAsync(InterviewStrings.EditCancelled);
            return;
        }

        await turn.SayAsync(session?.Awaiting is not null ? InterviewStrings.InterviewCancelled : InterviewStrings.NothingToCancel);
    }

    public Task ShowDraftAsync(MemberTurn turn) =>
        turn.Session?.Draft is { } draft
            ? turn.SayAsync(InterviewStrings.ShowDraft(new System.Globalization.StringInfo(draft).LengthInTextElements, MarkdownText.Escape(draft)))
            : turn.SayAsync(InterviewStrings.NoDraft);

    public async Task SendSummaryAsync(MemberTurn turn, Profile? profile)
    {
        if (profile is not null)
        {
            await turn.Turn.SendCardAsync(await summaryCard.ForAsync(profile, turn.CancellationToken), summary: "Your answers");
        }
    }

    private async Task StoreAsync(MemberTurn turn, ProfileField field, string? answer)
    {
        var now = clock.GetUtcNow();
        var editingOne = turn.Session?.EditingOne == true;
        var profile = await profiles.UpdateAsync(
            turn.Member,
            current => (current ?? new Profile { TenantId = turn.Member.TenantId, MemberId = turn.Member.MemberId, CreatedAt = now, Name = turn.Turn.Activity.From?.Name })
                .WithAnswer(field, answer) with
            // An install event carries no name; the first message that does fills it in.
            { AnsweredAt = now, Chat = turn.Chat ?? current?.Chat, Name = current?.Name ?? turn.Turn.Activity.From?.Name },
            turn.CancellationToken);
        foreach (var watcher in watchers)
        {
            watcher.Changed(turn.Member);
        }

        var next = editingOne ? null : Next(field, profile);
        await sessions.UpdateAsync(turn.Member, s => s with { Awaiting = next, EditingOne = false, Draft = null, DraftField = null, UpdatedAt = now }, turn.CancellationToken);

        var ack = answer is null
            ? InterviewStrings.AckOfferSkipped
            : editingOne ? InterviewStrings.AckEdited(MarkdownText.Quote(answer)) : InterviewStrings.Acknowledge(field, MarkdownText.Quote(answer));
        await turn.SayAsync(ack);
        if (next is { } question)
        {
            await turn.SayAsync(InterviewStrings.Question(question));
            return;
        }

        if (profile?.Consent is null)
        {
            await turn.SayAsync(InterviewStrings.AskConsent);
        }

        await SendSummaryAsync(turn, profile);
    }

    // The next unanswered question in order, or none when all three are in.
    private static ProfileField? Next(ProfileField answered, Profile? profile) => answered switch
    {
        ProfileField.Accomplish => ProfileField.ConnectWith,
        ProfileField.ConnectWith => ProfileField.Offer,
        _ => profile is { IsComplete: false } incomplete
            ? string.IsNullOrEmpty(incomplete.Accomplish) ? ProfileField.Accomplish : ProfileField.ConnectWith
            : null,
    };
}
