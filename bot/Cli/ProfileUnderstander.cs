using ConnectorBot.Matching;
using ConnectorBot.Understanding;

namespace ConnectorBot.Cli;

/// <summary>
/// Gives the command line's profiles an understanding of each answer and title, as the bot's background refresher does
/// for members: every text on its own, each distinct text once.
/// </summary>
public sealed class ProfileUnderstander(IAnswerUnderstander understander)
{
    public List<MatchProfile> Understand(IReadOnlyList<MatchProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        Dictionary<(AnswerKind, string), string> seen = [];
        string Of(AnswerKind kind, string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return string.Empty;
            }

            if (!seen.TryGetValue((kind, text), out var after))
            {
                var understood = understander.UnderstandAsync(new AnswerToUnderstand(kind, text), CancellationToken.None).GetAwaiter().GetResult();
                seen[(kind, text)] = after = UnderstoodText.Of(text, understood.Plain, understood.Words);
            }

            return after;
        }

        return [.. profiles.Select(p => p with
        {
            Understood = new UnderstoodAnswers(
                Of(AnswerKind.Accomplish, p.Accomplish),
                Of(AnswerKind.ConnectWith, p.ConnectWith),
                Of(AnswerKind.Offer, p.Offer),
                Of(AnswerKind.Title, p.Title)),
        })];
    }
}
