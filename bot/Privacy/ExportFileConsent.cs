using System.Globalization;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;

namespace ConnectorBot.Privacy;

/// <summary>
/// The member's answer to the export's file consent card. On Allow the export is made again, now, for the member the
/// activity names (the card carries no data and no ids, and nothing was kept since), uploaded where Teams says, and
/// shown as a file card; Decline, an old card, and a failed upload each get said as they are.
/// </summary>
public sealed class ExportFileConsent(MemberDataRights rights, FileUploader uploader, TimeProvider clock, ILogger<ExportFileConsent> logger)
{
    public const string Kind = "interview.export";
    public const string AskedAtField = "askedAt";

    /// <summary>
    /// A card older than this is not honoured: the member asked for their data then, and a click days later may well be
    /// a slip; a fresh "export" shows what the file will hold before it is sent.
    /// </summary>
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromDays(1);

    /// <summary>The card's context: what it is and when it was offered, nothing about the member.</summary>
    public static JsonObject Context(DateTimeOffset askedAt) => new()
    {
        [FileConsentAnswer.KindField] = Kind,
        [AskedAtField] = askedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
    };

    public async Task<InvokeResponse> OnFileConsentAsync(TurnContext turn, FileConsentAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(answer);
        if (!turn.IsPersonal || MemberKey.From(turn.Activity) is not { } member)
        {
            return new InvokeResponse(400);
        }

        if (!answer.Accepted)
        {
            logger.LogInformation("A member of tenant {TenantId} declined their export's file.", member.TenantId);
            await turn.SendTextAsync(PrivacyStrings.Declined);
            return new InvokeResponse(200);
        }

        if (IsExpired(answer))
        {
            logger.LogInformation("A member of tenant {TenantId} allowed an export file offered more than {Lifetime} ago: not sent.", member.TenantId, OfferLifetime);
            await turn.SendTextAsync(PrivacyStrings.Expired);
            return new InvokeResponse(200);
        }

        var export = await rights.ExportAsync(member, turn.CancellationToken);
        if (export.IsEmpty)
        {
            // "forget me" came between the card and the click.
            await turn.SendTextAsync(InterviewStrings.NothingStored);
            return new InvokeResponse(200);
        }

        var outcome = await uploader.PutAsync(answer.Upload?.UploadUrl, export.ToUtf8(), turn.CancellationToken);
        switch (outcome)
        {
            case FileUploadOutcome.Uploaded:
                logger.LogInformation("Uploaded a member's export in tenant {TenantId}.", member.TenantId);
                var info = FileCards.Info(answer.Upload! with { Name = answer.Upload!.Name ?? export.FileName });
                await turn.SendAsync(turn.Activity.CreateReply(PrivacyStrings.FileSent) with { TextFormat = "markdown", ReplyToId = null, Attachments = [info] });
                break;
            case FileUploadOutcome.Expired:
                logger.LogWarning("A member's export in tenant {TenantId} was not uploaded: the upload session had expired.", member.TenantId);
                await turn.SendTextAsync(PrivacyStrings.Expired);
                break;
            default:
                logger.LogWarning("A member's export in tenant {TenantId} could not be uploaded; they were asked to try again.", member.TenantId);
                await turn.SendTextAsync(PrivacyStrings.UploadFailed);
                break;
        }

        return new InvokeResponse(200);
    }

    // A card without a readable time is not one this bot sent as it is now: treated as old.
    private bool IsExpired(FileConsentAnswer answer) =>
        !DateTimeOffset.TryParse(answer.GetString(AskedAtField), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var askedAt)
        || clock.GetUtcNow() - askedAt > OfferLifetime;
}
