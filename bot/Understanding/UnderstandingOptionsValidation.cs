using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding;

/// <summary>Refuses to start with a source it does not know: a misspelt provider must not quietly mean "offline".</summary>
public sealed class UnderstandingOptionsValidation : IValidateOptions<UnderstandingOptions>
{
    public ValidateOptionsResult Validate(string? name, UnderstandingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Equals(options.Provider, UnderstandingOptions.OfflineProvider, StringComparison.OrdinalIgnoreCase) || options.UsesAzureOpenAi
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Understanding:Provider must be {UnderstandingOptions.OfflineProvider} or {UnderstandingOptions.AzureOpenAiProvider}.");
    }
}
