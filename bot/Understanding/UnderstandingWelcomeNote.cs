using ConnectorBot.Interview;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding;

/// <summary>The welcome says so when answers leave the bot to be understood (the organisation's own Azure OpenAI resource).</summary>
public sealed class UnderstandingWelcomeNote(IOptions<UnderstandingOptions> options) : IWelcomeNote
{
    public string? Text => options.Value.UsesAzureOpenAi ? UnderstandingStrings.WelcomeAzureOpenAi : null;
}
