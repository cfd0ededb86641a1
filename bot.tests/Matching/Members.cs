using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

/// <summary>Small hand-written members for the matcher's tests.</summary>
internal static class Members
{
    public static MatchProfile Of(string id, string connectWith, string offer, string title = "Analyst", string accomplish = "", string department = "Operations") =>
        new(id, $"Member {id}", department, title, accomplish, connectWith, offer);

    public static readonly MatchProfile WifiNeedsChecks = Of("wifi", "someone who has moved paper checklists onto tablets", "I fixed the Wi-Fi dead zones in the warehouse", "IT Support Lead");
    public static readonly MatchProfile ChecksNeedsWifi = Of("checks", "someone who can sort out wireless coverage in a steel building", "I moved our hygiene checks onto iPads", "Quality Engineer");
    public static readonly MatchProfile Recruiter = Of("recruiter", "someone who runs a choir", "I can get a job offer out in five days", "Talent Acquisition Partner");
    public static readonly MatchProfile NeedsHiring = Of("manager", "someone in recruitment who can speed up our hiring", "I know the best karaoke bar", "Engineering Manager");
    public static readonly MatchProfile Stranger = Of("stranger", "a beekeeper for the roof", "I can lend you a pressure washer", "Grounds Supervisor");

    /// <summary>Unrelated members, so that the tested members' shared words are rare enough to count.</summary>
    public static readonly MatchProfile[] Background =
    [
        Stranger,
        Of("bg1", "a mentor who founded a startup", "I play the ukulele", "Data Scientist"),
        Of("bg2", "someone at a private equity fund", "I speak Danish", "Treasury Analyst"),
        Of("bg3", "someone who has litigated a patent", "I can edit blog posts", "Counsel"),
        Of("bg4", "someone who has conducted a choir", "I know the best karaoke bar", "Field Sales Rep"),
    ];

    public static RoundOptions Options(int perMember = 1) => new() { PerMember = perMember, Today = new DateOnly(2026, 11, 21) };
}
