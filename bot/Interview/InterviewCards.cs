using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Interview;

/// <summary>The cards of personal chat. Every member-typed string goes in through <see cref="CardText"/>.</summary>
public static class InterviewCards
{
    public static readonly IReadOnlyList<ProfileField> Fields = [ProfileField.Accomplish, ProfileField.ConnectWith, ProfileField.Offer];

    /// <summary>
    /// The three answers with an Edit button each, other features' <paramref name="sections"/> (already escaped), the
    /// consent choice, and whether the member is paused.
    /// </summary>
    public static JsonElement Summary(Profile profile, DateTimeOffset now, IReadOnlyList<JsonObject>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var card = new AdaptiveCard().Add(
            TextBlock(InterviewStrings.Cards.SummaryTitle, TextWeight.Bolder, TextSize.Medium),
            TextBlock(InterviewStrings.Cards.SummaryIntro, isSubtle: true));

        foreach (var field in Fields)
        {
            card.Add(AnswerSection(profile, field));
        }

        foreach (var section in sections ?? [])
        {
            card.Add(section);
        }

        card.Add(ConsentSection(profile.Consent, profile.IsPausedAt(now) ? profile.PausedUntil : null));

        return card.ToJsonElement();
    }

    /// <summary>The summary card's wording of one answer (escaped), for other features that show it.</summary>
    public static string AnswerShown(Profile profile, ProfileField field) => Shown(profile, field);

    public static string QuestionOf(ProfileField field) => Question(field);

    /// <summary>The summary card's sentence about sharing and pausing.</summary>
    public static string SharingLine(Profile profile, DateTimeOffset now) =>
        SharingState(profile.Consent, profile.IsPausedAt(now) ? profile.PausedUntil : null);

    /// <summary>"forget me" asks first: Delete (destructive) or Cancel, after other features' <paramref name="warnings"/> (already escaped).</summary>
    public static JsonElement ForgetConfirmation(IReadOnlyList<string>? warnings = null) =>
        new AdaptiveCard()
            .Add(
                TextBlock(InterviewStrings.Cards.ForgetTitle, TextWeight.Bolder, TextSize.Medium),
                TextBlock(InterviewStrings.Cards.ForgetExplained))
            .Add([.. (warnings ?? []).Select(Warning)])
            .AddActions(
                CardActions.ExecuteAction(InterviewStrings.Cards.ForgetButton, InterviewVerbs.ForgetConfirm, null, CardActions.Destructive),
                CardActions.ExecuteAction(InterviewStrings.Cards.CancelButton, InterviewVerbs.ForgetCancel, null))
            .ToJsonElement();

    private static JsonObject Warning(string text)
    {
        var block = TextBlock(text, TextWeight.Bolder);
        block["color"] = "attention";
        return block;
    }

    /// <summary>Before a new round, answers past their age: "Still hoping to “…”?" with Keep / Update.</summary>
    public static JsonElement StaleNudge(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var quoted = string.IsNullOrWhiteSpace(profile.Accomplish) ? string.Empty : CardText.Quote(profile.Accomplish);
        var question = quoted.Length == 0
            ? InterviewStrings.Cards.StaleQuestionNoAnswer
            : InterviewStrings.Cards.StaleQuestion(quoted);
        var card = new AdaptiveCard().Add(TextBlock(question, TextWeight.Bolder, wrap: true));
        if (profile.AnsweredAt is { } answeredAt)
        {
            card.Add(TextBlock(InterviewStrings.Cards.StaleAnsweredOn(CardDate(answeredAt)), isSubtle: true));
        }

        return card
            .Add(TextBlock(InterviewStrings.Cards.StaleExplained))
            .AddActions(
                CardActions.ExecuteAction(InterviewStrings.Cards.KeepButton, InterviewVerbs.StaleKeep, null, CardActions.Positive),
                CardActions.ExecuteAction(InterviewStrings.Cards.UpdateButton, InterviewVerbs.StaleUpdate, null))
            .ToJsonElement();
    }

    private static string Shown(Profile profile, ProfileField field)
    {
        var answer = profile.Answer(field);
        return !string.IsNullOrWhiteSpace(answer) ? CardText.Escape(answer)
            : field == ProfileField.Offer && profile.OfferSkipped ? InterviewStrings.Cards.Skipped
            : InterviewStrings.Cards.NotAnswered;
    }

    private static JsonObject AnswerSection(Profile profile, ProfileField field)
    {
        var answer = profile.Answer(field);
        var shown = Shown(profile, field);
        var edit = CardActions.ExecuteAction(
            InterviewStrings.Cards.EditButton,
            InterviewVerbs.Edit,
            new JsonObject { [InterviewVerbs.FieldKey] = InterviewVerbs.FieldName(field) });
        return Container(
            [
                TextBlock(Question(field), TextWeight.Bolder),
                TextBlock(shown, isSubtle: string.IsNullOrWhiteSpace(answer) ? true : null),
                ActionSet(edit),
            ],
            separator: true);
    }

    /// <summary>
    /// Where the member stands, one state at a time: a paused member is told they are paused (not also "shared") and
    /// offered Resume; once they said yes the card says what happens, not "if you say yes".
    /// </summary>
    private static JsonObject ConsentSection(bool? consent, DateTimeOffset? pausedUntil)
    {
        var state = SharingState(consent, pausedUntil);
        var buttons = consent switch
        {
            // Once chosen, only the way back is offered.
            true => new[] { ConsentButton(InterviewStrings.Cards.StopSharingButton, false) },
            false => [ConsentButton(InterviewStrings.Cards.ShareButton, true)],
            null => [ConsentButton(InterviewStrings.Cards.ShareButton, true), ConsentButton(InterviewStrings.Cards.PrivateButton, false)],
        };
        if (pausedUntil is not null)
        {
            buttons = [CardActions.ExecuteAction(InterviewStrings.Cards.ResumeButton, InterviewVerbs.Resume, null, CardActions.Positive), .. buttons];
        }

        return Container(
            [
                TextBlock(InterviewStrings.Cards.SharingTitle, TextWeight.Bolder),
                TextBlock(state),
                TextBlock(consent == true ? InterviewStrings.Cards.SharingExplainedGiven : InterviewStrings.Cards.SharingExplained, isSubtle: true),
                ActionSet(buttons),
            ],
            separator: true);
    }

    private static string SharingState(bool? consent, DateTimeOffset? pausedUntil) => (consent, pausedUntil) switch
    {
        (_, { } until) => PausedLine(until),
        (true, _) => InterviewStrings.Cards.ConsentGiven,
        (false, _) => InterviewStrings.Cards.ConsentRefused,
        (null, _) => InterviewStrings.Cards.ConsentUnset,
    };

    private static JsonObject ConsentButton(string title, bool choice) =>
        CardActions.ExecuteAction(
            title,
            InterviewVerbs.Consent,
            new JsonObject { [InterviewVerbs.ConsentKey] = choice },
            choice ? CardActions.Positive : null);

    private static string PausedLine(DateTimeOffset until) =>
        until == DateTimeOffset.MaxValue
            ? InterviewStrings.Cards.PausedUntilResume
            : InterviewStrings.Cards.PausedUntil(CardDate(until));

    private static string Question(ProfileField field) => field switch
    {
        ProfileField.Accomplish => InterviewStrings.Cards.QuestionAccomplish,
        ProfileField.ConnectWith => InterviewStrings.Cards.QuestionConnectWith,
        _ => InterviewStrings.Cards.QuestionOffer,
    };

    // The client renders DATE() in the member's own locale and time zone; it needs RFC 3339 in UTC.
    private static string CardDate(DateTimeOffset when) =>
        "{{DATE(" + when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + ",LONG)}}";
}
