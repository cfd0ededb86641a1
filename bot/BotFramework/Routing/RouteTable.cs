using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.BotFramework.Routing;

/// <summary>
/// Every way into the bot, each mapped once: card verbs, typed commands per <see cref="ChatScope"/> (read once per
/// message by the scope's reader), what each scope does with the rest of its messages, named lifecycle events and file
/// consent kinds. A second route for the same key throws while the table is built, so a clash stops the bot at start-up
/// instead of sending a click to whichever feature registered first. The routes themselves are listed in <c>Routes.cs</c>.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, VerbRoute> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unknownVerbAnswers = new(StringComparer.Ordinal);
    private readonly Dictionary<ChatScope, Func<string, TurnCommand?>> _readers = [];
    private readonly Dictionary<(ChatScope Scope, string Name), MessageRoute> _commands = [];
    private readonly Dictionary<ChatScope, MessageRoute> _otherMessages = [];
    private readonly Dictionary<LifecycleKind, LifecycleRoute> _lifecycle = [];
    private readonly Dictionary<string, FileConsentRoute> _fileConsents = new(StringComparer.Ordinal);
    private MessageRoute? _unhandled;

    public RouteTable OnVerb(string verb, VerbRoute route) => Add(_verbs, verb, route, $"the card verb '{verb}'");

    public RouteTable OnVerb<THandler>(string verb, Func<THandler, TurnContext, CardAction, Task<InvokeResponse>> handle)
        where THandler : notnull =>
        OnVerb(verb, (services, turn, action) => handle(services.GetRequiredService<THandler>(), turn, action));

    /// <summary>The answer to a verb of <paramref name="prefix"/> that no route takes (a card from an older version).</summary>
    public RouteTable OnUnknownVerb(string prefix, string answer) => Add(_unknownVerbAnswers, prefix, answer, $"unknown verbs of '{prefix}'");

    /// <summary>How messages in <paramref name="scope"/> are read as commands; the result travels with the turn (<see cref="TurnContext.Command"/>).</summary>
    public RouteTable ReadCommands(ChatScope scope, Func<string, TurnCommand?> reader) => Add(_readers, scope, reader, $"the command reader of {scope}");

    public RouteTable OnCommand(ChatScope scope, string name, MessageRoute route) => Add(_commands, (scope, name), route, $"the {scope} command '{name}'");

    public RouteTable OnCommand<THandler>(ChatScope scope, string name, Func<THandler, TurnContext, Task> handle)
        where THandler : notnull =>
        OnCommand(scope, name, (services, turn) => handle(services.GetRequiredService<THandler>(), turn));

    /// <summary>What <paramref name="scope"/> does with a message no command of it takes.</summary>
    public RouteTable OnOtherMessage(ChatScope scope, MessageRoute route) => Add(_otherMessages, scope, route, $"the other messages of {scope}");

    public RouteTable OnOtherMessage<THandler>(ChatScope scope, Func<THandler, TurnContext, Task> handle)
        where THandler : notnull =>
        OnOtherMessage(scope, (services, turn) => handle(services.GetRequiredService<THandler>(), turn));

    /// <summary>The answer to a message nothing else takes, in any scope.</summary>
    public RouteTable OnUnhandledMessage(MessageRoute route)
    {
        if (_unhandled is not null)
        {
            throw Duplicate("the unhandled messages");
        }

        _unhandled = route;
        return this;
    }

    public RouteTable OnLifecycle(LifecycleKind kind, LifecycleRoute route) => Add(_lifecycle, kind, route, $"the lifecycle event {kind}");

    public RouteTable OnLifecycle<THandler>(LifecycleKind kind, Func<THandler, TurnContext, LifecycleEvent, Task> handle)
        where THandler : notnull =>
        OnLifecycle(kind, (services, turn, lifecycle) => handle(services.GetRequiredService<THandler>(), turn, lifecycle));

    /// <summary>Answers to file consent cards whose context names <paramref name="kind"/> (<see cref="FileConsentAnswer.KindField"/>).</summary>
    public RouteTable OnFileConsent<THandler>(string kind, Func<THandler, TurnContext, FileConsentAnswer, Task<InvokeResponse>> handle)
        where THandler : notnull =>
        Add(_fileConsents, kind, (services, turn, answer) => handle(services.GetRequiredService<THandler>(), turn, answer), $"the file consent kind '{kind}'");

    public VerbRoute? Verb(string verb) => _verbs.GetValueOrDefault(verb);

    public string? UnknownVerbAnswer(string verb) =>
        _unknownVerbAnswers.Where(p => verb.StartsWith(p.Key, StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault();

    public TurnCommand? ReadCommand(ChatScope scope, string text) => _readers.TryGetValue(scope, out var read) ? read(text) : null;

    public MessageRoute? Command(ChatScope scope, string name) => _commands.GetValueOrDefault((scope, name));

    public MessageRoute? OtherMessage(ChatScope scope) => _otherMessages.GetValueOrDefault(scope);

    public MessageRoute? UnhandledMessage => _unhandled;

    public LifecycleRoute? Lifecycle(LifecycleKind kind) => _lifecycle.GetValueOrDefault(kind);

    public FileConsentRoute? FileConsent(string kind) => _fileConsents.GetValueOrDefault(kind);

    /// <summary>The verbs with a route, for start-up checks and tests.</summary>
    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    private RouteTable Add<TKey, TValue>(Dictionary<TKey, TValue> routes, TKey key, TValue value, string what)
        where TKey : notnull
    {
        if (!routes.TryAdd(key, value))
        {
            throw Duplicate(what);
        }

        return this;
    }

    private static InvalidOperationException Duplicate(string what) =>
        new($"Two routes for {what}: each verb, command, event and file kind has exactly one handler. See Routes.cs.");
}
