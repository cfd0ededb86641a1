using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Digest;

/// <summary>One need as the digest card shows it: what was remembered, and the need's text as its member wrote it.</summary>
public sealed record DigestItem(SentNeed Sent, string Need);

/// <summary>The digest card: the needs, each with who, why this member, and "Offer to help" until they offered. Member text escaped.</summary>
public static class DigestCards
{
    private const int NeedLength = 280;

    public static JsonElement Digest(IReadOnlyList<DigestItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var card = new AdaptiveCard().Add(
            TextBlock(DigestStrings.Kicker, size: TextSize.Small, isSubtle: true),
            TextBlock(DigestStrings.Title(items.Count), TextWeight.Bolder, TextSize.Medium),
            TextBlock(DigestStrings.Explained, isSubtle: true));
        foreach (var item in items)
        {
            var name = CardText.Escape(item.Sent.NeederName);
            var lines = new List<JsonObject>
            {
                TextBlock(DigestStrings.LooksFor(name), TextWeight.Bolder),
                TextBlock(CardText.Quote(item.Need, NeedLength)),
                TextBlock(DigestStrings.Why(CardText.Escape(item.Sent.Reason)), isSubtle: true),
            };
            if (item.Sent.OfferedAt is null)
            {
                lines.Add(ActionSet(CardActions.ExecuteAction(
                    DigestStrings.OfferButton(item.Sent.NeederName),
                    DigestVerbs.Offer,
                    new JsonObject { [DigestVerbs.NeederIdKey] = item.Sent.NeederId, [DigestVerbs.NeedHashKey] = item.Sent.NeedHash },
                    CardActions.Positive)));
            }
            else
            {
                lines.Add(TextBlock(DigestStrings.Offered(name), isSubtle: true));
            }

            card.Add(Container(lines, separator: true));
        }

        card.Add(TextBlock(DigestStrings.Footer, size: TextSize.Small, isSubtle: true));
        return card.ToJsonElement();
    }
}
