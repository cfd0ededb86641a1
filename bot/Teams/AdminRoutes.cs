using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams;

/// <summary>
/// Admin-only routes: the route declares its access, and <see cref="AdminGate"/> runs before the handler, which only
/// ever receives a checked <see cref="AdminTurn"/>. Team commands are read by their first word.
/// </summary>
public static class AdminRoutes
{
    /// <summary>A team channel message as a command: its first word, lower case, and the rest.</summary>
    public static TurnCommand ReadTeamCommand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('.', '!', '?').Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var word = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        return new TurnCommand(word, space < 0 ? string.Empty : trimmed[(space + 1)..].Trim());
    }

    /// <summary>A button of an admin card, for the team's admins only (the card's team must be the channel's).</summary>
    public static RouteTable OnAdminVerb<THandler>(this RouteTable routes, string verb, Func<THandler, AdminTurn, CardAction, Task<InvokeResponse>> handle)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.OnVerb(verb, async (services, turn, action) =>
        {
            var check = await services.GetRequiredService<AdminGate>().CheckAsync(turn, AdminVerbs.ReadTeamId(action));
            if (check.Admin is null)
            {
                // An Action.Submit click shows no invoke answer: the refusal is said in the conversation.
                if (!action.IsExecute)
                {
                    await turn.SendTextAsync(check.Refusal!);
                }

                return InvokeResponse.Message(check.Refusal!);
            }

            return await handle(services.GetRequiredService<THandler>(), check.Admin, action);
        });
    }

    /// <summary>"@ConnectorBot {name} …" in a team channel, for whom <paramref name="access"/> lets in; everyone else is refused politely.</summary>
    public static RouteTable OnTeamCommand<THandler>(this RouteTable routes, string name, Func<THandler, AdminTurn, string, Task> handle, TeamCommandAccess access = TeamCommandAccess.Admins)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.OnCommand(ChatScope.TeamChannel, name, async (services, turn) =>
        {
            var gate = services.GetRequiredService<AdminGate>();
            var check = access == TeamCommandAccess.AnyoneWhileNoAdmin
                ? await gate.CheckClaimAsync(turn)
                : await gate.CheckAsync(turn);
            if (check.Admin is null)
            {
                await turn.SendTextAsync(check.Refusal!);
                return;
            }

            await handle(services.GetRequiredService<THandler>(), check.Admin, turn.Command?.Arguments ?? string.Empty);
        });
    }
}
