using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MatchNow;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Teams.Settings;

/// <summary>The match-now preview: the admin's look at a round before it is posted.</summary>
public static partial class SettingsCards
{
    /// <summary>
    /// Most intros a preview lists, best first: the ones the channel gets first (its default limit is 25). A big team's
    /// round has hundreds, and listing them all takes the card far past what Teams accepts.
    /// </summary>
    public const int PreviewIntros = 20;

    /// <summary>Most people the preview names as left over; the rest are counted.</summary>
    public const int PreviewFirstInLineNames = 10;

    /// <summary>
    /// The most a preview's JSON may take, as sent: Teams refuses a message past about 28 KB, and the activity around the
    /// card needs some of that.
    /// </summary>
    public const int PreviewBytes = 26_000;

    /// <summary>
    /// What posting now would do, for the admin only; names and reasons come from members' answers and are escaped.
    /// A big round's preview lists only its best intros and counts the rest, which Post makes as planned.
    /// </summary>
    public static JsonElement Preview(TeamSettings team, RoundPlan plan, string channelName, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(names);
        if (plan.NewIntros.Count == 0)
        {
            return PreviewHeader(team)
                .Add(
                    TextBlock(SettingsStrings.PreviewNobody),
                    TextBlock(SettingsStrings.PreviewEligible(plan.Eligible)),
                    TextBlock(SettingsStrings.PreviewInviteHint, isSubtle: true))
                .AddActions(CardActions.ExecuteAction(SettingsStrings.BackButton, SettingsVerbs.Open, TeamData(team)))
                .ToJsonElement();
        }

        var listed = ChannelCap.BestFirst(plan.NewIntros).Take(PreviewIntros).ToList();
        var card = PreviewListing(team, plan, channelName, names, listed);

        // Long names and reasons: fewer of the best are listed until the card is one Teams accepts.
        while (listed.Count > 1 && Encoding.UTF8.GetByteCount(card.ToJsonString(BotJson.Options)) > PreviewBytes)
        {
            listed.RemoveAt(listed.Count - 1);
            card = PreviewListing(team, plan, channelName, names, listed);
        }

        return JsonSerializer.SerializeToElement(card);
    }

    private static AdaptiveCard PreviewHeader(TeamSettings team)
    {
        var card = new AdaptiveCard().Add(TextBlock(SettingsStrings.PreviewTitle, TextWeight.Bolder, TextSize.Medium));
        if (team.Paused)
        {
            card.Add(TextBlock(SettingsStrings.PreviewPausedNote, isSubtle: true));
        }

        return card;
    }

    /// <summary>The preview with a switch for each of <paramref name="listed"/>, and a count of the new intros not listed.</summary>
    private static JsonObject PreviewListing(TeamSettings team, RoundPlan plan, string channelName, IReadOnlyDictionary<string, string> names, IReadOnlyList<IntroRecord> listed)
    {
        var channel = CardText.Escape(channelName);
        var privately = plan.NewIntros.Count - team.ChannelIntrosPerRound;
        var unlisted = plan.NewIntros.Count - listed.Count;
        var card = PreviewHeader(team).Add(
            TextBlock(privately > 0
                ? SettingsStrings.PreviewSummaryOverCap(SettingsStrings.Intros(plan.NewIntros.Count), team.ChannelIntrosPerRound, channel, privately)
                : SettingsStrings.PreviewSummary(SettingsStrings.Intros(plan.NewIntros.Count), channel)),
            TextBlock(SettingsStrings.PreviewEligible(plan.Eligible), isSubtle: true),
            TextBlock(unlisted > 0 ? SettingsStrings.PreviewDropHintListed(listed.Count) : SettingsStrings.PreviewDropHint, isSubtle: true));
        foreach (var intro in listed)
        {
            var title = string.Join(IntrosStrings.TitleSeparator, intro.Parties.Select(p => CardText.Escape(p.Name)));
            card.Add(Container(
                [
                    TextBlock($"**{title}** · {SettingsStrings.ScoreLabel} {intro.Score:0.00}"),
                    // The reason as the channel card will show it: whole, escaped, not quoted again.
                    TextBlock(CardText.Escape(IntroNames.Reason(intro)), isSubtle: true),
                    CardInputs.Toggle(PreviewChoice.InputId(intro.IntroId), SettingsStrings.KeepToggle, value: true),
                ],
                separator: true));
        }

        if (unlisted > 0)
        {
            card.Add(TextBlock(SettingsStrings.PreviewMore(unlisted), TextWeight.Bolder));
        }

        if (plan.FirstInLine.Count > 0)
        {
            var waiting = string.Join(", ", plan.FirstInLine.Take(PreviewFirstInLineNames).Select(id => CardText.Escape(names.GetValueOrDefault(id) ?? IntrosStrings.SomeColleague)));
            var others = plan.FirstInLine.Count - PreviewFirstInLineNames;
            card.Add(TextBlock(others > 0 ? SettingsStrings.PreviewFirstInLineAndOthers(waiting, others) : SettingsStrings.PreviewFirstInLine(waiting), isSubtle: true));
        }

        var post = new JsonObject { [AdminVerbs.TeamIdKey] = team.TeamId, [SettingsVerbs.RoundIdKey] = plan.RoundId };
        if (unlisted > 0)
        {
            // Post re-plans the round: without this, the intros the card never listed would have no switch on and be dropped.
            post[PreviewChoice.UnlistedKey] = true;
        }

        return card.AddActions(
                CardActions.ExecuteAction(SettingsStrings.PostButton, SettingsVerbs.MatchPost, post, CardActions.Positive),
                CardActions.ExecuteAction(SettingsStrings.BackButton, SettingsVerbs.Open, TeamData(team)))
            .ToJsonObject();
    }
}
