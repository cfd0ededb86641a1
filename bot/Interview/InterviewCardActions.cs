using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>
/// The interview cards' buttons (Edit, share or not, forget confirm/cancel, stale Keep/Update), from
/// Action.Execute or its Action.Submit fallback. Only the member in their own personal chat can act:
/// the member is taken from the activity, never from the card's data.
/// </summary>
public sealed class InterviewCardActions(
    PersonalChatHandler chat,
    InterviewQuestions questions,
    ProfileChoices choices,
    MemberDataChoices data,
    SummaryCard summaryCard) : ICardActionHandler
{
    public bool Handles(string verb) => verb.StartsWith(InterviewVerbs.Prefix, StringComparison.Ordinal);

    public async Task<InvokeResponse> OnCardActionAsync(TurnContext turn, CardAction action)
    {
        if (!turn.IsPersonal || MemberKey.From(turn.Activity) is not { } member)
        {
            return InvokeResponse.Error(400, "NotHere", InterviewStrings.OnlyInPersonalChat);
        }

        var memberTurn = await chat.LoadAsync(turn, member).ConfigureAwait(false);

        // "forget me" reaches members without answers too (an admin list names them): their card must work.
        if (action.Verb == InterviewVerbs.ForgetConfirm)
        {
            return InvokeResponse.Message(await data.ConfirmFromCardAsync(memberTurn).ConfigureAwait(false));
        }

        if (action.Verb == InterviewVerbs.ForgetCancel)
        {
            return InvokeResponse.Message(await data.CancelFromCardAsync(memberTurn).ConfigureAwait(false));
        }

        if (memberTurn.Profile is null)
        {
            await memberTurn.SayAsync(InterviewStrings.NothingStored).ConfigureAwait(false);
            return InvokeResponse.Message(InterviewStrings.NothingStored);
        }

        switch (action.Verb)
        {
            case InterviewVerbs.Edit:
                await questions.StartEditAsync(memberTurn, InterviewVerbs.ReadField(action), all: false).ConfigureAwait(false);
                return InvokeResponse.Message(InterviewStrings.EditStarted);
            case InterviewVerbs.Consent:
                var profile = await choices.SetConsentAsync(memberTurn, InterviewVerbs.ReadConsent(action) == true).ConfigureAwait(false);
                return profile is null ? InvokeResponse.Message(InterviewStrings.NothingStored) : InvokeResponse.Card(await summaryCard.ForAsync(profile, turn.CancellationToken).ConfigureAwait(false));
            case InterviewVerbs.StaleKeep:
                await choices.KeepAnswersAsync(memberTurn).ConfigureAwait(false);
                return InvokeResponse.Message(InterviewStrings.StaleKept);
            case InterviewVerbs.Resume:
                await choices.ResumeAsync(memberTurn).ConfigureAwait(false);
                var resumed = await chat.LoadAsync(turn, member).ConfigureAwait(false);
                return resumed.Profile is null ? InvokeResponse.Message(InterviewStrings.NothingStored) : InvokeResponse.Card(await summaryCard.ForAsync(resumed.Profile, turn.CancellationToken).ConfigureAwait(false));
            case InterviewVerbs.StaleUpdate:
                await questions.StartEditAsync(memberTurn, field: null, all: true).ConfigureAwait(false);
                return InvokeResponse.Message(InterviewStrings.StaleUpdate);
            default:
                return InvokeResponse.Error(400, "UnknownAction", InterviewStrings.UnknownButton);
        }
    }
}
