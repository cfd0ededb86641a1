using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Digest.Stores;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Digest;

/// <summary>
/// "digest on" / "digest off" / "digest" in personal chat: the member's own switch for the weekly digest, kept in the
/// digest's own store (on unless they said off). A member in the middle of the interview is answering a question, so
/// their text goes to the interview instead.
/// </summary>
public sealed class DigestCommand(DigestStore store, InterviewSessionStore sessions, PersonalChatHandler interview, ILogger<DigestCommand> logger)
{
    public async Task RunAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            await turn.SendTextAsync(DigestStrings.NotInATeam);
            return;
        }

        if (await sessions.GetAsync(member, turn.CancellationToken) is { Awaiting: not null } or { ConfirmingForget: true })
        {
            await interview.RunAsync(turn);
            return;
        }

        switch (turn.Command?.As<DigestChoice>()?.Switch ?? DigestSwitch.Status)
        {
            case DigestSwitch.Off:
                await store.UpdateMemberAsync(member.TenantId, member.MemberId, current => current with { Off = true }, turn.CancellationToken);
                logger.LogInformation("A member of tenant {TenantId} switched their digest off.", member.TenantId);
                await turn.SendTextAsync(DigestStrings.SwitchedOff);
                break;
            case DigestSwitch.On:
                await store.UpdateMemberAsync(member.TenantId, member.MemberId, current => current with { Off = false }, turn.CancellationToken);
                logger.LogInformation("A member of tenant {TenantId} switched their digest on.", member.TenantId);
                await turn.SendTextAsync(DigestStrings.SwitchedOn);
                break;
            default:
                var off = (await store.GetMemberAsync(member.TenantId, member.MemberId, turn.CancellationToken))?.Off == true;
                await turn.SendTextAsync(off ? DigestStrings.StatusOff : DigestStrings.StatusOn);
                break;
        }
    }
}
