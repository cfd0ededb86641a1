using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Teams.Settings;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Intros.MyIntros;

/// <summary>
/// "my intros" as one Adaptive Card 1.5: the newest intros (at most <see cref="MaxShown"/>, saying how many more there
/// are), each with the other people, its state, kind and day; then the member's never list. Every name goes in through
/// <see cref="CardText"/>; no id appears.
/// </summary>
public static class MyIntrosCard
{
    public const int MaxShown = 20;

    /// <param name="lines">Every intro naming the member, in any order.</param>
    /// <param name="never">The display names on the member's never list.</param>
    public static JsonElement For(IReadOnlyCollection<MyIntroLine> lines, IReadOnlyList<string> never)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(never);
        var card = new AdaptiveCard().Add(TextBlock(MyIntrosStrings.Title, TextWeight.Bolder, TextSize.Large));
        if (lines.Count == 0)
        {
            card.Add(TextBlock(MyIntrosStrings.None));
        }
        else
        {
            card.Add(TextBlock(MyIntrosStrings.Count(lines.Count), isSubtle: true));
            foreach (var line in lines.OrderByDescending(l => l.At).Take(MaxShown))
            {
                card.Add(Line(line));
            }

            if (lines.Count > MaxShown)
            {
                card.Add(TextBlock(MyIntrosStrings.Older(lines.Count - MaxShown), isSubtle: true));
            }
        }

        card.Add(Container(
            [
                TextBlock(MyIntrosStrings.NeverTitle, TextWeight.Bolder),
                TextBlock(never.Count == 0 ? MyIntrosStrings.NeverEmpty : MyIntrosStrings.NeverNames(string.Join(", ", never.Select(Name)))),
            ],
            separator: true));
        return card.ToJsonElement();
    }

    private static JsonObject Line(MyIntroLine line)
    {
        var others = line.Others.Count == 0 ? MyIntrosStrings.SomeColleague : string.Join(MyIntrosStrings.NamesJoiner, line.Others.Select(Name));
        var kind = MyIntrosStrings.Kind(line.Kind, string.IsNullOrWhiteSpace(line.TeamName) ? null : CardText.Escape(line.TeamName));
        return Container(
            [
                TextBlock(MyIntrosStrings.With(others), TextWeight.Bolder),
                TextBlock(MyIntrosStrings.State(line.State)),
                TextBlock(MyIntrosStrings.KindAndDay(kind, TeamDates.Day(line.At, line.Clock)), size: TextSize.Small, isSubtle: true),
            ],
            separator: true);
    }

    private static string Name(string name) => string.IsNullOrWhiteSpace(name) ? MyIntrosStrings.SomeColleague : CardText.Escape(name.Trim());
}
