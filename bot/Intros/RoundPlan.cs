namespace ConnectorBot.Intros;

/// <summary>
/// A round worked out but not yet written: how many were on the roster and eligible, the intros the round already
/// has (after a crash part-way), the new ones the matcher suggests, and who waits first in line.
/// </summary>
public sealed record RoundPlan(
    string RoundId,
    int Roster,
    int Eligible,
    IReadOnlyList<IntroRecord> Existing,
    IReadOnlyList<IntroRecord> NewIntros,
    IReadOnlyList<string> FirstInLine)
{
    /// <summary>Display names of the eligible members by id (never an id: "a colleague" when unknown), for the preview.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Only the new intros the admin chose to make in the preview (<see cref="IntroChoice.Makes"/>). The members of the
    /// others are not matched again.
    /// </summary>
    public RoundPlan Keeping(IntroChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return this with { NewIntros = [.. NewIntros.Where(i => choice.Makes(i.IntroId))] };
    }
}
