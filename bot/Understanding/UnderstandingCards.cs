using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Interview;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Understanding;

/// <summary>
/// The playback of how a member's answers were understood, as Adaptive Card 1.5: a section for the summary card and the
/// card sent when an understanding is ready, with "That's not it" per answer and "Add words". Everything shown that came
/// from the member or from a source (which may echo the member) goes in through <see cref="CardText"/>.
/// </summary>
public static class UnderstandingCards
{
    /// <summary>Longest input of words, in characters (as the member types it, commas included).</summary>
    public const int MaxWordsInputLength = 300;

    /// <summary>
    /// "Here's how I understood you" with each answered question's understanding, or "I'm still thinking" while none is
    /// made; null when the member has answered nothing.
    /// </summary>
    public static JsonObject? Section(Profile profile, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding> understandings, PlaybackPlace place)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(understandings);
        var answered = AnswerKinds.Answers.Where(k => AnswerKinds.AnswerOf(profile, k) is not null).ToList();
        if (answered.Count == 0)
        {
            return null;
        }

        var items = new List<JsonObject> { TextBlock(UnderstandingStrings.SectionTitle, TextWeight.Bolder) };
        if (!answered.Any(k => HasSomethingToShow(understandings.GetValueOrDefault(k), AnswerKinds.AnswerOf(profile, k))))
        {
            items.Add(TextBlock(UnderstandingStrings.StillThinking, isSubtle: true));
        }
        else
        {
            // Truthful about what counts: a generated reading the matcher does not read is offered as a guess to correct.
            var read = answered.Any(k => understandings.GetValueOrDefault(k) is { } u && UnderstoodText.IsRead(u, AnswerKinds.AnswerOf(profile, k)!));
            items.Add(TextBlock(read ? UnderstandingStrings.SectionIntro : UnderstandingStrings.SectionIntroGuess, isSubtle: true));
            items.AddRange(answered.Select(k => AnswerPart(profile, k, understandings.GetValueOrDefault(k), place)));
        }

        items.Add(ActionSet(AddWords(profile, answered, understandings, place)));
        return Container(items, separator: place == PlaybackPlace.Summary);
    }

    /// <summary>The message sent when an understanding is ready: a line, then the section.</summary>
    public static JsonElement Playback(Profile profile, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding> understandings)
    {
        var card = new AdaptiveCard().Add(TextBlock(UnderstandingStrings.PlaybackIntro));
        if (Section(profile, understandings, PlaybackPlace.Playback) is { } section)
        {
            card.Add(section);
        }

        return card.ToJsonElement();
    }

    private static bool HasSomethingToShow(AnswerUnderstanding? understanding, string? answer) =>
        understanding is not null && (understanding.MemberWords.Count > 0 || (understanding.IsGenerated && understanding.IsOf(answer)));

    private static JsonObject AnswerPart(Profile profile, AnswerKind kind, AnswerUnderstanding? understanding, PlaybackPlace place)
    {
        var answer = AnswerKinds.AnswerOf(profile, kind)!;
        var lines = new List<JsonObject> { TextBlock(UnderstandingStrings.Label(kind), TextWeight.Bolder, isSubtle: true) };
        var generated = understanding is { IsGenerated: true } && understanding.IsOf(answer);
        var used = generated && UnderstoodText.IsShown(understanding!, answer);
        var plain = used && UnderstoodText.SaysItDifferently(understanding!, answer);
        if (plain)
        {
            lines.Add(TextBlock(UnderstandingStrings.InPlainWords(CardText.Escape(understanding!.Plain.Trim()))));
        }

        var memberWords = understanding is null ? [] : UnderstoodText.WordsOf(understanding, withGenerated: false);
        if (memberWords.Count > 0)
        {
            lines.Add(TextBlock(UnderstandingStrings.YourWords(Listed(memberWords))));
        }

        var related = used ? UnderstoodText.WordsOf(understanding!, withGenerated: true).Skip(memberWords.Count).ToList() : [];
        if (related.Count > 0)
        {
            lines.Add(TextBlock(UnderstandingStrings.RelatedWords(Listed(related))));
        }

        if (!generated)
        {
            lines.Add(TextBlock(UnderstandingStrings.StillThinkingOne, isSubtle: true));
        }
        else if (!used)
        {
            lines.Add(TextBlock(UnderstandingStrings.RejectedNote, isSubtle: true));
        }
        else if (!plain && related.Count == 0)
        {
            lines.Add(TextBlock(UnderstandingStrings.NothingToAdd, isSubtle: true));
        }
        else
        {
            lines.Add(ActionSet(CardActions.ExecuteAction(
                UnderstandingStrings.RejectButton,
                UnderstandingVerbs.Reject,
                new JsonObject
                {
                    [UnderstandingVerbs.TenantKey] = profile.TenantId,
                    [UnderstandingVerbs.AnswerKey] = AnswerKinds.Name(kind),
                    [UnderstandingVerbs.AnswerHashKey] = understanding!.AnswerHash,
                    [UnderstandingVerbs.PlaceKey] = UnderstandingVerbs.PlaceName(place),
                })));
        }

        return Container(lines, spacing: "medium");
    }

    /// <summary>"Add words": a form with one input per answered question, holding the member's words so far, and Save.</summary>
    private static JsonObject AddWords(Profile profile, List<AnswerKind> answered, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding> understandings, PlaybackPlace place)
    {
        var form = new AdaptiveCard().Add(TextBlock(UnderstandingStrings.AddWordsExplained, isSubtle: true));
        foreach (var kind in answered)
        {
            var words = understandings.GetValueOrDefault(kind)?.MemberWords ?? [];

            // Input values are plain text, never rendered as markdown: the member's words go in as they are.
            form.Add(CardInputs.Text(
                UnderstandingVerbs.WordsInputId(kind),
                UnderstandingStrings.Label(kind),
                words.Count > 0 ? string.Join(", ", words) : null,
                UnderstandingStrings.WordsPlaceholder,
                MaxWordsInputLength));
        }

        form.AddActions(CardActions.ExecuteAction(
            UnderstandingStrings.SaveWordsButton,
            UnderstandingVerbs.SaveWords,
            new JsonObject
            {
                [UnderstandingVerbs.TenantKey] = profile.TenantId,
                [UnderstandingVerbs.PlaceKey] = UnderstandingVerbs.PlaceName(place),
            },
            CardActions.Positive));
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = UnderstandingStrings.AddWordsButton, ["card"] = form.ToJsonObject() };
    }

    private static string Listed(IEnumerable<string> words) => string.Join(", ", words.Select(CardText.Escape));
}
