using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Admin;

/// <summary>A button on an admin card. Only reached after <see cref="AdminCardActions"/> has checked tenant, team and admin rights.</summary>
public interface IAdminCardAction
{
    bool Handles(string verb);

    Task<InvokeResponse> RunAsync(AdminTurn turn, CardAction action);
}
