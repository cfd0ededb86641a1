using System.Text;

using ConnectorBot.BotFramework.Cards;

namespace ConnectorBot.Intros;

/// <summary>
/// The 1:1 message each member gets once everyone accepted: who the others are, their answers, why, and links to
/// start a Teams chat or meeting. Markdown; member text goes in through <see cref="MarkdownText"/>, link parts URL-encoded.
/// </summary>
public static class HandoffMessage
{
    private const int QuoteLength = 280;

    public static string For(IntroRecord intro, IntroParty me)
    {
        ArgumentNullException.ThrowIfNull(intro);
        var others = IntroCards.Others(intro, me);
        var names = IntrosStrings.JoinNames([.. others.Select(p => MarkdownText.Escape(p.Name))]);
        var text = new StringBuilder()
            .Append(intro.Delivery == IntroDelivery.Private ? IntrosStrings.Private.HandoffTitle(names)
                : others.Count > 1 ? IntrosStrings.HandoffTitleGroup(names)
                : IntrosStrings.HandoffTitle(names));
        foreach (var other in others)
        {
            AppendAbout(text, me, other);
        }

        return text.Append("\n\n").Append(IntrosStrings.HandoffReason(MarkdownText.Escape(IntroNames.Reason(intro)))).ToString();
    }

    /// <summary>For the Connected channel card when <paramref name="unreachable"/>'s 1:1 failed: who is waiting for them. Card text.</summary>
    public static string CardNote(IntroRecord intro, IntroParty unreachable)
    {
        ArgumentNullException.ThrowIfNull(intro);
        var others = IntroCards.Others(intro, unreachable).Select(p => CardText.Escape(p.Name));
        return IntrosStrings.HandoffFailedNote(CardText.Escape(unreachable.Name), IntrosStrings.JoinNames([.. others]));
    }

    /// <summary>The Teams deep link that opens a chat with <paramref name="other"/> and a prefilled opener; null without a UPN.</summary>
    public static string? ChatLinkTo(IntroParty other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.IsNullOrWhiteSpace(other.UserPrincipalName)
            ? null
            : ChatLink(Uri.EscapeDataString(other.UserPrincipalName), Uri.EscapeDataString(IntrosStrings.ChatOpener(other.Name)));
    }

    /// <summary>The Teams deep link that schedules a meeting with <paramref name="other"/>; null without a UPN.</summary>
    public static string? MeetingLinkWith(IntroParty me, IntroParty other)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(other);
        return string.IsNullOrWhiteSpace(other.UserPrincipalName)
            ? null
            : MeetingLink(Uri.EscapeDataString(IntrosStrings.MeetingSubject(me.Name, other.Name)), Uri.EscapeDataString(other.UserPrincipalName));
    }

    private static void AppendAbout(StringBuilder text, IntroParty me, IntroParty other)
    {
        var name = MarkdownText.Escape(other.Name);
        text.Append("\n\n").Append(IntrosStrings.HandoffAbout(name));
        AppendAnswer(text, IntrosStrings.HandoffHopingTo, other.Accomplish);
        AppendAnswer(text, IntrosStrings.HandoffLookingFor, other.ConnectWith);
        AppendAnswer(text, IntrosStrings.HandoffCanHelp, other.Offer);

        var chat = ChatLinkTo(other);
        var meeting = MeetingLinkWith(me, other);
        text.Append("\n\n").Append(chat is null || meeting is null
            ? IntrosStrings.HandoffNoLinks(name)
            : IntrosStrings.HandoffLinks(name, chat, meeting));
    }

    private static void AppendAnswer(StringBuilder text, Func<string, string> line, string? answer)
    {
        if (!string.IsNullOrWhiteSpace(answer))
        {
            text.Append("\n- ").Append(line(MarkdownText.Quote(answer, QuoteLength)));
        }
    }

    // Parts arrive URL-encoded.
    private static string ChatLink(string users, string message) => $"https://teams.microsoft.com/l/chat/0/0?users={users}&message={message}";

    private static string MeetingLink(string subject, string attendees) => $"https://teams.microsoft.com/l/meeting/new?subject={subject}&attendees={attendees}";
}
