namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>When the signing keys cannot be loaded nothing is authenticated.</summary>
public sealed class UnavailableMetadataTests : ValidatorTestBase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Bot:OpenIdMetadataUrl"] = new Uri(Issuer.BaseAddress, "missing/openidconfiguration").ToString() };

    [Fact]
    public async Task Token_is_unauthorized_and_the_failure_is_logged()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign())), "unknown signing key");

        Assert.Contains(Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("could not load signing keys", StringComparison.Ordinal));
    }
}

/// <summary>A bot without an app id cannot match any audience; it must say so rather than accept tokens.</summary>
public sealed class MissingAppIdTests : ValidatorTestBase
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Bot:AppId"] = string.Empty };

    [Fact]
    public async Task Every_token_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign())), "AppId");
    }
}
