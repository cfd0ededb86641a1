using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Privacy;

namespace ConnectorBot.Interview;

/// <summary>
/// The interview cards' buttons (Edit, share or not, forget confirm/cancel, stale Keep/Update, Resume), one method per
/// verb, from Action.Execute or its Action.Submit fallback. Only the member in their own personal chat can act: the
/// member is taken from the activity, never from the card's data.
/// </summary>
public sealed class InterviewCardActions(
    PersonalChatHandler chat,
    InterviewQuestions questions,
    ProfileChoices choices,
    MemberDataChoices data,
    SummaryCard summaryCard)
{
    // "forget me" reaches members without answers too (an admin list names them): their card must work.
    public Task<InvokeResponse> ForgetConfirmAsync(TurnContext turn, CardAction action) =>
        ForMemberAsync(turn, async member => InvokeResponse.Message(await data.ConfirmFromCardAsync(member)));

    public Task<InvokeResponse> ForgetCancelAsync(TurnContext turn, CardAction action) =>
        ForMemberAsync(turn, async member => InvokeResponse.Message(await data.CancelFromCardAsync(member)));

    public Task<InvokeResponse> EditAsync(TurnContext turn, CardAction action) => ForAnsweredAsync(turn, async member =>
    {
        await questions.StartEditAsync(member, InterviewVerbs.ReadField(action), all: false);
        return InvokeResponse.Message(InterviewStrings.EditStarted);
    });

    public Task<InvokeResponse> ConsentAsync(TurnContext turn, CardAction action) => ForAnsweredAsync(turn, async member =>
    {
        var profile = await choices.SetConsentAsync(member, InterviewVerbs.ReadConsent(action) == true);
        return profile is null ? InvokeResponse.Message(InterviewStrings.NothingStored) : InvokeResponse.Card(await summaryCard.ForAsync(profile, turn.CancellationToken));
    });

    public Task<InvokeResponse> StaleKeepAsync(TurnContext turn, CardAction action) => ForAnsweredAsync(turn, async member =>
    {
        await choices.KeepAnswersAsync(member);
        return InvokeResponse.Message(InterviewStrings.StaleKept);
    });

    public Task<InvokeResponse> StaleUpdateAsync(TurnContext turn, CardAction action) => ForAnsweredAsync(turn, async member =>
    {
        await questions.StartEditAsync(member, field: null, all: true);
        return InvokeResponse.Message(InterviewStrings.StaleUpdate);
    });

    public Task<InvokeResponse> ResumeAsync(TurnContext turn, CardAction action) => ForAnsweredAsync(turn, async member =>
    {
        await choices.ResumeAsync(member);
        var resumed = await chat.LoadAsync(turn, member.Member);
        return resumed.Profile is null ? InvokeResponse.Message(InterviewStrings.NothingStored) : InvokeResponse.Card(await summaryCard.ForAsync(resumed.Profile, turn.CancellationToken));
    });

    private async Task<InvokeResponse> ForMemberAsync(TurnContext turn, Func<MemberTurn, Task<InvokeResponse>> act)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.IsPersonal || MemberKey.From(turn.Activity) is not { } member)
        {
            return InvokeResponse.Error(400, "NotHere", InterviewStrings.OnlyInPersonalChat);
        }

        return await act(await chat.LoadAsync(turn, member));
    }

    // The other buttons act on answers: without any, the member is told there is nothing stored.
    private Task<InvokeResponse> ForAnsweredAsync(TurnContext turn, Func<MemberTurn, Task<InvokeResponse>> act) => ForMemberAsync(turn, async member =>
    {
        if (member.Profile is null)
        {
            await member.SayAsync(InterviewStrings.NothingStored);
            return InvokeResponse.Message(InterviewStrings.NothingStored);
        }

        return await act(member);
    });
}
