using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>Refuses to start with an unknown provider, a bad round budget, or Azure OpenAI chosen without a usable endpoint or deployment; says which setting is wrong.</summary>
public sealed class EmbeddingsOptionsValidation : IValidateOptions<EmbeddingsOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Enabled)
        {
            // Said loudly: silently ignoring it would leave an operator believing Azure OpenAI is in use.
            errors.Add($"Embeddings:Enabled is no longer read: set Embeddings:Provider to {EmbeddingsOptions.AzureOpenAiProvider} for Azure OpenAI (the default, {EmbeddingsOptions.LocalProvider}, needs no setting).");
        }

        if (!string.Equals(options.Provider, EmbeddingsOptions.LocalProvider, StringComparison.OrdinalIgnoreCase) && !options.UsesAzureOpenAi)
        {
            errors.Add($"Embeddings:Provider must be {EmbeddingsOptions.LocalProvider} or {EmbeddingsOptions.AzureOpenAiProvider}.");
        }

        if (options.MaxPerRound < 0)
        {
            errors.Add("Embeddings:MaxPerRound must not be negative.");
        }

        if (!options.UsesAzureOpenAi)
        {
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
        {
            errors.Add("Embeddings:Endpoint must be the Azure OpenAI resource's absolute https address (e.g. https://contoso.openai.azure.com/); plain http only on loopback.");
        }

        if (string.IsNullOrWhiteSpace(options.Deployment))
        {
            errors.Add("Embeddings:Deployment must name the embeddings model's deployment.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiVersion))
        {
            errors.Add("Embeddings:ApiVersion must not be empty.");
        }

        if (options.BatchSize is < 1 or > 2048)
        {
            errors.Add("Embeddings:BatchSize must be between 1 and 2048.");
        }

        if (options.Dimensions is { } dimensions && (dimensions < 1 || dimensions > EmbeddingsOptions.MaxDimensions))
        {
            errors.Add($"Embeddings:Dimensions must be between 1 and {EmbeddingsOptions.MaxDimensions} when set.");
        }

        if (options.MaxAttempts < 1)
        {
            errors.Add("Embeddings:MaxAttempts must be at least 1.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.MaxRetryDelay < TimeSpan.Zero || options.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Embeddings:RetryDelay and MaxRetryDelay must not be negative, RequestTimeout must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
