namespace ConnectorBot.BotFramework.Turns;

/// <summary>A feature's answer to messages: handlers are asked in registration order until one takes the message.</summary>
public interface IMessageHandler
{
    Task<bool> TryHandleMessageAsync(TurnContext turn);
}

/// <summary>Told of every conversationUpdate (members added or removed, team and channel events).</summary>
public interface IConversationUpdateHandler
{
    Task OnConversationUpdateAsync(TurnContext turn);
}

/// <summary>Told of every installationUpdate (add, remove, add-upgrade, remove-upgrade).</summary>
public interface IInstallationUpdateHandler
{
    Task OnInstallationUpdateAsync(TurnContext turn);
}

/// <summary>Handles the card actions whose verbs it owns.</summary>
public interface ICardActionHandler
{
    bool Handles(string verb);

    Task<InvokeResponse> OnCardActionAsync(TurnContext turn, CardAction action);
}

/// <summary>Handles the member's answer to the file consent cards whose kind it owns (see <see cref="Files.FileConsentAnswer.KindField"/>).</summary>
public interface IFileConsentHandler
{
    bool Handles(string kind);

    Task<InvokeResponse> OnFileConsentAsync(TurnContext turn, Files.FileConsentAnswer answer);
}

/// <summary>The reply when no message handler took a message.</summary>
public interface IFallbackMessageHandler
{
    Task OnUnhandledMessageAsync(TurnContext turn);
}
