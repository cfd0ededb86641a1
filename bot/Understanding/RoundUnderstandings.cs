using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Matching;

namespace ConnectorBot.Understanding;

/// <summary>
/// Members' understandings for rounds and for the background embedding of answers: what is stored, as the matcher reads
/// it. Nothing is made here (a round never waits for a source); members with an answer not yet understood, or understood
/// by another version, are queued for the background and matched on what there is this time.
/// </summary>
public sealed class RoundUnderstandings(
    UnderstandingStore store,
    UnderstandingQueue queue,
    UnderstandingMaker maker,
    ILogger<RoundUnderstandings> logger) : IMemberUnderstandings
{
    public async Task<IReadOnlyDictionary<string, UnderstoodAnswers>> ForAsync(string tenantId, IReadOnlyList<Profile> members, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(members);
        var found = new Dictionary<string, UnderstoodAnswers>(StringComparer.Ordinal);
        if (members.Count == 0)
        {
            return found;
        }

        var stored = await store.ReadManyAsync(tenantId, [.. members.Select(m => m.MemberId).Distinct(StringComparer.Ordinal)], cancellationToken);
        var behind = new List<string>();
        foreach (var member in members.DistinctBy(m => m.MemberId, StringComparer.Ordinal))
        {
            var rows = stored.GetValueOrDefault(member.MemberId);
            var understood = UnderstoodText.For(member, rows);
            if (!understood.IsEmpty)
            {
                found[member.MemberId] = understood;
            }

            if (IsBehind(member, rows))
            {
                behind.Add(member.MemberId);
            }
        }

        if (behind.Count > 0)
        {
            // Never a playback: the member changed nothing (answers given before understanding, a new source version).
            queue.Enqueue(tenantId, behind, playBack: false);
            logger.LogInformation("{Behind} of {Members} members of tenant {TenantId} have answers not understood yet (or by an older version); queued for the background.", behind.Count, members.Count, tenantId);
        }

        return found;
    }

    private bool IsBehind(Profile member, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>? rows) =>
        AnswerKinds.Answers.Any(kind => AnswerKinds.AnswerOf(member, kind) is { } answer
            && (rows?.GetValueOrDefault(kind) is not { } row || !row.IsOf(answer) || row.Version != maker.PreferredVersion));
}
