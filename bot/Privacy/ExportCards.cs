using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Privacy;

/// <summary>The cards of "export". Every member-typed string goes in through <see cref="CardText"/>.</summary>
public static class ExportCards
{
    /// <summary>
    /// "export", in the member's terms: their answers and sharing choice as the summary card words them, then how many
    /// of each other kind of record there is (the file has the rest; the answers' own row is shown as the answers, not
    /// counted). No table or field name appears.
    /// </summary>
    public static JsonElement ExportSummary(MemberExport export, Profile? profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(export);
        var card = new AdaptiveCard().Add(
            TextBlock(PrivacyStrings.Title, TextWeight.Bolder, TextSize.Medium),
            TextBlock(PrivacyStrings.Intro, isSubtle: true));

        if (profile is not null)
        {
            var answers = new List<JsonObject> { TextBlock(PrivacyStrings.AnswersTitle, TextWeight.Bolder) };
            foreach (var field in InterviewCards.Fields)
            {
                answers.Add(TextBlock(InterviewCards.QuestionOf(field), isSubtle: true));
                answers.Add(TextBlock(InterviewCards.AnswerShown(profile, field)));
            }

            answers.Add(TextBlock(InterviewCards.SharingLine(profile, now)));
            answers.Add(TextBlock(PrivacyStrings.AnswersWithThem, isSubtle: true));
            card.Add(Container(answers, separator: true));
        }

        var others = export.Tables
            .Where(table => table.Key != ProfileStore.TableName)
            .GroupBy(table => PrivacyStrings.Kind(table.Key), StringComparer.Ordinal)
            .Select(kind => (kind.Key, kind.Sum(table => table.Value.Count).ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        if (others.Length > 0)
        {
            card.Add(Container(
                [
                    TextBlock(PrivacyStrings.AlsoTitle, TextWeight.Bolder),
                    TextBlock(PrivacyStrings.AlsoIntro, isSubtle: true),
                    FactSet(others),
                ],
                separator: true));
        }

        return card.ToJsonElement();
    }

    /// <summary>
    /// The complete copy where no file can be shown (the Agents Playground): the file's name, then its JSON behind a
    /// button, monospaced and wrapped to the chat column, escaped as any text a member wrote.
    /// </summary>
    public static JsonElement ExportCopy(MemberExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var json = TextBlock(CardText.Escape(export.ToJson()));
        json["fontType"] = "Monospace";
        return new AdaptiveCard()
            .Add(TextBlock(PrivacyStrings.CopyTitle(CardText.Escape(export.FileName)), TextWeight.Bolder))
            .AddActions(CardActions.ShowCard(PrivacyStrings.ShowCopy, new AdaptiveCard().Add(json)))
            .ToJsonElement();
    }
}
