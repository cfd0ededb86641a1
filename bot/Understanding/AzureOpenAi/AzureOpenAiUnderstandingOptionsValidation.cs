using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// When <c>Understanding:Provider</c> is AzureOpenAI, refuses to start without a usable endpoint, deployment, budget,
/// tries and time-outs; says which setting is wrong. Nothing is checked for the offline provider.
/// </summary>
public sealed class AzureOpenAiUnderstandingOptionsValidation : IValidateOptions<UnderstandingOptions>
{
    public ValidateOptionsResult Validate(string? name, UnderstandingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.UsesAzureOpenAi)
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback)))
        {
            errors.Add("Understanding:Endpoint must be the Azure OpenAI resource's absolute https address (e.g. https://contoso.openai.azure.com/); plain http only on loopback.");
        }

        if (string.IsNullOrWhiteSpace(options.Deployment))
        {
            errors.Add("Understanding:Deployment must name the chat model's deployment.");
        }

        if (options.DailyBudget < 1)
        {
            errors.Add("Understanding:DailyBudget must be at least 1 (to stop calling Azure OpenAI, set Understanding:Provider to Offline).");
        }

        if (options.MaxAttempts is < 1 or > 10)
        {
            errors.Add("Understanding:MaxAttempts must be between 1 and 10.");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.MaxRetryDelay < TimeSpan.Zero)
        {
            errors.Add("Understanding:RetryDelay and MaxRetryDelay must not be negative.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > TimeSpan.FromMinutes(10))
        {
            errors.Add("Understanding:RequestTimeout must be positive and at most 10 minutes.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
