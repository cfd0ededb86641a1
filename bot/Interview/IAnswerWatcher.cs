namespace ConnectorBot.Interview;

/// <summary>
/// Told when what a round would match a member on has changed: an answer was stored, or they agreed to be introduced.
/// The interview calls it inside the member's turn, so it must return at once (queue the work, never do it).
/// </summary>
public interface IAnswerWatcher
{
    /// <summary>The member's answers or consent changed; <paramref name="member"/>'s profile holds the new state.</summary>
    void Changed(MemberKey member);
}
