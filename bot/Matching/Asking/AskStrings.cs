namespace ConnectorBot.Matching.Asking;

/// <summary>
/// Every word the ask and digest reasons add around members' own words, in one place, ready for translation. Names
/// and quotes go in as plain text; escaping for cards and messages happens where those are built.
/// </summary>
public static class AskStrings
{
    /// <summary>Stands in for a member whose display name is unknown (never their id).</summary>
    public const string Colleague = "a colleague";

    /// <summary>A clause of the helper's offer.</summary>
    public static string Mentioned(string name, string quote) => $"{name} mentioned “{quote}”.";

    /// <summary>The helper's job title.</summary>
    public static string WorksAs(string name, string title) => $"{name} works as “{title}”.";

    /// <summary>A clause of the helper's own goal.</summary>
    public static string WorkingOn(string name, string goal) => $"{name} is working on “{goal}”.";

    /// <summary>When none of the helper's own words can be quoted (the match rests on meaning alone).</summary>
    public static string CloseInMeaning(string name) => $"{name} works on something close to what you asked.";

    /// <summary>Digest: what the member in need wrote about who they want to meet.</summary>
    public static string LookingFor(string name, string quote) => $"{name} is looking for “{quote}”";

    /// <summary>Digest: the member in need's own goal.</summary>
    public static string Hoping(string name, string goal) => $"{name} is working on “{goal}”";

    /// <summary>Digest: the need, then the helper's offer that fits it.</summary>
    public static string FitsYourOffer(string need, string quote) => $"{need} — you mentioned “{quote}”.";

    /// <summary>Digest: the need, then the helper's job title that fits it.</summary>
    public static string FitsYourRole(string need, string title) => $"{need} — you work as “{title}”.";

    /// <summary>Digest: the need, then the helper's own goal that fits it.</summary>
    public static string FitsYourGoal(string need, string goal) => $"{need} — you're working on “{goal}”.";

    /// <summary>Digest: the need alone, when nothing of the helper's fits beside it in one short line.</summary>
    public static string NeedAlone(string need) => $"{need}.";

    /// <summary>Digest: when none of the need's words can be quoted.</summary>
    public static string CouldUseYourHelp(string name) => $"{name} could use your help.";
}
