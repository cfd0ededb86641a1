using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Interview;

using Microsoft.Extensions.Options;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Asks;

/// <summary>The summary card's "Need a hand with something now?": a box for the need and a button that asks.</summary>
public sealed class AskSummarySection(IOptions<AsksOptions> options) : ISummarySection
{
    public Task<IReadOnlyList<JsonObject>> ForAsync(Profile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!profile.IsComplete)
        {
            return Task.FromResult<IReadOnlyList<JsonObject>>([]);
        }

        var section = Container(
            [
                TextBlock(AsksStrings.SummaryTitle, TextWeight.Bolder),
                TextBlock(AsksStrings.SummaryExplained, isSubtle: true),
                CardInputs.Text(AsksVerbs.NeedKey, AsksStrings.NeedLabel, null, AsksStrings.NeedPlaceholder, options.Value.MaxNeedLength),
                ActionSet(CardActions.ExecuteAction(AsksStrings.FindButton, AsksVerbs.Find, new JsonObject())),
            ],
            separator: true);
        return Task.FromResult<IReadOnlyList<JsonObject>>([section]);
    }
}
