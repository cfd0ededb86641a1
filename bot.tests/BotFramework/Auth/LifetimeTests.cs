namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>exp/nbf with the protocol's 5 minutes of skew, judged on the injected clock.</summary>
public sealed class LifetimeTests : ValidatorTestBase
{
    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task ExpiredBeyondSkewIsUnauthorized()
    {
        var token = Issuer.Sign(tweak: d => (d.IssuedAt, d.NotBefore, d.Expires) = (Now.AddHours(-1), Now.AddHours(-1), Now.AddMinutes(-5).AddSeconds(-1)));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task ExpiredWithinSkewIsAccepted()
    {
        var token = Issuer.Sign(tweak: d => (d.IssuedAt, d.NotBefore, d.Expires) = (Now.AddHours(-1), Now.AddHours(-1), Now.AddMinutes(-4)));

        AssertAuthenticated(await ValidateAsync(Bearer(token)));
    }

    [Fact]
    public async Task SameTokenIsRejectedOnceTheClockPassesExpiryAndSkew()
    {
        var token = Issuer.Sign();
        AssertAuthenticated(await ValidateAsync(Bearer(token)));

        Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task NotYetValidBeyondSkewIsUnauthorized()
    {
        var token = Issuer.Sign(tweak: d => (d.NotBefore, d.Expires) = (Now.AddMinutes(6), Now.AddHours(1)));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task NotBeforeWithinSkewIsAccepted()
    {
        var token = Issuer.Sign(tweak: d => (d.NotBefore, d.Expires) = (Now.AddMinutes(4), Now.AddHours(1)));

        AssertAuthenticated(await ValidateAsync(Bearer(token)));
    }

    [Fact]
    public async Task MissingExpiryIsUnauthorized()
    {
        var token = Issuer.Sign(tweak: d => d.Expires = null);
        Assert.DoesNotContain("\"exp\"", Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(token.Split('.')[1]), StringComparison.Ordinal);

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task IssuedInTheFutureIsUnauthorized()
    {
        var token = Issuer.Sign(tweak: d => d.IssuedAt = Now.AddMinutes(30));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "future");
    }
}
