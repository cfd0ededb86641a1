namespace ConnectorBot.BotFramework.Files;

public enum FileUploadOutcome
{
    Uploaded,

    /// <summary>The upload session is gone (404 or 410): the member's consent has to be asked again.</summary>
    Expired,

    /// <summary>Anything else: refused, unreachable, timed out, or an upload URL that is not https.</summary>
    Failed,
}
