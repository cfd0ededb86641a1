using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Invitations;

/// <summary>The progress card of "invite everyone", rendered from the job alone so every update tells the same story.</summary>
public static class InvitationCards
{
    public static JsonElement Progress(InvitationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var card = new AdaptiveCard().Add(
            TextBlock(InvitationStrings.Title, TextWeight.Bolder, TextSize.Medium),
            TextBlock(InvitationStrings.Explained, isSubtle: true));

        switch (job.State)
        {
            case InvitationState.Done:
                card.Add(Container(
                    [TextBlock(InvitationStrings.Done, TextWeight.Bolder), TextBlock(InvitationStrings.ProgressLine(job))],
                    separator: true));
                break;
            case InvitationState.Stopped:
                card.Add(Container(
                    [TextBlock(InvitationStrings.Stopped, TextWeight.Bolder), TextBlock(InvitationStrings.ProgressLine(job))],
                    separator: true));
                break;
            default:
                var lines = new List<JsonObject> { TextBlock(InvitationStrings.ProgressLine(job)) };
                if (job.IsPaused)
                {
                    lines.Add(TextBlock(InvitationStrings.Paused, isSubtle: true));
                }

                card.Add(Container(lines, separator: true));
                break;
        }

        var startedBy = string.IsNullOrWhiteSpace(job.StartedByName)
            ? InvitationStrings.StartedByUnknown
            : InvitationStrings.StartedBy(CardText.Escape(job.StartedByName));
        card.Add(TextBlock(startedBy, size: TextSize.Small, isSubtle: true));
        return card.ToJsonElement();
    }
}
