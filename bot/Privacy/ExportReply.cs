using ConnectorBot.BotFramework.Files;
using ConnectorBot.Interview;

namespace ConnectorBot.Privacy;

/// <summary>
/// "export": a summary card in plain words, then the complete copy as a file. In Teams the file needs the member's
/// consent (a file consent card; <see cref="ExportFileConsent"/> uploads it on Allow, made afresh then); elsewhere it
/// comes attached, except in the Agents Playground, which shows no file attachments: there the JSON is in a card.
/// Nothing is kept once sent.
/// </summary>
public sealed class ExportReply(MemberDataRights rights, TimeProvider clock, ILogger<ExportReply> logger)
{
    public async Task SendAsync(MemberTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var export = await rights.ExportAsync(turn.Member, turn.CancellationToken);
        if (export.IsEmpty)
        {
            await turn.SayAsync(InterviewStrings.NothingStored);
            return;
        }

        var consent = FileConsent.IsAvailable(turn.Turn);
        logger.LogInformation(
            "Exported a member's data in tenant {TenantId}: {Stores} kinds of record, the file {How}.",
            turn.Member.TenantId,
            export.Tables.Count,
            consent ? "offered for upload" : "attached");
        await turn.Turn.SendCardAsync(ExportCards.ExportSummary(export, turn.Profile, clock.GetUtcNow()), summary: PrivacyStrings.Title);

        if (!consent && FileConsent.IsTeamsChannel(turn.Turn))
        {
            // Unsigned "msteams" is the Agents Playground (local development): it shows cards, not file attachments.
            await turn.SayAsync(PrivacyStrings.CopyShown);
            await turn.Turn.SendCardAsync(ExportCards.ExportCopy(export), summary: PrivacyStrings.Title);
            return;
        }

        var bytes = export.ToUtf8();
        var file = consent
            ? FileCards.Consent(export.FileName, PrivacyStrings.FileDescription, bytes.Length, ExportFileConsent.Context(export.ExportedAt))
            : FileCards.Inline(export.FileName, MemberExport.MediaType, bytes);
        var text = consent ? PrivacyStrings.FileOffered : PrivacyStrings.FileAttached;
        await turn.Turn.SendAsync(turn.Turn.Activity.CreateReply(text) with { TextFormat = "markdown", ReplyToId = null, Attachments = [file] });
    }
}
