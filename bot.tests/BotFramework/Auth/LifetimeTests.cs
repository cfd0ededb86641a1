namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>exp/nbf with the protocol's 5 minutes of skew, judged on the injected clock.</summary>
public sealed class LifetimeTests : ValidatorTestBase
{
    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Expired_beyond_skew_is_unauthorized()
    {
        var token = Issuer.Sign(tweak: d => (d.IssuedAt, d.NotBefore, d.Expires) = (Now.AddHours(-1), Now.AddHours(-1), Now.AddMinutes(-5).AddSeconds(-1)));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task Expired_within_skew_is_accepted()
    {
        var token = Issuer.Sign(tweak: d => (d.IssuedAt, d.NotBefore, d.Expires) = (Now.AddHours(-1), Now.AddHours(-1), Now.AddMinutes(-4)));

        AssertAuthenticated(await ValidateAsync(Bearer(token)));
    }

    [Fact]
    public async Task Same_token_is_rejected_once_the_clock_passes_expiry_and_skew()
    {
        var token = Issuer.Sign();
        AssertAuthenticated(await ValidateAsync(Bearer(token)));

        Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task Not_yet_valid_beyond_skew_is_unauthorized()
    {
        var token = Issuer.Sign(tweak: d => (d.NotBefore, d.Expires) = (Now.AddMinutes(6), Now.AddHours(1)));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task Not_before_within_skew_is_accepted()
    {
        var token = Issuer.Sign(tweak: d => (d.NotBefore, d.Expires) = (Now.AddMinutes(4), Now.AddHours(1)));

        AssertAuthenticated(await ValidateAsync(Bearer(token)));
    }

    [Fact]
    public async Task Missing_expiry_is_unauthorized()
    {
        var token = Issuer.Sign(tweak: d => d.Expires = null);
        Assert.DoesNotContain("\"exp\"", Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(token.Split('.')[1]), StringComparison.Ordinal);

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }

    [Fact]
    public async Task Issued_in_the_future_is_unauthorized()
    {
        var token = Issuer.Sign(tweak: d => d.IssuedAt = Now.AddMinutes(30));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "future");
    }
}
