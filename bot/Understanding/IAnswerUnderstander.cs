namespace ConnectorBot.Understanding;

/// <summary>
/// Makes the understanding of one answer on its own (never seeing other members): offline from the lexicon and the
/// sentence model, or from the tenant's own Azure OpenAI deployment when enabled. Answers are personal data: an
/// implementation never logs them above Debug and never puts them in an exception's message.
/// </summary>
public interface IAnswerUnderstander
{
    /// <summary>Where understandings come from ("lexicon", "azure-openai"), stored with each one.</summary>
    string Source { get; }

    /// <summary>The prompt or algorithm version: an understanding of another version is made again.</summary>
    string Version { get; }

    /// <summary>The understanding of <paramref name="answer"/>; throws when it cannot be made (the caller falls back).</summary>
    Task<Understood> UnderstandAsync(AnswerToUnderstand answer, CancellationToken cancellationToken);
}

/// <summary>Which question a text answers (the title is no answer, but is understood the same way).</summary>
public enum AnswerKind
{
    Accomplish,
    ConnectWith,
    Offer,
    Title,
}

/// <summary>One answer and the question it answers; <paramref name="Locale"/> is the member's (e.g. "pt-BR"), when known.</summary>
public sealed record AnswerToUnderstand(AnswerKind Kind, string Text, string? Locale = null);

/// <summary>
/// An answer as understood: <paramref name="Plain"/> is the answer in plain English (equal to the answer when it already
/// was), <paramref name="Words"/> 0–15 short everyday words and related skills or roles.
/// </summary>
public sealed record Understood(string Plain, IReadOnlyList<string> Words, string Source, string Version)
{
    /// <summary>At most this many words are kept, each at most <see cref="MaxWordLength"/> characters.</summary>
    public const int MaxWords = 15;

    public const int MaxWordLength = 40;

    /// <summary>At most this many characters of plain text are kept (about 60 words).</summary>
    public const int MaxPlainLength = 400;
}
