using ConnectorBot.Interview;
using ConnectorBot.Matching;

namespace ConnectorBot.Intros;

/// <summary>
/// How members' answers were understood (plain English, related words), as the text the matcher reads after their own
/// words. Rounds and the background embedding of answers both ask it, so both embed the same texts. Only what is stored
/// is returned, never made now: a round never waits for an understanding, and never fails because of one.
/// </summary>
public interface IMemberUnderstandings
{
    /// <summary>
    /// The understood answers of those of <paramref name="members"/> that have any, keyed by member id: only
    /// understandings of the answers as they are now (one of an answer since changed is left out).
    /// </summary>
    Task<IReadOnlyDictionary<string, UnderstoodAnswers>> ForAsync(string tenantId, IReadOnlyList<Profile> members, CancellationToken cancellationToken);
}

/// <summary>No understandings (a host without the understanding feature): the matcher reads the members' own words only.</summary>
public sealed class NoMemberUnderstandings : IMemberUnderstandings
{
    public Task<IReadOnlyDictionary<string, UnderstoodAnswers>> ForAsync(string tenantId, IReadOnlyList<Profile> members, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, UnderstoodAnswers>>(new Dictionary<string, UnderstoodAnswers>());
}
