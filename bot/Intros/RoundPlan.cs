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

    /// <summary>Who the team's previous round left first in line: they were told then, so are not told again.</summary>
    public IReadOnlyCollection<string> AlreadyWaiting { get; init; } = [];

    /// <summary>Members left first in line who hear so from the round (the others heard it from the previous one).</summary>
    public IEnumerable<string> ToTellWaiting()
    {
        var told = AlreadyWaiting.ToHashSet(StringComparer.Ordinal);
        return FirstInLine.Where(id => !told.Contains(id));
    }

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
