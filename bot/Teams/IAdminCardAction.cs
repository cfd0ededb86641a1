using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams;

/// <summary>A button on an admin card. Only reached after <see cref="AdminCardActions"/> has checked tenant, team and admin rights.</summary>
public interface IAdminCardAction
{
    bool Handles(string verb);

    Task<InvokeResponse> RunAsync(AdminTurn turn, CardAction action);
}
