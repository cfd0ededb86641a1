namespace ConnectorBot.Teams.Owners;

/// <summary>Microsoft Graph could not say who owns a team (unreachable, refused, unreadable). The message never holds a token.</summary>
public sealed class GraphException : Exception
{
    public GraphException()
    {
    }

    public GraphException(string message)
        : base(message)
    {
    }

    public GraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
