using System.Text.Json;

using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Asks;

/// <summary>The card an ask answers with: the need, each colleague found with why, and an Ask button per colleague not asked yet.</summary>
public static class AskCards
{
    private const int NeedLength = 160;

    public static JsonElement Candidates(AskRecord ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var card = new AdaptiveCard().Add(
            TextBlock(AsksStrings.CardKicker, size: TextSize.Small, isSubtle: true),
            TextBlock(AsksStrings.CardTitle(CardText.Quote(ask.Need, NeedLength)), TextWeight.Bolder, TextSize.Medium),
            TextBlock(AsksStrings.CardExplained, isSubtle: true));
        foreach (var candidate in ask.Candidates)
        {
            var name = CardText.Escape(candidate.Name);
            var lines = new List<System.Text.Json.Nodes.JsonObject>
            {
                TextBlock(name, TextWeight.Bolder),
                TextBlock(CardText.Escape(candidate.Reason)),
            };
            if (candidate.PickedAt is null)
            {
                lines.Add(ActionSet(CardActions.ExecuteAction(
                    AsksStrings.AskButton(candidate.Name),
                    AsksVerbs.Pick,
                    new System.Text.Json.Nodes.JsonObject { [AsksVerbs.AskIdKey] = ask.AskId, [AsksVerbs.MemberIdKey] = candidate.MemberId })));
            }
            else
            {
                lines.Add(TextBlock(AsksStrings.Asked(name), isSubtle: true));
            }

            card.Add(Container(lines, separator: true));
        }

        return card.ToJsonElement();
    }
}
