using System.Text.Json;

using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Files;

/// <summary>
/// The member's answer to a file consent card, from a <c>fileConsent/invoke</c>: accepted (with where to upload) or
/// declined, and the context the bot put on the card, whose <see cref="KindField"/> names the feature that offered it.
/// </summary>
public sealed record FileConsentAnswer(string Kind, bool Accepted, JsonElement Context, FileUploadInfo? Upload)
{
    public const string InvokeName = "fileConsent/invoke";

    /// <summary>The context field naming what the file is, so the router finds its feature (as a verb does for buttons).</summary>
    public const string KindField = "kind";

    /// <summary>Null when the invoke's value is not a consent answer naming a kind (a forged or foreign card).</summary>
    public static FileConsentAnswer? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // value = { type: "fileUpload", action: "accept" | "decline", context, uploadInfo }.
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object
            || !context.TryGetProperty(KindField, out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var accepted = action.GetString() switch
        {
            "accept" => true,
            "decline" => false,
            _ => (bool?)null,
        };
        if (accepted is null)
        {
            return null;
        }

        var upload = value.TryGetProperty("uploadInfo", out var info) && info.ValueKind == JsonValueKind.Object
            ? info.Deserialize<FileUploadInfo>(BotJson.Options)
            : null;
        return new FileConsentAnswer(kind.GetString()!, accepted.Value, context.Clone(), upload);
    }

    public string? GetString(string name) =>
        Context.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
