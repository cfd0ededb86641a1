using System.Net;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// Azure OpenAI did not understand an answer (refused, unreachable, timed out, or replied with something other than
/// the JSON asked for): the caller falls back to the offline understanding. The message names the deployment, the
/// status and the tries only: never the answer, the reply, the key or a token.
/// </summary>
public class UnderstandingException : Exception
{
    public UnderstandingException()
    {
    }

    public UnderstandingException(string message)
        : base(message)
    {
    }

    public UnderstandingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnderstandingException(string message, HttpStatusCode? status, int attempts, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        Attempts = attempts;
    }

    /// <summary>The last HTTP status, or null when no answer came (network error, time-out, budget spent).</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>The calls made to the deployment for this answer.</summary>
    public int Attempts { get; }
}

/// <summary>Today's (UTC) budget of calls to the chat deployment is spent: no call was made; the caller understands offline.</summary>
public sealed class UnderstandingBudgetException : UnderstandingException
{
    public UnderstandingBudgetException()
    {
    }

    public UnderstandingBudgetException(string message)
        : base(message)
    {
    }

    public UnderstandingBudgetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnderstandingBudgetException(string message, int attempts)
        : base(message, null, attempts)
    {
    }
}
