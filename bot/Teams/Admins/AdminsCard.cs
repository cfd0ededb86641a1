using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Teams.Settings;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Teams.Admins;

/// <summary>The admin list card: each named admin with a Remove button (hidden when only one is left), and how to add more.</summary>
public static class AdminsCard
{
    public const string MemberIdKey = "memberId";
    public const string ShowVerb = "admin.admins.show";
    public const string RemoveVerb = "admin.admins.remove";

    public static JsonElement Build(TeamSettings team, IReadOnlyList<AdminMember> admins, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(admins);
        var card = new AdaptiveCard().Add(
            TextBlock(AdminsStrings.Title, TextWeight.Bolder, TextSize.Medium),
            TextBlock(AdminsStrings.Explained, isSubtle: true));
        if (note is not null)
        {
            card.Add(TextBlock(note, TextWeight.Bolder));
        }

        foreach (var admin in admins)
        {
            var name = admin.Name is { Length: > 0 } known ? CardText.Escape(known) : AdminsStrings.UnknownName;
            var row = new JsonObject
            {
                ["type"] = "ColumnSet",
                ["separator"] = true,
                ["columns"] = new JsonArray(
                    new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["verticalContentAlignment"] = "center", ["items"] = new JsonArray(TextBlock(name)) },
                    new JsonObject { ["type"] = "Column", ["width"] = "auto", ["items"] = admins.Count > 1 ? new JsonArray(ActionSet(Remove(team, admin))) : [] }),
            };
            card.Add(row);
        }

        card.Add(TextBlock(AdminsStrings.HowToAdd, isSubtle: true));
        return card.ToJsonElement();
    }

    private static JsonObject Remove(TeamSettings team, AdminMember admin) =>
        CardActions.ExecuteAction(AdminsStrings.RemoveButton, RemoveVerb, new JsonObject { [AdminVerbs.TeamIdKey] = team.TeamId, [MemberIdKey] = admin.MemberId }, CardActions.Destructive);
}
