using ConnectorBot.BotFramework.Routing;

namespace ConnectorBot.Telemetry;

/// <summary>
/// The <c>connectorbot.route</c> of a turn: which entry of the route table took it. Only names the table knows (a
/// registered verb, command or kind) are used, so the set stays small and no text a member typed becomes a name.
/// </summary>
public static class RouteNames
{
    public const string None = "none";
    public const string Unhandled = "unhandled";
    public const string UnknownVerb = "verb:unknown";
    public const string UnknownInvoke = "invoke:unknown";

    public static string Verb(string verb) => "verb:" + verb;

    public static string Command(ChatScope scope, string name) => $"command:{scope}:{name}";

    public static string OtherMessage(ChatScope scope) => $"message:{scope}";

    public static string Lifecycle(LifecycleKind kind) => "lifecycle:" + kind;

    public static string FileConsent(string kind) => "fileConsent:" + kind;
}
