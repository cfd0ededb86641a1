using System.Net;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Azure OpenAI did not embed a batch (refused, unreachable, unreadable). The message names the status and the deployment
/// only: never the texts, the key or a token.
/// </summary>
public sealed class EmbeddingsException : Exception
{
    public EmbeddingsException()
    {
    }

    public EmbeddingsException(string message)
        : base(message)
    {
    }

    public EmbeddingsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmbeddingsException(string message, HttpStatusCode? status, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
    }

    /// <summary>The last HTTP status, or null when no answer came (network error, time-out).</summary>
    public HttpStatusCode? Status { get; }
}
