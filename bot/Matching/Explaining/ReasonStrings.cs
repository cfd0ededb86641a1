namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Every word the reason writer adds around members' own words, in one place, ready for translation. Methods take
/// plain text (names and rewritten clauses); escaping for cards and messages happens where those are built.
/// </summary>
public static class ReasonStrings
{
    /// <summary>Stands in for a member whose display name is unknown (never their id).</summary>
    public const string Colleague = "a colleague";

    /// <summary>The second unknown member of the same reason, so the two can be told apart.</summary>
    public const string AnotherColleague = "another colleague";

    /// <summary><paramref name="someone"/>: who they want to meet ("someone who …").</summary>
    public static string LookingFor(string name, string someone) => $"{name} is looking for {someone}";

    /// <summary><paramref name="goal"/>: their goal as a verb phrase ("plan promotions around heatwaves").</summary>
    public static string WantsTo(string name, string goal) => $"{name} wants to {goal}";

    /// <summary>One sentence: the ask, then what the other brings.</summary>
    public static string AskAndAnswer(string ask, string give) => $"{ask} — {give}.";

    /// <summary>The way back, in full: the ask, then what the other brings.</summary>
    public static string InReturn(string ask, string give) => $"In return, {ask} — {give}.";

    /// <summary>The way back when words are short: what the first member brings, then the other's name.</summary>
    public static string InReturnShort(string give, string askerName) => $"In return, {give} — just what {askerName} is after.";

    /// <summary>When none of the giver's answers can be put in words here.</summary>
    public static string CanHelp(string giverName) => $"{giverName} can help with that";

    /// <summary>The third unknown member of a trio.</summary>
    public const string ThirdColleague = "a third colleague";

    /// <summary>Why the third member of a trio joins: their ask and what the partner brings ("Aiko is looking for … — Clara is …").</summary>
    public static string TrioJoins(string askAndGive) => $"Making it a trio, {askAndGive}.";

    /// <summary>The third member and the partner they join through, when nothing either wrote lines up in words.</summary>
    public static string TrioOverlap(string thirdName, string partnerName) => $"Making it a trio, {thirdName} and {partnerName} are working on closely related things.";

    /// <summary>When nothing either wrote lines up in words (the match rests on meaning alone).</summary>
    public static string Overlap(string name, string otherName) => $"{name} and {otherName} are working on closely related things.";

    /// <summary><paramref name="role"/>: with its article ("a Site Reliability Engineer").</summary>
    public static string IsA(string name, string role) => $"{name} is {role}";

    public static string WorksIn(string name, string department) => $"{name} works in {department}";

    /// <summary><paramref name="goal"/>: the helper's own goal as a verb phrase.</summary>
    public static string WorkingTo(string name, string goal) => $"{name} is working to {goal}";

    /// <summary><paramref name="offer"/>: an offer that reads as a thing ("fifteen years of …", "open invitation …").</summary>
    public static string Offers(string name, string offer) => $"{name} offers {offer}";

    /// <summary><paramref name="experience"/>: "fifteen years teaching …".</summary>
    public static string Has(string name, string experience) => $"{name} has {experience}";

    public static string Possessive(string name) => $"{name}'s";
}
