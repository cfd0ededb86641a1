using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;

using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// Understands one answer with the tenant's Azure OpenAI chat deployment: one chat call per answer, the system message
/// the prompt (<see cref="PromptId"/>), the user message a small JSON of question, answer and locale; a JSON object
/// asked for, at low temperature and a bounded length; the reply read strictly by <see cref="UnderstandingReply"/>. The
/// HTTP, retries and time-outs are the SDK pipeline's (see <see cref="AzureOpenAiChat"/>). Every failure is an
/// <see cref="UnderstandingException"/> (the caller falls back offline); logs carry the deployment, status and tries,
/// never the answer, the reply or the key.
/// </summary>
public sealed class AzureOpenAiUnderstander(
    [FromKeyedServices(AzureOpenAiChat.ServiceKey)] IChatClient chat,
    IOptions<UnderstandingOptions> options,
    ILogger<AzureOpenAiUnderstander> logger) : IAnswerUnderstander
{
    /// <summary>The prompt's file name without ".md": a new prompt file means a new version, so every answer is understood again.</summary>
    public const string PromptId = "understand-answer.v1";

    /// <summary>Enough for 400 characters of plain text and 15 short words as JSON, with room; a runaway reply is cut here.</summary>
    public const int MaxOutputTokens = 500;

    // Low but not zero: the same answer should read the same way each time, without the repetition loops of greedy decoding.
    private const float Temperature = 0.1f;

    private static readonly Lazy<string> Prompt = new(LoadPrompt);

    public string Source => "azure-openai";

    public string Version => PromptId;

    /// <summary>The system message: the prompt file, embedded in the assembly and read once.</summary>
    public static string SystemPrompt => Prompt.Value;

    public async Task<Understood> UnderstandAsync(AnswerToUnderstand answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var deployment = options.Value.Deployment;
        var call = UnderstandingCall.Begin();
        ChatResponse response;
        try
        {
            response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, UserMessage(answer))],
                new ChatOptions { ResponseFormat = ChatResponseFormat.Json, Temperature = Temperature, MaxOutputTokens = MaxOutputTokens },
                cancellationToken);
        }
        catch (UnderstandingBudgetException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Whatever the SDK throws (refusals, network, time-outs, a token not had, a body it cannot read) is one failure type to the caller.
            throw Failed(deployment, call, e);
        }

        try
        {
            var understood = UnderstandingReply.Parse(response.Text, Source, Version);
            logger.LogInformation(
                "Azure OpenAI chat deployment {Deployment} understood an answer ({Kind}) in {Attempts} attempt(s): {Words} words.",
                deployment,
                answer.Kind,
                call.Attempts,
                understood.Words.Count);
            return understood;
        }
        catch (UnderstandingException e)
        {
            logger.LogWarning(
                "Azure OpenAI chat deployment {Deployment} answered 200 in {Attempts} attempt(s) but its reply was unusable: {Reason}",
                deployment,
                call.Attempts,
                e.Message);
            throw new UnderstandingException(e.Message, HttpStatusCode.OK, call.Attempts);
        }
    }

    /// <summary>The user message: <c>{"question":"connectWith","answer":"…","locale":"pt-BR"}</c> (no locale when unknown).</summary>
    public static string UserMessage(AnswerToUnderstand answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var buffer = new MemoryStream();
        // Other languages' letters as they are, not \u escapes: fewer tokens, and the text the model reads is the member's.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("question", JsonNamingPolicy.CamelCase.ConvertName(answer.Kind.ToString()));
            writer.WriteString("answer", answer.Text);
            if (!string.IsNullOrWhiteSpace(answer.Locale))
            {
                writer.WriteString("locale", answer.Locale);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private UnderstandingException Failed(string deployment, UnderstandingCall call, Exception e)
    {
        // A service's error reply can quote the request: only its status is kept, not the SDK's exception (its message holds the reply).
        var status = e is ClientResultException { Status: > 0 } result ? (HttpStatusCode)result.Status : call.Status;
        var inner = e is ClientResultException { Status: > 0 } ? null : e;
        var last = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[^1] : e;
        var what = status is { } code
            ? string.Create(CultureInfo.InvariantCulture, $"answered {(int)code}")
            : last is OperationCanceledException ? "did not answer in time" : "did not answer";
        logger.LogWarning(
            "Azure OpenAI chat deployment {Deployment} {Outcome} after {Attempts} attempt(s) ({Failure}); the answer is understood offline.",
            deployment,
            what,
            call.Attempts,
            last.GetType().Name);
        return new UnderstandingException(
            string.Create(CultureInfo.InvariantCulture, $"Azure OpenAI {what} for chat deployment {deployment} after {call.Attempts} attempt(s)."),
            status,
            call.Attempts,
            inner);
    }

    private static string LoadPrompt()
    {
        var name = $"ConnectorBot.Understanding.Prompts.{PromptId}.md";
        using var stream = typeof(AzureOpenAiUnderstander).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The prompt {name} is not embedded in the bot.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
