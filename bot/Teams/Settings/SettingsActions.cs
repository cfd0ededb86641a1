using System.Collections.ObjectModel;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros.MatchNow;

namespace ConnectorBot.Teams.Settings;

/// <summary>Opening the form and saving it: values validated against the team's real channels, saved ETag-guarded per team.</summary>
public sealed class SettingsActions(TeamSettingsStore teams, TeamChannels channels, AdminReplies replies, TimeProvider clock, ILogger<SettingsActions> logger)
{
    public async Task<InvokeResponse> OpenAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var list = await channels.ListAsync(turn.Team, turn.CancellationToken);
        return await FormAsync(turn, action, turn.Team, SettingsDraft.From(turn.Team), list, [], ReadOnlyDictionary<string, string>.Empty);
    }

    public async Task<InvokeResponse> SaveAsync(AdminTurn turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var list = await channels.ListAsync(turn.Team, turn.CancellationToken);
        var draft = SettingsDraft.Read(action, turn.Team);
        var validation = draft.Validate([.. list.Channels.Select(c => c.Id)]);
        if (validation.Apply is not { } apply)
        {
            return await FormAsync(turn, action, turn.Team, draft, list, [SettingsStrings.NotSaved], validation.Errors);
        }

        var now = clock.GetUtcNow();
        var saved = await teams.UpdateAsync(
            turn.Team.TenantId,
            turn.Team.TeamId,
            current => current is null ? null : Rescheduled(current, apply(current), now),
            turn.CancellationToken);
        if (saved is null)
        {
            return InvokeResponse.Message(AdminStrings.NotInstalled);
        }

        logger.LogInformation("Settings of team {TeamId} of tenant {TenantId} saved by an admin.", saved.TeamId, saved.TenantId);
        return await FormAsync(turn, action, saved, SettingsDraft.From(saved), list, [SettingsStrings.Saved], ReadOnlyDictionary<string, string>.Empty);
    }

    // A new schedule (or a resume) counts from now: a slot missed while paused or under the old schedule is not run at
    // once, and rounds every two weeks start on the next chosen weekday rather than on the install week's fortnight.
    private static TeamSettings Rescheduled(TeamSettings before, TeamSettings after, DateTimeOffset now)
    {
        var scheduleChanged = before.Cadence != after.Cadence || before.Day != after.Day || before.Hour != after.Hour
            || before.TimeZone != after.TimeZone || (before.Paused && !after.Paused);
        if (!scheduleChanged)
        {
            return after;
        }

        var restarted = after with { ScheduleFrom = now };
        return (after.LastRoundAt ?? after.InstalledAt) < now ? restarted with { LastRoundAt = now } : restarted;
    }

    private Task<InvokeResponse> FormAsync(AdminTurn turn, CardAction action, TeamSettings team, SettingsDraft draft, TeamChannelList list, IReadOnlyList<string> notes, IReadOnlyDictionary<string, string> errors) =>
        replies.CardAsync(turn, action, SettingsCards.Form(team, draft, list, NextRound.Describe(team, clock.GetUtcNow()), notes, errors, turn.ActorUserId));
}
