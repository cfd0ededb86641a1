namespace ConnectorBot.BotFramework.Routing;

/// <summary>Where a message was typed: each place has its own commands and its own answer to the rest.</summary>
public enum ChatScope
{
    /// <summary>The member's 1:1 chat with the bot.</summary>
    Personal,

    /// <summary>A channel of a team (Teams only delivers messages that @mention the bot).</summary>
    TeamChannel,

    /// <summary>A group chat, or anything else without a team.</summary>
    GroupChat,
}
