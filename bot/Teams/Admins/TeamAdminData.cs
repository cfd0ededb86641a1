using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Teams.Admins;

/// <summary>
/// A member's place in the Teams table: the teams of their tenant that name them as an admin. Admin ids are personal
/// data, so "export" lists those teams and "forget me" takes the member off every Admins list (ETag-guarded).
/// </summary>
public sealed class TeamAdminData(TeamSettingsStore teams) : IMemberData
{
    public string Name => TeamSettingsStore.TableName;

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var rows = new List<IReadOnlyDictionary<string, object>>();
        await foreach (var team in teams.ListTenantAsync(member.TenantId, cancellationToken))
        {
            if (Names(team.Admins, member.MemberId))
            {
                // The other admins' ids are theirs, not the requester's: only the team and the member's role.
                var row = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["TenantId"] = team.TenantId,
                    ["TeamId"] = team.TeamId,
                    ["Role"] = "admin",
                };
                if (team.TeamName is { } name)
                {
                    row["TeamName"] = name;
                }

                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Takes the member off every Admins list of their tenant; returns how many teams changed.</summary>
    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var named = new List<string>();
        await foreach (var team in teams.ListTenantAsync(member.TenantId, cancellationToken))
        {
            if (Names(team.Admins, member.MemberId))
            {
                named.Add(team.TeamId);
            }
        }

        var changed = 0;
        foreach (var teamId in named)
        {
            var removed = false;
            await teams.UpdateAsync(
                member.TenantId,
                teamId,
                current =>
                {
                    removed = current is not null && Names(current.Admins, member.MemberId);
                    return removed ? current! with { Admins = current.Admins.Where(a => !Same(a, member.MemberId)).ToList() } : null;
                },
                cancellationToken);
            changed += removed ? 1 : 0;
        }

        return changed;
    }

    private static bool Names(IReadOnlyList<string> admins, string memberId) => admins.Any(a => Same(a, memberId));

    // AAD object ids are GUIDs; the admin check compares them ignoring case, so erasure does too.
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
