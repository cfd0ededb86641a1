namespace ConnectorBot.Intros;

/// <summary>
/// Which of a round's new intros an admin chose to make in the match-now preview (ids derive from the round and its
/// members, so the preview's switches name the intros the post re-plans). A preview of a big round lists only its best
/// intros; then <paramref name="MakesUnlisted"/> is set and the ones it didn't list are made as planned: leaving them out
/// would silently drop every intro the admin never saw.
/// </summary>
public sealed record IntroChoice(IReadOnlySet<string> SwitchedOn, IReadOnlySet<string> SwitchedOff, bool MakesUnlisted)
{
    /// <summary>Switched on, or not listed at all in a preview that listed only some.</summary>
    public bool Makes(string introId) => SwitchedOn.Contains(introId) || (MakesUnlisted && !SwitchedOff.Contains(introId));

    /// <summary>Every intro was listed and switched off: there is nothing to make, and no round is recorded.</summary>
    public bool MakesNone => SwitchedOn.Count == 0 && !MakesUnlisted;
}
