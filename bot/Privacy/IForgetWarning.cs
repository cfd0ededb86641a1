using ConnectorBot.Interview;

namespace ConnectorBot.Privacy;

/// <summary>
/// What a feature warns about on the "forget me" confirmation card: something the deletion leaves behind for others (a
/// team without its only admin, for one) and how to avoid or mend it. The interview names no feature: each registers one.
/// </summary>
public interface IForgetWarning
{
    /// <summary>Sentences for the card, names already escaped with CardText; none when there is nothing to warn about.</summary>
    Task<IReadOnlyList<string>> ForAsync(MemberKey member, CancellationToken cancellationToken);
}
