namespace ConnectorBot.BotFramework.Files;

/// <summary>
/// Where Teams lets the bot put a file the member accepted: <see cref="UploadUrl"/> is a pre-authenticated upload session
/// in the member's OneDrive (no bot token goes there); the rest names the file for the file info card afterwards.
/// </summary>
public sealed record FileUploadInfo
{
    public string? Name { get; init; }

    public string? UploadUrl { get; init; }

    public string? ContentUrl { get; init; }

    public string? UniqueId { get; init; }

    public string? FileType { get; init; }
}
