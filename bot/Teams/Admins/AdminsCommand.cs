using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Teams.Admins;

/// <summary>
/// "@ConnectorBot admins" shows the list; "admins add @name …" and "admins remove @name …" change it. People are taken
/// from the message's mention entities (never from typed names), resolved to AAD ids through the team roster.
/// </summary>
public sealed class AdminsCommand(TeamAdmins admins, ILogger<AdminsCommand> logger)
{
    /// <summary>The command word.</summary>
    public const string Name = "admins";

    public async Task RunAsync(AdminTurn turn, string arguments)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(arguments);
        var verb = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        var adding = verb is "add" or "+";
        var removing = verb is "remove" or "rm" or "delete" or "-";
        if (!adding && !removing)
        {
            var list = await admins.ListAsync(turn.Team, turn.CancellationToken);
            await turn.Turn.SendCardAsync(AdminsCard.Build(turn.Team, list), AdminsStrings.Title);
            return;
        }

        var botId = turn.Turn.Activity.Recipient?.Id;
        var mentioned = (turn.Turn.Activity.Entities ?? [])
            .OfType<Entity>()
            .Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id is { Length: > 0 } id && id != botId)
            .Select(e => e.Mentioned!)
            .DistinctBy(m => m.Id)
            .ToList();
        if (mentioned.Count == 0)
        {
            await turn.Turn.SendTextAsync(AdminsStrings.NoMention);
            return;
        }

        var lines = new List<string>();
        foreach (var person in mentioned)
        {
            var name = MarkdownText.Escape(person.Name ?? string.Empty);
            TeamsChannelAccount? member;
            try
            {
                member = await admins.FindMemberAsync(turn.Team, person.Id!, turn.CancellationToken);
            }
            catch (ConnectorException e)
            {
                logger.LogWarning("Could not look up a mentioned member of team {TeamId}: {Outcome} ({Status}).", turn.Team.TeamId, e.Outcome, e.StatusCode);
                lines.Add(AdminsStrings.LookupFailed);
                break;
            }

            if (member?.EntraObjectId is not { } memberId)
            {
                lines.Add(AdminsStrings.NotInTeam(name));
                continue;
            }

            var change = adding
                ? await admins.AddAsync(turn.Team, memberId, turn.CancellationToken)
                : await admins.RemoveAsync(turn.Team, memberId, turn.CancellationToken);
            lines.Add(AdminsReply.Sentence(change, name));
        }

        await turn.Turn.SendTextAsync(string.Join("\n\n", lines));
    }
}
