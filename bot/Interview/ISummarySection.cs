using System.Text.Json.Nodes;

namespace ConnectorBot.Interview;

/// <summary>
/// A feature's part of the member's summary card, shown after their answers and before the sharing choice (how the
/// answers were understood, for one). The interview names no feature: each adds itself by registering one of these.
/// Asked on every summary inside the member's turn, so it reads what is stored and never makes anything.
/// </summary>
public interface ISummarySection
{
    /// <summary>Adaptive Card 1.5 body elements, member text already escaped; none to add nothing.</summary>
    Task<IReadOnlyList<JsonObject>> ForAsync(Profile profile, CancellationToken cancellationToken);
}
