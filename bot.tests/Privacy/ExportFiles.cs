using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Files;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Tests.BotFramework;

namespace ConnectorBot.Tests.Privacy;

/// <summary>
/// "export"'s file in Teams, driven as the Teams client does it: the consent card the bot sent, the member's Allow or
/// Decline as a fileConsent/invoke (Allow with an upload session on the fake connector), and what was put there.
/// </summary>
public static class ExportFiles
{
    public const string ContentUrlBase = "https://contoso-my.sharepoint.example/personal/ben/Documents/Applications/ConnectorBot/";

    public static Attachment ConsentCard(IEnumerable<Activity> sent) =>
        Assert.Single(sent.SelectMany(a => a.Attachments ?? []), a => a.ContentType == FileCards.ConsentContentType);

    /// <summary>The member's answer, in the conversation and as the sender of <paramref name="asMessage"/>.</summary>
    public static Activity Answer(BotHarness bot, Activity asMessage, Attachment consent, bool allow, Func<JsonElement, object>? context = null)
    {
        var content = consent.Content!.Value;
        var echoed = content.GetProperty(allow ? "acceptContext" : "declineContext");
        object value = allow
            ? new
            {
                type = "fileUpload",
                action = "accept",
                context = context?.Invoke(echoed) ?? echoed,
                uploadInfo = new
                {
                    contentUrl = ContentUrlBase + consent.Name,
                    name = consent.Name,
                    uploadUrl = bot.Connector.UploadUrl(consent.Name!).ToString(),
                    uniqueId = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                    fileType = "json",
                },
            }
            : new { type = "fileUpload", action = "decline", context = context?.Invoke(echoed) ?? echoed };
        return asMessage with
        {
            Type = ActivityTypes.Invoke,
            Id = "1:" + Guid.NewGuid().ToString("N"),
            Name = FileConsentAnswer.InvokeName,
            Text = null,
            TextFormat = null,
            Value = JsonSerializer.SerializeToElement(value),
        };
    }

    /// <summary>"export" as the harness's member, then Allow: the complete file as it reached the upload session.</summary>
    public static async Task<string> ExportFileAsync(BotHarness bot)
    {
        var before = bot.Connector.OutgoingActivities.Count;
        await bot.SayAsync("export");
        return await AllowAndReadUploadAsync(bot, bot.Teams.PersonalMessage(string.Empty), ConsentCard(bot.SentSince(before)));
    }

    /// <summary>Allows the file and returns what reached the upload session (one PUT, checked to be the whole file).</summary>
    public static async Task<string> AllowAndReadUploadAsync(BotHarness bot, Activity asMessage, Attachment consent)
    {
        using var response = await bot.PostAsync(Answer(bot, asMessage, consent, allow: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(bot.Connector.CallsTo(FakeRoute.Upload));
        var length = System.Text.Encoding.UTF8.GetByteCount(upload.Body);
        Assert.Equal($"bytes 0-{length - 1}/{length}", upload.Headers["Content-Range"]);
        return upload.Body;
    }
}
