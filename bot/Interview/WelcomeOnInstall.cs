using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Interview;

/// <summary>Installing the bot in personal scope starts the interview for someone new; a known member only has their chat reference refreshed.</summary>
public sealed class WelcomeOnInstall(PersonalChatHandler chat, InterviewQuestions questions, ProfileStore profiles)
{
    public async Task OnInstalledAsync(TurnContext turn, LifecycleEvent installed)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            return;
        }

        var memberTurn = await chat.LoadAsync(turn, member);
        if (memberTurn.Profile is null && memberTurn.Session is null)
        {
            await questions.WelcomeAsync(memberTurn);
            return;
        }

        if (memberTurn.Chat is { } current && memberTurn.Profile?.Chat != current)
        {
            await profiles.UpdateAsync(member, p => p is null ? null : p with { Chat = current }, turn.CancellationToken);
        }
    }
}
