namespace ConnectorBot.BotFramework.Routing;

/// <summary>A set of routes to add to the <see cref="RouteTable"/> when it is built (see <see cref="BotRegistration.AddRoutes"/>).</summary>
public sealed record RouteMap(Action<RouteTable> Map);
