using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Teams;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Invitations;

/// <summary>What asking for "invite everyone" led to: the team's job (new or already running), or a refusal to show.</summary>
public sealed record InvitationStart(InvitationJob? Job, bool Started, string? Refusal)
{
    public static InvitationStart Refused(string refusal) => new(null, false, refusal);
}

/// <summary>
/// Starts a team's pass for an admin, once: the job row is created only when none is running (ETag-guarded, so two
/// clicks at once make one job), then the progress card is posted in the conversation the admin asked in and its id
/// recorded. Asked again while a pass runs, it just hands back that pass.
/// </summary>
public sealed class InvitationStarter(
    InvitationStore jobs,
    InvitationWakeUp wakeUp,
    IOptions<InvitationOptions> options,
    TimeProvider clock,
    ILogger<InvitationStarter> logger)
{
    public async Task<InvitationStart> StartAsync(AdminTurn admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var team = admin.Team;
        if (string.IsNullOrEmpty(team.BotId))
        {
            return InvitationStart.Refused(InvitationStrings.NoBotId);
        }

        var now = clock.GetUtcNow();
        var started = false;
        var job = await jobs.UpdateAsync(
            team.TenantId,
            team.TeamId,
            current =>
            {
                started = current is null || current.IsFinished;
                return started
                    ? new InvitationJob
                    {
                        TenantId = team.TenantId,
                        TeamId = team.TeamId,
                        Pass = (current?.Pass ?? 0) + 1,
                        ServiceUrl = team.ServiceUrl,
                        BotId = team.BotId,
                        ConversationId = admin.Turn.Activity.Conversation?.Id,

                        // Held back until the card is recorded, so the worker never posts a second one.
                        NextAttemptAt = now + options.Value.StartGrace,
                        StartedBy = admin.ActorId,
                        StartedByName = admin.ActorName,
                        StartedAt = now,
                    }
                    : null;
            },
            admin.CancellationToken);
        if (job is null)
        {
            throw new InvalidOperationException("The invitation job was neither stored nor found.");
        }

        if (!started)
        {
            return new InvitationStart(job, false, null);
        }

        logger.LogInformation("Invite everyone: pass {Pass} started in team {TeamId} of tenant {TenantId}.", job.Pass, team.TeamId, team.TenantId);
        var cardId = await PostCardAsync(admin, job);
        var ready = await jobs.UpdateAsync(
            team.TenantId,
            team.TeamId,
            current => current?.Pass == job.Pass ? current with { CardActivityId = current.CardActivityId ?? cardId, NextAttemptAt = clock.GetUtcNow() } : null,
            admin.CancellationToken);
        wakeUp.Wake();
        return new InvitationStart(ready ?? job, true, null);
    }

    private async Task<string?> PostCardAsync(AdminTurn admin, InvitationJob job)
    {
        try
        {
            return await admin.Turn.SendCardAsync(InvitationCards.Progress(job), InvitationStrings.Title);
        }
        catch (ConnectorException e)
        {
            // The invitations matter more than the card: they go ahead, and the click's answer still shows progress.
            logger.LogWarning("Could not post the invitation progress card in team {TeamId}: {Outcome} ({Status}).", job.TeamId, e.Outcome, e.StatusCode);
            return null;
        }
    }
}
