using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>What a turn needs of the connector: send into its conversation and change what it sent.</summary>
public interface IConversationSender
{
    /// <summary>Sends into a conversation; returns the new activity's id when the channel gives one.</summary>
    Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);
}
