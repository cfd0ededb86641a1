using Azure;

namespace ConnectorBot.Storage;

/// <summary>A transaction was rejected as a whole; <see cref="FailedTransactionActionIndex"/> names the action at fault.</summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedTransactionActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedTransactionActionIndex = failedTransactionActionIndex;
    }

    public int? FailedTransactionActionIndex { get; }
}
