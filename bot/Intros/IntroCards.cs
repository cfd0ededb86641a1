using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Intros;

/// <summary>The cards of intros. Every member-typed string (names, answers, the reason) goes in through <see cref="CardText"/>.</summary>
public static class IntroCards
{
    // Longer than a chat echo: the card is the only place the channel sees the answers.
    private const int QuoteLength = 160;

    /// <summary>
    /// The channel card for any state, rendered from the record alone so updates for everyone stay consistent:
    /// the mentioned names, each one's answers, the reason, then the status line and Accept / Not now while open.
    /// </summary>
    public static JsonElement Suggestion(IntroRecord intro)
    {
        ArgumentNullException.ThrowIfNull(intro);
        if (intro.WithdrawnAt is not null)
        {
            return Withdrawn();
        }

        var card = new AdaptiveCard().Add(
            TextBlock(IntrosStrings.Kicker, size: TextSize.Small, isSubtle: true),
            TextBlock(IntroMentions.Title(intro.Parties), TextWeight.Bolder, TextSize.Medium));

        foreach (var party in intro.Parties)
        {
            if (PartySection(party) is { } section)
            {
                card.Add(section);
            }
        }

        card.Add(Container(
            [TextBlock(IntrosStrings.ReasonTitle, TextWeight.Bolder), TextBlock(CardText.Escape(IntroNames.Reason(intro)))],
            separator: true));

        var status = IntroStatuses.Of(intro);
        card.Add(Container(StatusLines(intro, status), separator: true));
        if (status is IntroStatus.Open or IntroStatus.Waiting)
        {
            var data = IntroData(intro);
            card.AddActions(
                CardActions.ExecuteAction(IntrosStrings.AcceptButton, IntrosVerbs.Accept, data, CardActions.Positive),
                CardActions.ExecuteAction(IntrosStrings.PassButton, IntrosVerbs.Pass, data));
        }

        return WithMentions(card, intro.Parties);
    }

    /// <summary>
    /// A withdrawn intro's card: no names, mentions, answers or buttons, and nothing saying who asked, so the person still
    /// named reads a neutral line and the channel no longer shows the member who was forgotten.
    /// </summary>
    public static JsonElement Withdrawn() =>
        new AdaptiveCard().Add(
            TextBlock(IntrosStrings.Kicker, size: TextSize.Small, isSubtle: true),
            TextBlock(IntrosStrings.WithdrawnTitle, TextWeight.Bolder, TextSize.Medium),
            TextBlock(IntrosStrings.WithdrawnDetail, isSubtle: true))
        .ToJsonElement();

    /// <summary>The private answer to someone not named who clicks a button: plain text, names as they are.</summary>
    public static string NotForYou(IntroRecord intro)
    {
        ArgumentNullException.ThrowIfNull(intro);
        return IntrosStrings.NotForYou(IntrosStrings.JoinNames([.. intro.Parties.Select(p => Isolated(p.Name))]));
    }

    /// <summary>"Did you meet B?" sent 1:1 to <paramref name="me"/>, with the four answers.</summary>
    public static JsonElement FollowUp(IntroRecord intro, IntroParty me)
    {
        ArgumentNullException.ThrowIfNull(intro);
        var others = Others(intro, me);
        var card = new AdaptiveCard().Add(
            TextBlock(
                IntrosStrings.FollowUpQuestion(IntrosStrings.JoinNames([.. others.Select(p => CardText.Escape(p.Name))])),
                TextWeight.Bolder,
                TextSize.Medium),
            TextBlock(IntrosStrings.FollowUpExplained, isSubtle: true));
        foreach (var outcome in Enum.GetValues<MeetingOutcome>())
        {
            var data = IntroData(intro);
            data[IntrosVerbs.OutcomeKey] = IntrosVerbs.OutcomeName(outcome);
            card.AddActions(CardActions.ExecuteAction(
                IntrosStrings.FollowUpButton(outcome),
                IntrosVerbs.FollowUp,
                data,
                outcome is MeetingOutcome.Helped or MeetingOutcome.Met ? CardActions.Positive : null));
        }

        return card.ToJsonElement();
    }

    public static string FollowUpThanks(MeetingOutcome outcome) => IntrosStrings.Thanks(outcome);

    /// <summary>Everyone named except <paramref name="me"/>, who must be one of them.</summary>
    internal static IReadOnlyList<IntroParty> Others(IntroRecord intro, IntroParty me)
    {
        ArgumentNullException.ThrowIfNull(me);
        if (intro.Party(me.MemberId) is null)
        {
            throw new ArgumentException("The member is not named in this intro.", nameof(me));
        }

        return [.. intro.Parties.Where(p => p.MemberId != me.MemberId)];
    }

    private static JsonObject? PartySection(IntroParty party)
    {
        var facts = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(party.Accomplish))
        {
            facts.Add((IntrosStrings.HopingTo, CardText.Quote(party.Accomplish, QuoteLength)));
        }

        if (!string.IsNullOrWhiteSpace(party.ConnectWith))
        {
            facts.Add((IntrosStrings.LookingFor, CardText.Quote(party.ConnectWith, QuoteLength)));
        }

        return facts.Count == 0
            ? null
            : Container([TextBlock(CardText.Escape(party.Name), TextWeight.Bolder), FactSet([.. facts])], separator: true);
    }

    private static List<JsonObject> StatusLines(IntroRecord intro, IntroStatus status)
    {
        switch (status)
        {
            case IntroStatus.Waiting:
                var accepted = intro.Parties.Where(p => p.Decision == Decision.Accepted).Select(p => CardText.Escape(p.Name));
                var waiting = intro.Parties.Where(p => p.Decision is null).Select(p => CardText.Escape(p.Name));
                return [TextBlock(IntrosStrings.AcceptedWaiting(IntrosStrings.JoinNames([.. accepted]), IntrosStrings.JoinNames([.. waiting])))];
            case IntroStatus.Connected:
                List<JsonObject> lines = [TextBlock(IntrosStrings.Connected, TextWeight.Bolder), TextBlock(IntrosStrings.ConnectedDetail)];
                lines.AddRange(intro.Parties.Where(p => p.HandoffFailed).Select(p => TextBlock(HandoffMessage.CardNote(intro, p))));
                return lines;
            case IntroStatus.Closed:
                return [TextBlock(IntrosStrings.Closed, isSubtle: true)];
            case IntroStatus.Expired:
                return [TextBlock(IntrosStrings.Expired, isSubtle: true)];
            default:
                return [TextBlock(intro.Parties.Count > 2 ? IntrosStrings.OpenPromptGroup : IntrosStrings.OpenPromptPair)];
        }
    }

    private static JsonObject IntroData(IntroRecord intro) =>
        new() { [IntrosVerbs.IntroIdKey] = intro.IntroId, [IntrosVerbs.TeamIdKey] = intro.TeamId };

    private static JsonElement WithMentions(AdaptiveCard card, IEnumerable<IntroParty> parties)
    {
        var json = card.ToJsonObject();
        json["msteams"] = IntroMentions.MsTeams(parties);
        return JsonSerializer.SerializeToElement(json);
    }

    // Keeps a right-to-left name from reordering the plain sentence around it.
    private static string Isolated(string name) => "\u2068" + name + "\u2069";
}
