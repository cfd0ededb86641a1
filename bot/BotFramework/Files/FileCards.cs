using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Files;

/// <summary>
/// The attachments of sending a file: in Teams personal chat a file consent card (the member allows the upload into their
/// OneDrive) and, once uploaded, a file info card; elsewhere the file itself, inline as a data: URI.
/// </summary>
public static class FileCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>
    /// Asks to upload <paramref name="fileName"/>. <paramref name="context"/> comes back in the accept or decline invoke:
    /// it must carry <see cref="FileConsentAnswer.KindField"/>, and nothing personal (it travels through the client).
    /// </summary>
    public static Attachment Consent(string fileName, string description, long sizeInBytes, JsonObject context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var content = new JsonObject
        {
            ["description"] = description,
            ["sizeInBytes"] = sizeInBytes,
            ["acceptContext"] = context.DeepClone(),
            ["declineContext"] = context.DeepClone(),
        };
        return new Attachment { ContentType = ConsentContentType, Name = fileName, Content = JsonSerializer.SerializeToElement(content) };
    }

    /// <summary>The uploaded file, as Teams shows it in the chat.</summary>
    public static Attachment Info(FileUploadInfo upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var content = new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType };
        return new Attachment { ContentType = InfoContentType, ContentUrl = upload.ContentUrl, Name = upload.Name, Content = JsonSerializer.SerializeToElement(content) };
    }

    /// <summary>The file itself, for clients without file consent (the Agents Playground, Web Chat, the Emulator).</summary>
    public static Attachment Inline(string fileName, string mediaType, ReadOnlySpan<byte> bytes) => new()
    {
        ContentType = mediaType,
        ContentUrl = $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}",
        Name = fileName,
    };
}
