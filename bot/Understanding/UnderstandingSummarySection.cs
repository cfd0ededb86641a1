using System.Text.Json.Nodes;

using ConnectorBot.Interview;

namespace ConnectorBot.Understanding;

/// <summary>The summary card's "Here's how I understood you": what is stored, never made now (the turn does not wait).</summary>
public sealed class UnderstandingSummarySection(UnderstandingStore store) : ISummarySection
{
    public async Task<IReadOnlyList<JsonObject>> ForAsync(Profile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (AnswerKinds.Answers.All(k => AnswerKinds.AnswerOf(profile, k) is null))
        {
            return [];
        }

        var understandings = await store.ReadAsync(profile.TenantId, profile.MemberId, cancellationToken);
        return UnderstandingCards.Section(profile, understandings, PlaybackPlace.Summary) is { } section ? [section] : [];
    }
}
