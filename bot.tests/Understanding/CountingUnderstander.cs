using System.Collections.Concurrent;

using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding;

/// <summary>
/// A source of understandings for tests (a double of the port): records every answer it is asked about, says each in
/// "plain English" as "Plainly: …" with two words of its own, and can fail like an unreachable service or run something
/// while it works (a "forget me" landing mid-understanding).
/// </summary>
public sealed class CountingUnderstander(string source = "counting", string version = "counting-1") : IAnswerUnderstander
{
    private readonly ConcurrentQueue<AnswerToUnderstand> _calls = new();

    public string Source { get; } = source;

    /// <summary>Settable, as a new prompt version would be deployed.</summary>
    public string Version { get; set; } = version;

    public IReadOnlyList<AnswerToUnderstand> Calls => [.. _calls];

    /// <summary>While set, every call throws it (after being recorded).</summary>
    public Exception? Failure { get; set; }

    /// <summary>Runs inside every call before the understanding is made.</summary>
    public Func<Task>? WhileUnderstanding { get; set; }

    /// <summary>The plain English this double gives for an answer.</summary>
    public static string PlainOf(string answer) => "Plainly: " + answer;

    /// <summary>The words this double gives for an answer of a kind.</summary>
    public static IReadOnlyList<string> WordsOf(AnswerKind kind) => [AnswerKinds.Name(kind) + " skills", "teamwork"];

    public async Task<Understood> UnderstandAsync(AnswerToUnderstand answer, CancellationToken cancellationToken)
    {
        _calls.Enqueue(answer);
        if (WhileUnderstanding is not null)
        {
            await WhileUnderstanding();
        }

        if (Failure is not null)
        {
            // A service's error may quote what it was sent: the caller must not log the message.
            throw Failure;
        }

        return new Understood(PlainOf(answer.Text), WordsOf(answer.Kind), Source, Version);
    }
}
