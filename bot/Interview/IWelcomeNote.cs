namespace ConnectorBot.Interview;

/// <summary>
/// A sentence a feature adds to the welcome, so a member knows up front where their answers go (for instance, to the
/// organisation's own Azure OpenAI resource to be understood). The welcome is where the bot says what is shared where.
/// </summary>
public interface IWelcomeNote
{
    /// <summary>Markdown for the welcome message; null or empty when this feature has nothing to say.</summary>
    string? Text { get; }
}
