namespace ConnectorBot.BotFramework.Connector;

/// <summary>The token endpoint or managed identity did not give a token. The message never carries the secret.</summary>
public sealed class BotTokenException(string message, Exception? innerException = null) : Exception(message, innerException);
