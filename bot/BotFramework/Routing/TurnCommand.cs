namespace ConnectorBot.BotFramework.Routing;

/// <summary>
/// A message read as a command, once per turn, by its scope's reader: <see cref="Name"/> selects the route, and
/// <see cref="Parsed"/> keeps the reader's own richer form for the handler, so nobody parses the text again.
/// </summary>
public sealed record TurnCommand(string Name, string Arguments)
{
    public object? Parsed { get; init; }

    /// <summary>The reader's own form of the command, when it is a <typeparamref name="T"/>.</summary>
    public T? As<T>()
        where T : class => Parsed as T;
}
