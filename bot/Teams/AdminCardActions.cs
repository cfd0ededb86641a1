using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams;

/// <summary>Every admin card button: checked by <see cref="AdminGate"/> first, then handed to the feature that owns the verb.</summary>
public sealed class AdminCardActions(IEnumerable<IAdminCardAction> actions, AdminGate gate, ILogger<AdminCardActions> logger) : ICardActionHandler
{
    public bool Handles(string verb) => AdminVerbs.IsAdminVerb(verb);

    public async Task<InvokeResponse> OnCardActionAsync(TurnContext turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var owner = actions.FirstOrDefault(a => a.Handles(action.Verb));
        if (owner is null)
        {
            logger.LogWarning("No admin feature handles the verb {Verb}.", action.Verb);
            return InvokeResponse.Error(400, "UnknownAction", AdminStrings.UnknownAction);
        }

        var check = await gate.CheckAsync(turn, AdminVerbs.ReadTeamId(action)).ConfigureAwait(false);
        if (check.Admin is null)
        {
            if (!action.IsExecute)
            {
                await turn.SendTextAsync(check.Refusal!).ConfigureAwait(false);
            }

            return InvokeResponse.Message(check.Refusal!);
        }

        return await owner.RunAsync(check.Admin, action).ConfigureAwait(false);
    }
}
