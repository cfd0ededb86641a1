using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>A personal-chat turn with the member it is about and what is stored for them.</summary>
public sealed record MemberTurn(TurnContext Turn, MemberKey Member, Profile? Profile, InterviewSession? Session)
{
    public CancellationToken CancellationToken => Turn.CancellationToken;

    public PersonalChat? Chat =>
        Turn.Activity.ServiceUrl is { } serviceUrl && Member.ConversationId is { } conversation
            ? new PersonalChat(serviceUrl, conversation, Member.UserId, Turn.Activity.Recipient?.Id)
            : null;

    public Task SayAsync(string markdown) => Turn.SendTextAsync(markdown);
}
