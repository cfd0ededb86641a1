using ConnectorBot.Asks.Stores;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Asks;

/// <summary>
/// Finds who can help with a need: the colleagues the asker shares a team with (same tenant), as <see cref="ReachRules"/>
/// allows, ranked by the matcher on the need's meaning and words, best first. Counts are logged, never the need.
/// </summary>
public sealed class AskSearch(
    TeamSettingsStore teams,
    TeamRosters rosters,
    ProfileStore profiles,
    INeverList never,
    AskStore asks,
    IAskMeanings meanings,
    AskIndexes indexes,
    IOptions<AsksOptions> options,
    TimeProvider clock,
    ILogger<AskSearch> logger)
{
    /// <summary>Up to <see cref="AsksOptions.Candidates"/> colleagues; null when the asker is in none of the tenant's teams.</summary>
    public async Task<IReadOnlyList<AskCandidate>?> FindAsync(string tenantId, string askerId, string need, CancellationToken cancellationToken)
    {
        var colleagues = await ColleaguesAsync(tenantId, askerId, cancellationToken);
        if (colleagues is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var excluded = await never.ExcludedForAsync(tenantId, askerId, cancellationToken);
        var eligible = new List<(MatchProfile Profile, TeamsChannelAccount Account, string TeamId)>();
        await foreach (var profile in profiles.ListAsync(tenantId, cancellationToken))
        {
            // Everyone who may be shown, the asker and their never list too: the same set for every asker of a team keeps
            // the prepared index reusable; the asker and the never list are left out of the results below.
            if (colleagues.TryGetValue(profile.MemberId, out var found) && ReachRules.MayBeShown(profile, now))
            {
                var name = IntroNames.Of(found.Account, profile) ?? IntrosStrings.SomeColleague;
                eligible.Add((MatchProfiles.From(profile with { Name = name }), found.Account, found.TeamId));
            }
        }

        var asker = new MatchProfile(askerId, string.Empty, string.Empty, string.Empty, string.Empty, need, string.Empty);
        var vectors = await VectorsAsync(tenantId, asker, [.. eligible.Select(e => e.Profile)], cancellationToken);
        // More than are shown: some may have been asked too often this week.
        var colleaguesWithMeanings = eligible.Select(e => vectors.Colleagues.TryGetValue(e.Profile.Id, out var meaning) ? e.Profile with { Meaning = meaning } : e.Profile).ToList();
        var ranked = AskRanker.Rank(indexes.For(tenantId, colleaguesWithMeanings), asker with { Meaning = vectors.Need }, options.Value.Candidates * 4 + 1);

        var byId = eligible.ToDictionary(e => e.Profile.Id, StringComparer.Ordinal);
        var shown = new List<AskCandidate>();
        var since = now - ReachRules.AskedWindow;
        foreach (var match in ranked)
        {
            if (shown.Count >= options.Value.Candidates)
            {
                break;
            }

            if (match.MemberId == askerId || excluded.Contains(match.MemberId))
            {
                continue;
            }

            if (!ReachRules.MayBeAsked(await asks.CountAskedSinceAsync(tenantId, match.MemberId, since, cancellationToken), options.Value))
            {
                continue;
            }

            var (profile, account, teamId) = byId[match.MemberId];
            shown.Add(new AskCandidate
            {
                MemberId = profile.Id,
                UserId = account.Id!,
                Name = profile.Name,
                UserPrincipalName = account.UserPrincipalName ?? account.Email,
                TeamId = teamId,
                Reason = match.Reason,
                Score = match.Score,
            });
        }

        logger.LogInformation("Ask in tenant {TenantId}: {Colleagues} in the asker's teams, {Eligible} may be shown, {Shown} shown.", tenantId, colleagues.Count, eligible.Count, shown.Count);
        return shown;
    }

    /// <summary>Everyone in a team with the asker, the asker too (the first team found for each), or null when the asker is in none.</summary>
    private async Task<Dictionary<string, (TeamsChannelAccount Account, string TeamId)>?> ColleaguesAsync(string tenantId, string askerId, CancellationToken cancellationToken)
    {
        Dictionary<string, (TeamsChannelAccount Account, string TeamId)>? colleagues = null;
        await foreach (var team in teams.ListTenantAsync(tenantId, cancellationToken))
        {
            if (team.UninstalledAt is not null || team.TenantId != tenantId)
            {
                continue;
            }

            var roster = await rosters.GetAsync(team, cancellationToken);
            if (!roster.Any(m => m.EntraObjectId == askerId))
            {
                continue;
            }

            colleagues ??= new(StringComparer.Ordinal);
            foreach (var member in roster)
            {
                colleagues.TryAdd(member.EntraObjectId!, (member, team.TeamId));
            }
        }

        return colleagues;
    }

    private async Task<AskVectors> VectorsAsync(string tenantId, MatchProfile asker, IReadOnlyList<MatchProfile> colleagues, CancellationToken cancellationToken)
    {
        try
        {
            return await meanings.ForAsync(tenantId, asker, colleagues, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The type only: a provider's message could quote the need.
            logger.LogWarning("Sentence vectors unavailable for an ask in tenant {TenantId} ({Error}); ranking on words.", tenantId, e.GetType().Name);
            return AskVectors.None;
        }
    }
}
