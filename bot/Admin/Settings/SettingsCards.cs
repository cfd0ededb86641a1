using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Intros;
using ConnectorBot.Matching;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Admin.Settings;

/// <summary>The settings cards: what the channel sees, the admin's form, the match-now preview and its result.</summary>
public static class SettingsCards
{
    /// <summary>
    /// The card posted in the channel. Everyone sees who opened it; the admin's Teams client refreshes it into the
    /// form (user-specific view), and "Open settings" does the same by hand in clients without refresh.
    /// </summary>
    public static JsonElement Posted(TeamSettings team, string openerName, string openerUserId)
    {
        ArgumentNullException.ThrowIfNull(team);
        var open = CardActions.ExecuteAction(SettingsStrings.OpenButton, SettingsVerbs.Open, TeamData(team));
        return new AdaptiveCard()
            .Add(
                TextBlock(SettingsStrings.Title, TextWeight.Bolder, TextSize.Medium),
                TextBlock(SettingsStrings.Format(SettingsStrings.OpenedBy, CardText.Escape(openerName)), isSubtle: true))
            .AddActions(open)
            .WithRefresh(open, [openerUserId])
            .ToJsonElement();
    }

    /// <summary>The form, filled from <paramref name="draft"/>; <paramref name="notes"/> go above it (saved, errors, warnings).</summary>
    public static JsonElement Form(TeamSettings team, SettingsDraft draft, TeamChannelList channels, string nextRound, IReadOnlyList<string> notes, string openerUserId)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(channels);
        var card = new AdaptiveCard().Add(
            TextBlock(SettingsStrings.Title, TextWeight.Bolder, TextSize.Medium),
            TextBlock(nextRound));
        foreach (var note in notes)
        {
            card.Add(TextBlock(note, TextWeight.Bolder));
        }

        if (!channels.Complete)
        {
            card.Add(TextBlock(SettingsStrings.ChannelsUnavailable, isSubtle: true));
        }

        card.Add(
            CardInputs.ChoiceSet(SettingsDraft.ChannelId, SettingsStrings.ChannelLabel, draft.Channel, channels.Channels.Select(c => (c.Name, c.Id))),
            CardInputs.ChoiceSet(SettingsDraft.CadenceId, SettingsStrings.CadenceLabel, draft.Cadence, Enum.GetValues<Cadence>().Select(c => (SettingsStrings.CadenceName(c), c.ToString()))),
            CardInputs.ChoiceSet(SettingsDraft.DayId, SettingsStrings.DayLabel, draft.Day, WeekDays().Select(d => (SettingsStrings.DayName(d), d.ToString()))),
            CardInputs.ChoiceSet(SettingsDraft.HourId, SettingsStrings.HourLabel, draft.Hour, Enumerable.Range(0, 24).Select(h => (SettingsStrings.HourName(h), h.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            CardInputs.Text(SettingsDraft.TimeZoneId, SettingsStrings.TimeZoneLabel, draft.TimeZone, SettingsStrings.TimeZonePlaceholder, maxLength: 64),
            CardInputs.Number(SettingsDraft.IntrosPerMemberId, SettingsStrings.PerMemberLabel, Whole(draft.IntrosPerMember, team.IntrosPerMember), 1, 3),
            CardInputs.Number(SettingsDraft.CooldownDaysId, SettingsStrings.CooldownLabel, Whole(draft.CooldownDays, team.CooldownDays), 0, 365),
            CardInputs.ChoiceSet(SettingsDraft.OddHeadcountId, SettingsStrings.OddLabel, draft.OddHeadcount, Enum.GetValues<OddHeadcountPolicy>().Select(p => (SettingsStrings.OddName(p), p.ToString())), compact: false),
            CardInputs.Toggle(SettingsDraft.PausedId, SettingsStrings.PausedToggle, draft.Paused == "true"));

        var data = TeamData(team);
        card.AddActions(
            CardActions.ExecuteAction(SettingsStrings.SaveButton, SettingsVerbs.Save, data, CardActions.Positive),
            CardActions.ExecuteAction(SettingsStrings.MatchNowButton, SettingsVerbs.MatchPreview, data),
            CardActions.ExecuteAction(SettingsStrings.InviteButton, SettingsVerbs.InviteEveryone, data),
            CardActions.ExecuteAction(SettingsStrings.StatsButton, SettingsVerbs.Stats, data),
            CardActions.ExecuteAction(SettingsStrings.AdminsButton, SettingsVerbs.Admins, data));

        // Keeps the admin's own view current whenever Teams refreshes the card for them.
        return card.WithRefresh(CardActions.ExecuteAction(SettingsStrings.OpenButton, SettingsVerbs.Open, data), [openerUserId]).ToJsonElement();
    }

    /// <summary>What posting now would do, for the admin only; names and reasons come from members' answers and are escaped.</summary>
    public static JsonElement Preview(TeamSettings team, RoundPlan plan, string channelName, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(names);
        var card = new AdaptiveCard().Add(TextBlock(SettingsStrings.PreviewTitle, TextWeight.Bolder, TextSize.Medium));
        var data = TeamData(team);
        if (team.Paused)
        {
            card.Add(TextBlock(SettingsStrings.PreviewPausedNote, isSubtle: true));
        }

        if (plan.NewIntros.Count == 0)
        {
            card.Add(
                TextBlock(SettingsStrings.PreviewNobody),
                TextBlock(SettingsStrings.Format(SettingsStrings.PreviewEligible, plan.Eligible)),
                TextBlock(SettingsStrings.PreviewInviteHint, isSubtle: true));
            card.AddActions(CardActions.ExecuteAction(SettingsStrings.BackButton, SettingsVerbs.Open, data));
            return card.ToJsonElement();
        }

        card.Add(
            TextBlock(SettingsStrings.Format(SettingsStrings.PreviewSummary, SettingsStrings.Intros(plan.NewIntros.Count), CardText.Escape(channelName))),
            TextBlock(SettingsStrings.Format(SettingsStrings.PreviewEligible, plan.Eligible), isSubtle: true));
        foreach (var intro in plan.NewIntros)
        {
            var title = string.Join(IntrosStrings.TitleSeparator, intro.Parties.Select(p => CardText.Escape(p.Name)));
            card.Add(Container(
                [
                    TextBlock($"**{title}** · {SettingsStrings.ScoreLabel} {intro.Score:0.00}"),
                    // The reason as the channel card will show it: whole, escaped, not quoted again.
                    TextBlock(CardText.Escape(IntroNames.Reason(intro)), isSubtle: true),
                ],
                separator: true));
        }

        if (plan.FirstInLine.Count > 0)
        {
            var waiting = string.Join(", ", plan.FirstInLine.Select(id => CardText.Escape(names.GetValueOrDefault(id) ?? IntrosStrings.SomeColleague)));
            card.Add(TextBlock(SettingsStrings.Format(SettingsStrings.PreviewFirstInLine, waiting), isSubtle: true));
        }

        var post = new JsonObject { [AdminVerbs.TeamIdKey] = team.TeamId, [SettingsVerbs.RoundIdKey] = plan.RoundId };
        card.AddActions(
            CardActions.ExecuteAction(SettingsStrings.PostButton, SettingsVerbs.MatchPost, post, CardActions.Positive),
            CardActions.ExecuteAction(SettingsStrings.BackButton, SettingsVerbs.Open, data));
        return card.ToJsonElement();
    }

    /// <summary>A short result with the way back to the form.</summary>
    public static JsonElement Result(TeamSettings team, string markdown)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new AdaptiveCard()
            .Add(TextBlock(SettingsStrings.Title, TextWeight.Bolder, TextSize.Medium), TextBlock(markdown))
            .AddActions(CardActions.ExecuteAction(SettingsStrings.BackButton, SettingsVerbs.Open, TeamData(team)))
            .ToJsonElement();
    }

    private static JsonObject TeamData(TeamSettings team) => new() { [AdminVerbs.TeamIdKey] = team.TeamId };

    private static IEnumerable<DayOfWeek> WeekDays() => Enumerable.Range(1, 7).Select(d => (DayOfWeek)(d % 7));

    private static int Whole(string text, int fallback) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
