using ConnectorBot.BotFramework;
using ConnectorBot.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Teams.Owners;

/// <summary>A test-only admin command ("@ConnectorBot probe"): answers only when the gate let the sender in.</summary>
public sealed class ProbeCommand
{
    public const string Word = "probe";
    public const string Answer = "probe: you are an admin here";

    /// <summary>Adds the command and its admin-only route to a test bot.</summary>
    public static void AddTo(IServiceCollection services) => services
        .AddSingleton<ProbeCommand>()
        .AddRoutes(routes => routes.OnTeamCommand<ProbeCommand>(Word, (probe, admin, _) => probe.RunAsync(admin)));

    public Task RunAsync(AdminTurn turn) => turn.Turn.SendTextAsync(Answer);
}
