using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Matching;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Teams.Settings;

/// <summary>The settings cards: what the channel sees, the admin's form, the match-now preview and its result.</summary>
public static partial class SettingsCards
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
                TextBlock(SettingsStrings.OpenedBy(CardText.Escape(openerName)), isSubtle: true))
            .AddActions(open)
            .WithRefresh(open, [openerUserId])
            .ToJsonElement();
    }

    /// <summary>
    /// The form, filled from <paramref name="draft"/> as typed; <paramref name="notes"/> go above it (saved, not saved),
    /// and each of <paramref name="errors"/> (by input id) right below the input it concerns.
    /// </summary>
    public static JsonElement Form(TeamSettings team, SettingsDraft draft, TeamChannelList channels, string nextRound, IReadOnlyList<string> notes, IReadOnlyDictionary<string, string> errors, string openerUserId)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(errors);
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

        Field(card, errors, CardInputs.ChoiceSet(SettingsDraft.ChannelId, SettingsStrings.ChannelLabel, draft.Channel, channels.Channels.Select(c => (c.Name, c.Id)), SettingsStrings.BadChannel));
        Field(card, errors, CardInputs.ChoiceSet(SettingsDraft.CadenceId, SettingsStrings.CadenceLabel, draft.Cadence, Enum.GetValues<Cadence>().Select(c => (SettingsStrings.CadenceName(c), c.ToString())), SettingsStrings.BadCadence));
        Field(card, errors, CardInputs.ChoiceSet(SettingsDraft.DayId, SettingsStrings.DayLabel, draft.Day, WeekDays().Select(d => (SettingsStrings.DayName(d), d.ToString())), SettingsStrings.BadDay));
        Field(card, errors, CardInputs.ChoiceSet(SettingsDraft.HourId, SettingsStrings.HourLabel, draft.Hour, Enumerable.Range(0, 24).Select(h => (SettingsStrings.HourName(h), h.ToString(System.Globalization.CultureInfo.InvariantCulture))), SettingsStrings.BadHour));
        Field(card, errors, CardInputs.Text(SettingsDraft.TimeZoneId, SettingsStrings.TimeZoneLabel, draft.TimeZone, SettingsStrings.TimeZonePlaceholder, maxLength: 64, requiredMessage: SettingsStrings.TimeZoneRequired));
        NumberField(card, errors, SettingsDraft.IntrosPerMemberId, SettingsStrings.PerMemberLabel, draft.IntrosPerMember, 1, 3, SettingsStrings.BadPerMember);
        NumberField(card, errors, SettingsDraft.ChannelIntrosId, SettingsStrings.ChannelIntrosLabel, draft.ChannelIntros, SettingsDraft.MinChannelIntros, SettingsDraft.MaxChannelIntros, SettingsStrings.BadChannelIntros);
        NumberField(card, errors, SettingsDraft.CooldownDaysId, SettingsStrings.CooldownLabel, draft.CooldownDays, 0, 365, SettingsStrings.BadCooldown);
        Field(card, errors, CardInputs.ChoiceSet(SettingsDraft.OddHeadcountId, SettingsStrings.OddLabel, draft.OddHeadcount, Enum.GetValues<OddHeadcountPolicy>().Select(p => (SettingsStrings.OddName(p), p.ToString())), SettingsStrings.BadOdd, compact: false));
        card.Add(CardInputs.Toggle(SettingsDraft.PausedId, SettingsStrings.PausedToggle, draft.Paused == "true"));
        card.Add(CardInputs.Toggle(SettingsDraft.DigestOnId, SettingsStrings.DigestToggle, draft.DigestOn != "false"));

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

    private static void Field(AdaptiveCard card, IReadOnlyDictionary<string, string> errors, JsonObject input)
    {
        card.Add(input);
        if (errors.TryGetValue(input["id"]!.GetValue<string>(), out var error))
        {
            card.Add(Problem(error));
        }
    }

    // The number goes back exactly as typed, out of range or fractional; text that is no number can't sit in a number
    // input, so the line below names it instead.
    private static void NumberField(AdaptiveCard card, IReadOnlyDictionary<string, string> errors, string id, string label, string typed, int min, int max, string errorMessage)
    {
        var number = SettingsDraft.AsTyped(typed);
        card.Add(CardInputs.Number(id, label, number, min, max, errorMessage));
        if (errors.TryGetValue(id, out var error))
        {
            card.Add(Problem(number is null && typed.Trim().Length > 0
                ? SettingsStrings.NotANumber(CardText.Escape(typed.Trim()), error)
                : error));
        }
    }

    private static JsonObject Problem(string error)
    {
        var line = TextBlock(SettingsStrings.FieldProblem(error), size: TextSize.Small);
        line["color"] = "attention";
        line["spacing"] = "small";
        return line;
    }
}
