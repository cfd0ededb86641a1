using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Matching.Explaining;

namespace ConnectorBot.Intros;

/// <summary>
/// The names intros show, public in a channel: the display name from the roster the round read, else the one the
/// member's chat gave; never an id. Unknown: "a colleague".
/// </summary>
public static class IntroNames
{
    /// <summary>The member's display name for a round, or null when neither the roster nor their profile knows one.</summary>
    public static string? Of(TeamsChannelAccount account, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(profile);
        return DisplayNames.Usable([account.Name, profile.Name, account.GivenName], profile.MemberId, account.Id, account.AadObjectId, account.UserPrincipalName, account.Email);
    }

    /// <summary>
    /// The stored reason as shown (card, preview, handoff): an intro written before names were checked may carry a
    /// member's id where their name belongs; it reads as their name, or "a colleague".
    /// </summary>
    public static string Reason(IntroRecord intro)
    {
        ArgumentNullException.ThrowIfNull(intro);
        var reason = intro.Reason;

        // Longest first: a Teams user id ("29:1…") may contain the AAD id.
        var ids = intro.Parties
            .SelectMany(p => new[] { p.UserId, p.MemberId, p.UserPrincipalName }.Where(id => !string.IsNullOrEmpty(id)).Select(id => (Id: id!, Name: DisplayNames.First(p.Name, p.MemberId) ?? IntrosStrings.SomeColleague)))
            .OrderByDescending(x => x.Id.Length);
        foreach (var (id, name) in ids)
        {
            reason = reason.Replace(id, name, StringComparison.OrdinalIgnoreCase);
        }

        return reason;
    }
}
