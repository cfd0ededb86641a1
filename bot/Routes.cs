using ConnectorBot.Asks;
using ConnectorBot.BotFramework.Routing;
using ConnectorBot.Digest;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Intros.MyIntros;
using ConnectorBot.Intros.NeverList;
using ConnectorBot.Intros.Stats;
using ConnectorBot.Invitations;
using ConnectorBot.Privacy;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Admins;
using ConnectorBot.Teams.Install;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Understanding;

namespace ConnectorBot;

/// <summary>
/// Every way into the bot and its one handler: to find who answers a button, a typed command or an event, search this
/// file for its verb, command word or event. A second route for the same key stops the bot at start-up.
/// </summary>
public static class Routes
{
    public static void Map(RouteTable routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        MapInterview(routes);
        MapUnderstanding(routes);
        MapIntros(routes);
        MapAsks(routes);
        MapMyIntros(routes);
        MapDigest(routes);
        MapTeams(routes);
        MapInvitations(routes);
        MapStats(routes);
    }

    /// <summary>Personal chat: the interview, the member's commands and cards, their export; the answer to anything unhandled.</summary>
    private static void MapInterview(RouteTable routes) => routes
        // The interview's commands first ("never mind" is cancel), then a member's own view of their intros, then asks and the digest's switch.
        .ReadCommands(ChatScope.Personal, text => MemberCommand.Read(text) ?? MyIntrosCommand.Read(text) ?? NeverRequest.Read(text) ?? AskText.Read(text) ?? DigestText.Read(text))
        .OnCommand<HelpCommand>(ChatScope.Personal, MemberCommand.NameOf(MemberCommandKind.Help), (h, turn) => h.RunAsync(turn))

        // Every other member command (show, edit, pause, forget me, export…), answers and greetings: their meaning
        // depends on where the member is in the conversation, which PersonalChatHandler knows.
        .OnOtherMessage<PersonalChatHandler>(ChatScope.Personal, (h, turn) => h.RunAsync(turn))
        .OnUnhandledMessage((services, turn) => services.GetRequiredService<NotUnderstoodReply>().RunAsync(turn))
        .OnVerb<InterviewCardActions>(InterviewVerbs.Edit, (h, turn, action) => h.EditAsync(turn, action))
        .OnVerb<InterviewCardActions>(InterviewVerbs.Consent, (h, turn, action) => h.ConsentAsync(turn, action))
        .OnVerb<InterviewCardActions>(InterviewVerbs.ForgetConfirm, (h, turn, action) => h.ForgetConfirmAsync(turn, action))
        .OnVerb<InterviewCardActions>(InterviewVerbs.ForgetCancel, (h, turn, action) => h.ForgetCancelAsync(turn, action))
        .OnVerb<InterviewCardActions>(InterviewVerbs.StaleKeep, (h, turn, action) => h.StaleKeepAsync(turn, action))
        .OnVerb<InterviewCardActions>(InterviewVerbs.StaleUpdate, (h, turn, action) => h.StaleUpdateAsync(turn, action))
        .OnVerb<InterviewCardActions>(InterviewVerbs.Resume, (h, turn, action) => h.ResumeAsync(turn, action))
        .OnUnknownVerb(InterviewVerbs.Prefix, InterviewStrings.UnknownButton)
        .OnFileConsent<ExportFileConsent>(ExportFileConsent.Kind, (h, turn, answer) => h.OnFileConsentAsync(turn, answer))
        .OnLifecycle<WelcomeOnInstall>(LifecycleKind.InstalledPersonally, (h, turn, e) => h.OnInstalledAsync(turn, e));

    /// <summary>The playback of how answers were understood.</summary>
    private static void MapUnderstanding(RouteTable routes) => routes
        .OnVerb<UnderstandingCardActions>(UnderstandingVerbs.SaveWords, (h, turn, action) => h.SaveWordsAsync(turn, action))
        .OnVerb<UnderstandingCardActions>(UnderstandingVerbs.Reject, (h, turn, action) => h.RejectAsync(turn, action))
        .OnUnknownVerb(UnderstandingVerbs.Prefix, UnderstandingStrings.UnknownButton);

    /// <summary>Intro cards in the channel and the follow-up in personal chat; match now (admins).</summary>
    private static void MapIntros(RouteTable routes) => routes
        .OnVerb<IntroActions>(IntrosVerbs.Accept, (h, turn, action) => h.AcceptAsync(turn, action))
        .OnVerb<IntroActions>(IntrosVerbs.Pass, (h, turn, action) => h.PassAsync(turn, action))
        .OnVerb<IntroActions>(IntrosVerbs.FollowUp, (h, turn, action) => h.AnswerFollowUpAsync(turn, action))
        .OnAdminVerb<MatchNowActions>(SettingsVerbs.MatchPreview, (h, admin, action) => h.PreviewAsync(admin, action))
        .OnAdminVerb<MatchNowActions>(SettingsVerbs.MatchPost, (h, admin, action) => h.PostAsync(admin, action));

    /// <summary>"Who can help me with…?" in personal chat, and the pick from its card (the private question is an intro's).</summary>
    private static void MapAsks(RouteTable routes) => routes
        .OnCommand<AskCommand>(ChatScope.Personal, AskText.CommandName, (h, turn) => h.RunAsync(turn))
        .OnVerb<AskCommand>(AsksVerbs.Find, (h, turn, action) => h.FindAsync(turn, action))
        .OnVerb<AskActions>(AsksVerbs.Pick, (h, turn, action) => h.PickAsync(turn, action))
        .OnUnknownVerb(AsksVerbs.Prefix, AsksStrings.UnknownButton);

    /// <summary>A member's own view in personal chat: their intros, and who they never want to be introduced to.</summary>
    private static void MapMyIntros(RouteTable routes) => routes
        .OnCommand<MyIntrosCommand>(ChatScope.Personal, MyIntrosCommand.Name, (h, turn) => h.RunAsync(turn))
        .OnCommand<NeverCommand>(ChatScope.Personal, NeverRequest.NeverCommand, (h, turn) => h.NeverAsync(turn))
        .OnCommand<NeverCommand>(ChatScope.Personal, NeverRequest.AllowCommand, (h, turn) => h.AllowAsync(turn))
        .OnCommand<NeverCommand>(ChatScope.Personal, NeverRequest.ListCommand, (h, turn) => h.ListAsync(turn));

    /// <summary>The weekly give digest: the member's own switch, and "Offer to help" on its card (the private question is an intro's).</summary>
    private static void MapDigest(RouteTable routes) => routes
        .OnCommand<DigestCommand>(ChatScope.Personal, DigestText.CommandName, (h, turn) => h.RunAsync(turn))
        .OnVerb<DigestActions>(DigestVerbs.Offer, (h, turn, action) => h.OfferAsync(turn, action))
        .OnUnknownVerb(DigestVerbs.Prefix, DigestStrings.UnknownButton);

    /// <summary>A team's life with the bot, its settings and its admins. Admin routes pass the admin gate first.</summary>
    private static void MapTeams(RouteTable routes) => routes
        .OnLifecycle<TeamInstall>(LifecycleKind.InstalledInTeam, (h, turn, e) => h.OnInstalledAsync(turn, e))
        .OnLifecycle<TeamRemoval>(LifecycleKind.RemovedFromTeam, (h, turn, e) => h.OnRemovedAsync(turn, e))
        .OnLifecycle<TeamRestore>(LifecycleKind.TeamRestored, (h, turn, e) => h.OnRestoredAsync(turn, e))
        .ReadCommands(ChatScope.TeamChannel, AdminRoutes.ReadTeamCommand)
        .OnOtherMessage(ChatScope.TeamChannel, (_, turn) => turn.SendTextAsync(AdminStrings.ChannelHelp))
        .OnTeamCommand<SettingsCommand>(SettingsCommand.Name, (h, admin, arguments) => h.RunAsync(admin, arguments))
        .OnTeamCommand<AdminsCommand>(AdminsCommand.Name, (h, admin, arguments) => h.RunAsync(admin, arguments))
        .OnTeamCommand<ClaimCommand>(ClaimCommand.Name, (h, admin, arguments) => h.RunAsync(admin, arguments), TeamCommandAccess.AnyoneWhileNoAdmin)
        .OnAdminVerb<SettingsActions>(SettingsVerbs.Open, (h, admin, action) => h.OpenAsync(admin, action))
        .OnAdminVerb<SettingsActions>(SettingsVerbs.Save, (h, admin, action) => h.SaveAsync(admin, action))
        .OnAdminVerb<AdminsActions>(AdminsCard.ShowVerb, (h, admin, action) => h.ShowAsync(admin, action))
        .OnAdminVerb<AdminsActions>(AdminsCard.RemoveVerb, (h, admin, action) => h.RemoveAsync(admin, action))
        .OnUnknownVerb(AdminVerbs.Prefix, AdminStrings.UnknownAction);

    /// <summary>"Invite everyone" (admins).</summary>
    private static void MapInvitations(RouteTable routes) => routes
        .OnTeamCommand<InviteEveryoneCommand>(InvitationVerbs.Command, (h, admin, arguments) => h.RunAsync(admin, arguments))
        .OnAdminVerb<InviteEveryoneAction>(InvitationVerbs.Start, (h, admin, action) => h.RunAsync(admin, action));

    /// <summary>How intros are going (admins).</summary>
    private static void MapStats(RouteTable routes) => routes
        .OnTeamCommand<StatsCommand>(StatsVerbs.Command, (h, admin, arguments) => h.RunAsync(admin, arguments))
        .OnAdminVerb<ShowStatsAction>(StatsVerbs.Show, (h, admin, action) => h.RunAsync(admin, action));
}
