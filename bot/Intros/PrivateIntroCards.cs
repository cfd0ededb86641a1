using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Intros;

/// <summary>
/// The card a member gets 1:1 for an intro delivered privately: an ask (to the helper), an offer of help (to the member
/// in need) or a round intro beyond the channel's limit (to each). Rendered from the record and the member it is for,
/// so every update shows the same thing. Member text goes in through <see cref="CardText"/>.
/// </summary>
public static class PrivateIntroCards
{
    private const int QuoteLength = 280;

    public static JsonElement For(IntroRecord intro, IntroParty me)
    {
        ArgumentNullException.ThrowIfNull(intro);
        ArgumentNullException.ThrowIfNull(me);
        if (intro.WithdrawnAt is not null)
        {
            return IntroCards.Withdrawn();
        }

        var others = IntroCards.Others(intro, me);
        var otherNames = IntrosStrings.JoinNames([.. others.Select(p => CardText.Escape(p.Name))]);
        var card = new AdaptiveCard();
        switch (intro.Kind)
        {
            case IntroKind.Ask:
                var asker = others[0];
                card.Add(
                    TextBlock(IntrosStrings.Private.AskKicker, size: TextSize.Small, isSubtle: true),
                    TextBlock(IntrosStrings.Private.AskTitle(CardText.Escape(asker.Name)), TextWeight.Bolder, TextSize.Medium));
                AddFacts(card, (IntrosStrings.Private.AskNeed(CardText.Escape(asker.Name)), asker.ConnectWith), (IntrosStrings.Private.YourOffer, me.Offer));
                break;
            case IntroKind.Offer:
                var helper = others[0];
                card.Add(
                    TextBlock(IntrosStrings.Private.OfferKicker, size: TextSize.Small, isSubtle: true),
                    TextBlock(IntrosStrings.Private.OfferTitle(CardText.Escape(helper.Name)), TextWeight.Bolder, TextSize.Medium));
                AddFacts(card, (IntrosStrings.Private.YourNeed, me.ConnectWith), (IntrosStrings.Private.TheirOffer(CardText.Escape(helper.Name)), helper.Offer));
                break;
            default:
                card.Add(
                    TextBlock(IntrosStrings.Private.RoundKicker, size: TextSize.Small, isSubtle: true),
                    TextBlock(IntrosStrings.Private.RoundTitle(otherNames), TextWeight.Bolder, TextSize.Medium));
                foreach (var other in others)
                {
                    AddFacts(card, (IntrosStrings.HopingTo, other.Accomplish), (IntrosStrings.LookingFor, other.ConnectWith));
                }

                card.Add(Container(
                    [TextBlock(IntrosStrings.ReasonTitle, TextWeight.Bolder), TextBlock(CardText.Escape(IntroNames.Reason(intro)))],
                    separator: true));
                break;
        }

        card.Add(Container([TextBlock(Status(intro, me, others))], separator: true));
        if (intro.State == IntroState.Posted && me.Decision is null)
        {
            var data = new JsonObject { [IntrosVerbs.IntroIdKey] = intro.IntroId, [IntrosVerbs.TeamIdKey] = intro.TeamId };
            card.AddActions(
                CardActions.ExecuteAction(intro.Kind == IntroKind.Round ? IntrosStrings.AcceptButton : IntrosStrings.Private.YesButton, IntrosVerbs.Accept, data, CardActions.Positive),
                CardActions.ExecuteAction(intro.Kind == IntroKind.Offer ? IntrosStrings.Private.NoThanksButton : IntrosStrings.Private.NotNowButton, IntrosVerbs.Pass, data));
        }

        return card.ToJsonElement();
    }

    /// <summary>The status line for <paramref name="me"/>: never says who passed.</summary>
    private static string Status(IntroRecord intro, IntroParty me, IReadOnlyList<IntroParty> others)
    {
        switch (IntroStatuses.Of(intro))
        {
            case IntroStatus.Connected:
                return IntrosStrings.Connected + " " + IntrosStrings.ConnectedDetail;
            case IntroStatus.Closed:
                return IntrosStrings.Private.Closed;
            case IntroStatus.Expired:
                return IntrosStrings.Private.Expired;
        }

        if (me.Decision == Decision.Accepted)
        {
            return IntrosStrings.Private.YouAcceptedWaiting(IntrosStrings.JoinNames([.. others.Where(p => p.Decision is null).Select(p => CardText.Escape(p.Name))]));
        }

        var accepted = others.Where(p => p.Decision == Decision.Accepted).Select(p => CardText.Escape(p.Name)).ToList();
        return intro.Kind switch
        {
            IntroKind.Ask => IntrosStrings.Private.AskPrompt,
            IntroKind.Offer => IntrosStrings.Private.OfferPrompt,
            _ when accepted.Count > 0 => IntrosStrings.Private.TheyAcceptedWaiting(IntrosStrings.JoinNames(accepted)),
            _ => IntrosStrings.Private.RoundPrompt,
        };
    }

    private static void AddFacts(AdaptiveCard card, params (string Title, string? Answer)[] facts)
    {
        var shown = facts.Where(f => !string.IsNullOrWhiteSpace(f.Answer)).Select(f => (f.Title, CardText.Quote(f.Answer!, QuoteLength))).ToArray();
        if (shown.Length > 0)
        {
            card.Add(Container([FactSet(shown)], separator: true));
        }
    }
}
