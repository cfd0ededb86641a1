using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.BotFramework.Routing;

/// <summary>Answers a message; the handler's services come from <paramref name="services"/> when it runs.</summary>
public delegate Task MessageRoute(IServiceProvider services, TurnContext turn);

/// <summary>Answers a card button with its verb's handler.</summary>
public delegate Task<InvokeResponse> VerbRoute(IServiceProvider services, TurnContext turn, CardAction action);

/// <summary>Acts on one named lifecycle event.</summary>
public delegate Task LifecycleRoute(IServiceProvider services, TurnContext turn, LifecycleEvent lifecycle);

/// <summary>Answers a file consent card of one kind.</summary>
public delegate Task<InvokeResponse> FileConsentRoute(IServiceProvider services, TurnContext turn, FileConsentAnswer answer);
