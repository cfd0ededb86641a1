using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>
/// Everything a member types in personal chat: a pending "forget me" confirmation first, then commands
/// (whole short phrases only), then the answer to the question awaiting one. A first message from
/// someone unknown gets the welcome. Nothing typed is ignored: the rest gets a pointer to help. The command was read
/// once by the router (<see cref="MemberCommand.Read"/>); what it means here depends on where the member is in the
/// conversation, so member commands other than "help" are answered here rather than by a route of their own.
/// </summary>
public sealed class PersonalChatHandler(
    ProfileStore profiles,
    InterviewSessionStore sessions,
    InterviewQuestions questions,
    ProfileChoices choices,
    MemberDataChoices data,
    ExportReply export)
{
    public async Task RunAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            // Nobody to keep answers for: the same pointer to help as any unhandled message.
            await turn.SendTextAsync(InterviewStrings.NotUnderstood);
            return;
        }

        var text = turn.Text;
        var command = turn.Command?.As<MemberCommand>();
        var memberTurn = await LoadAsync(turn, member);

        // Without answers a member starts afresh, whatever session row is left (one who said "forget me", then "no").
        if (memberTurn.Profile is null && memberTurn.Session?.ConfirmingForget != true)
        {
            await (command?.Kind switch
            {
                // No answers yet, but other features may name them (an admin list): export and forget reach every store.
                MemberCommandKind.Export => export.SendAsync(memberTurn),
                MemberCommandKind.ForgetMe => data.AskForgetAsync(memberTurn),
                MemberCommandKind.Show => memberTurn.SayAsync(InterviewStrings.NothingStored),
                _ => questions.WelcomeAsync(memberTurn),
            });
            return;
        }

        if (memberTurn.Session?.ConfirmingForget == true)
        {
            await (command?.Kind switch
            {
                MemberCommandKind.Yes or MemberCommandKind.ForgetMe => data.ForgetAsync(memberTurn),
                MemberCommandKind.No or MemberCommandKind.Cancel or MemberCommandKind.Skip => data.KeepAsync(memberTurn),
                _ => memberTurn.SayAsync(InterviewStrings.ForgetYesOrNo),
            });
            return;
        }

        if (command is not null)
        {
            await RunCommandAsync(memberTurn, command);
            return;
        }

        if (Greeting.Is(text))
        {
            await questions.GreetBackAsync(memberTurn);
            return;
        }

        if (memberTurn.Session?.Awaiting is { } field)
        {
            await questions.AnswerAsync(memberTurn, field, text);
            return;
        }

        await memberTurn.SayAsync(InterviewStrings.NotUnderstoodPersonal);
    }

    public async Task<MemberTurn> LoadAsync(TurnContext turn, MemberKey member)
    {
        // Two independent rows: on Table Storage, read side by side, a turn waits for one round trip instead of two.
        var profile = profiles.GetAsync(member, turn.CancellationToken);
        var session = sessions.GetAsync(member, turn.CancellationToken);
        await Task.WhenAll(profile, session);
        return new MemberTurn(turn, member, await profile, await session);
    }

    private Task RunCommandAsync(MemberTurn turn, MemberCommand command) => command.Kind switch
    {
        MemberCommandKind.Show => choices.ShowAsync(turn),
        MemberCommandKind.Edit => questions.StartEditAsync(turn, command.Field, command.All),
        MemberCommandKind.Pause => choices.PauseAsync(turn, command.Weeks),
        MemberCommandKind.Resume => choices.ResumeAsync(turn),
        MemberCommandKind.ForgetMe => data.AskForgetAsync(turn),
        MemberCommandKind.Export => export.SendAsync(turn),
        MemberCommandKind.Cancel => questions.CancelAsync(turn),
        MemberCommandKind.Draft => questions.ShowDraftAsync(turn),
        MemberCommandKind.Skip when turn.Session?.Awaiting is { } field => questions.SkipAsync(turn, field),
        MemberCommandKind.Yes or MemberCommandKind.No when AwaitsConsent(turn) => choices.SetConsentAsync(turn, command.Kind == MemberCommandKind.Yes),
        // "yes", "no", "skip" and friends can also be real answers to a question.
        _ when turn.Session?.Awaiting is { } field => questions.AnswerAsync(turn, field, turn.Turn.Text),
        _ => turn.SayAsync(InterviewStrings.NotUnderstoodPersonal),
    };

    private static bool AwaitsConsent(MemberTurn turn) =>
        turn.Session?.Awaiting is null && turn.Profile is { IsComplete: true, Consent: null };
}
