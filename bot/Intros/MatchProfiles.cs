using ConnectorBot.Interview;
using ConnectorBot.Matching;

namespace ConnectorBot.Intros;

/// <summary>
/// A stored profile as the matcher sees it. One conversion for rounds and for the background embedding of answers, so
/// both hash the same texts and a member embedded in the background is not embedded again by the round.
/// </summary>
public static class MatchProfiles
{
    /// <summary>The member's answers, and how they were understood (<see cref="IMemberUnderstandings"/>) when known.</summary>
    public static MatchProfile From(Profile profile, UnderstoodAnswers? understood = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile.MemberId, profile.Name ?? string.Empty, string.Empty, string.Empty, profile.Accomplish ?? string.Empty, profile.ConnectWith ?? string.Empty, profile.Offer ?? string.Empty)
        {
            Understood = understood ?? UnderstoodAnswers.None,
        };
    }

    /// <summary>Whether a round could match the member (as RoundRunner chooses them): all three questions answered and a yes to being introduced.</summary>
    public static bool IsMatchable(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile is { IsComplete: true, Consent: true };
    }
}
