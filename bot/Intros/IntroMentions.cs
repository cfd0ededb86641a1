using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Intros;

/// <summary>
/// @mentions of an intro's members inside an Adaptive Card: the "&lt;at&gt;Name&lt;/at&gt;" text goes in a TextBlock and
/// the same text, with the member's id, in the card's msteams.entities. The label is escaped so a name cannot close
/// the tag or add markup; the entity carries the real name.
/// </summary>
public static class IntroMentions
{
    // First-strong isolates keep a right-to-left name from reordering the "↔" and the other name.
    private const string Isolate = "\u2068";
    private const string PopIsolate = "\u2069";

    public static string Tag(IntroParty party) => "<at>" + CardText.Escape(party.Name) + "</at>";

    /// <summary>"&lt;at&gt;A&lt;/at&gt; ↔ &lt;at&gt;B&lt;/at&gt;", each isolated.</summary>
    public static string Title(IEnumerable<IntroParty> parties) =>
        string.Join(IntrosStrings.TitleSeparator, parties.Select(p => Isolate + Tag(p) + PopIsolate));

    /// <summary>The card's "msteams" object: one mention entity per member, full width for the channel.</summary>
    public static JsonObject MsTeams(IEnumerable<IntroParty> parties)
    {
        var entities = new JsonArray();
        foreach (var party in parties)
        {
            entities.Add(new JsonObject
            {
                ["type"] = Entity.MentionType,
                ["text"] = Tag(party),
                ["mentioned"] = new JsonObject { ["id"] = party.UserId, ["name"] = party.Name },
            });
        }

        return new JsonObject { ["width"] = "Full", ["entities"] = entities };
    }
}
