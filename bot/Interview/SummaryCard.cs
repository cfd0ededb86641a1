using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorBot.Interview;

/// <summary>
/// The member's summary card with every feature's section (<see cref="ISummarySection"/>) after the answers. A section
/// that fails is left out (logged by its type only): the member's own answers and choices always show.
/// </summary>
public sealed class SummaryCard(IEnumerable<ISummarySection> sections, TimeProvider clock, ILogger<SummaryCard> logger)
{
    public async Task<JsonElement> ForAsync(Profile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var extra = new List<JsonObject>();
        foreach (var section in sections)
        {
            try
            {
                extra.AddRange(await section.ForAsync(profile, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("A summary card section ({Section}) failed for a member of tenant {TenantId}: {Error}; the card goes without it.", section.GetType().Name, profile.TenantId, e.GetType().Name);
            }
        }

        return InterviewCards.Summary(profile, clock.GetUtcNow(), extra);
    }
}
