using System.Globalization;

namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Every word the reason writer adds around members' own words, in one place, ready for translation. Placeholders take
/// plain text (names and rewritten clauses); escaping for cards and messages happens where those are built.
/// </summary>
internal static class ReasonStrings
{
    /// <summary>Stands in for a member whose display name is unknown (never their id).</summary>
    public const string Colleague = "a colleague";

    /// <summary>The second unknown member of the same reason, so the two can be told apart.</summary>
    public const string AnotherColleague = "another colleague";

    /// <summary>{0}: name; {1}: who they want to meet ("someone who …").</summary>
    public const string LookingFor = "{0} is looking for {1}";

    /// <summary>{0}: name; {1}: their goal as a verb phrase ("plan promotions around heatwaves").</summary>
    public const string WantsTo = "{0} wants to {1}";

    /// <summary>{0}: the ask; {1}: what the other brings. One sentence.</summary>
    public const string AskAndAnswer = "{0} — {1}.";

    /// <summary>The way back, in full. {0}: the ask; {1}: what the other brings.</summary>
    public const string InReturn = "In return, {0} — {1}.";

    /// <summary>The way back when words are short. {0}: what the first member brings; {1}: the other's name.</summary>
    public const string InReturnShort = "In return, {0} — just what {1} is after.";

    /// <summary>{0}: the giver's name, when none of their answers can be put in words here.</summary>
    public const string CanHelp = "{0} can help with that";

    /// <summary>The third unknown member of a trio.</summary>
    public const string ThirdColleague = "a third colleague";

    /// <summary>Why the third member of a trio joins. {0}: their ask and what the partner brings ("Aiko is looking for … — Clara is …").</summary>
    public const string TrioJoins = "Making it a trio, {0}.";

    /// <summary>{0}: the third member; {1}: the partner they join through. When nothing either wrote lines up in words.</summary>
    public const string TrioOverlap = "Making it a trio, {0} and {1} are working on closely related things.";

    /// <summary>{0} and {1}: names. When nothing either wrote lines up in words (the match rests on meaning alone).</summary>
    public const string Overlap = "{0} and {1} are working on closely related things.";

    /// <summary>{0}: name; {1}: role with its article ("a Site Reliability Engineer").</summary>
    public const string IsA = "{0} is {1}";

    /// <summary>{0}: name; {1}: department.</summary>
    public const string WorksIn = "{0} works in {1}";

    /// <summary>{0}: name; {1}: the helper's own goal as a verb phrase.</summary>
    public const string WorkingTo = "{0} is working to {1}";

    /// <summary>{0}: name; {1}: an offer that reads as a thing ("fifteen years of …", "open invitation …").</summary>
    public const string Offers = "{0} offers {1}";

    /// <summary>{0}: name; {1}: experience ("fifteen years teaching …").</summary>
    public const string Has = "{0} has {1}";

    /// <summary>{0}: name, possessive.</summary>
    public const string Possessive = "{0}'s";

    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
