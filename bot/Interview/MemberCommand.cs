namespace ConnectorBot.Interview;

/// <summary>
/// A command typed in personal chat. <see cref="Field"/> only for Edit (null: ask which); <see cref="All"/> for "edit all".
/// <see cref="Weeks"/> only for Pause: null means until "resume"; otherwise the number as typed, unchecked
/// (0, 53 or int.MaxValue for an absurd number): the caller validates 1..52 and says so.
/// </summary>
public sealed record MemberCommand(MemberCommandKind Kind, ProfileField? Field = null, bool All = false, int? Weeks = null);

public enum MemberCommandKind
{
    Help,
    Show,
    Edit,
    Pause,
    Resume,
    ForgetMe,
    Export,
    Cancel,
    Skip,
    Yes,
    No,
    Draft,
}
