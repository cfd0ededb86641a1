using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>
/// Everything a member types in personal chat: a pending "forget me" confirmation first, then commands
/// (whole short phrases only), then the answer to the question awaiting one. A first message from
/// someone unknown gets the welcome. Nothing typed is ignored: the rest gets a pointer to help.
/// </summary>
public sealed class PersonalChatHandler(
    ProfileStore profiles,
    InterviewSessionStore sessions,
    InterviewQuestions questions,
    ProfileChoices choices,
    MemberDataChoices data,
    ExportReply export) : IMessageHandler
{
    public async Task<bool> TryHandleMessageAsync(TurnContext turn)
    {
        if (!turn.IsPersonal || MemberKey.From(turn.Activity) is not { } member)
        {
            return false;
        }

        var text = turn.Text;
        var command = CommandParser.Parse(text);
        if (command?.Kind == MemberCommandKind.Help)
        {
            return false;
        }

        var memberTurn = await LoadAsync(turn, member).ConfigureAwait(false);

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
            }).ConfigureAwait(false);
            return true;
        }

        if (memberTurn.Session?.ConfirmingForget == true)
        {
            await (command?.Kind switch
            {
                MemberCommandKind.Yes or MemberCommandKind.ForgetMe => data.ForgetAsync(memberTurn),
                MemberCommandKind.No or MemberCommandKind.Cancel or MemberCommandKind.Skip => data.KeepAsync(memberTurn),
                _ => memberTurn.SayAsync(InterviewStrings.ForgetYesOrNo),
            }).ConfigureAwait(false);
            return true;
        }

        if (command is not null)
        {
            await RunAsync(memberTurn, command).ConfigureAwait(false);
            return true;
        }

        if (Greeting.Is(text))
        {
            await questions.GreetBackAsync(memberTurn).ConfigureAwait(false);
            return true;
        }

        if (memberTurn.Session?.Awaiting is { } field)
        {
            await questions.AnswerAsync(memberTurn, field, text).ConfigureAwait(false);
            return true;
        }

        await memberTurn.SayAsync(InterviewStrings.NotUnderstoodPersonal).ConfigureAwait(false);
        return true;
    }

    public async Task<MemberTurn> LoadAsync(TurnContext turn, MemberKey member)
    {
        var profile = await profiles.GetAsync(member, turn.CancellationToken).ConfigureAwait(false);
        var session = await sessions.GetAsync(member, turn.CancellationToken).ConfigureAwait(false);
        return new MemberTurn(turn, member, profile, session);
    }

    private Task RunAsync(MemberTurn turn, MemberCommand command) => command.Kind switch
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
