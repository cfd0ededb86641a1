namespace ConnectorBot.Interview;

/// <summary>
/// A command typed in personal chat. <see cref="Field"/> only for Edit (null: ask which); <see cref="All"/> for "edit all".
/// <see cref="Weeks"/> only for Pause: null means until "resume"; otherwise the number as typed, unchecked
/// (0, 53 or int.MaxValue for an absurd number): the caller validates 1..52 and says so.
/// </summary>
public sealed record MemberCommand(MemberCommandKind Kind, ProfileField? Field = null, bool All = false, int? Weeks = null)
{
    /// <summary>The command's route name in personal chat ("help", "show", …).</summary>
    public static string NameOf(MemberCommandKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The personal chat's command reader: a whole-phrase command, kept with the turn so it is parsed once.</summary>
    public static BotFramework.Routing.TurnCommand? Read(string text) =>
        CommandParser.Parse(text) is { } command ? new(NameOf(command.Kind), string.Empty) { Parsed = command } : null;
}

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
