using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.Tests.BotFramework.Auth;

public sealed class HeaderAndFormatTests : ValidatorTestBase
{
    [Fact]
    public async Task Valid_rs_256_token_is_accepted_with_its_claims()
    {
        var result = await ValidateAsync(Bearer(Issuer.Sign()));

        var caller = AssertAuthenticated(result).Caller;
        Assert.Equal(TestIssuer.DefaultServiceUrl, caller.ServiceUrl);
        Assert.Equal(TestIssuer.BotConnectorIssuer, caller.Issuer);
        Assert.Equal("d6d49420-0000-0000-0000-botconnector", caller.AppId);
        Assert.Equal(TestIssuer.AppId, caller.Identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Other_rsa_algorithms_are_accepted(string algorithm)
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign(algorithm: algorithm))));
    }

    [Fact]
    public async Task Scheme_is_case_insensitive()
    {
        AssertAuthenticated(await ValidateAsync("bearer " + Issuer.Sign()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Missing_header_is_unauthorized(string? header)
    {
        AssertUnauthorized(await ValidateAsync(header), "no Authorization header");
    }

    [Fact]
    public async Task Basic_scheme_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync("Basic " + Convert.ToBase64String("user:password"u8.ToArray())), "not Bearer");
    }

    [Fact]
    public async Task Token_without_scheme_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Issuer.Sign()), "not Bearer");
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer     ")]
    public async Task Empty_bearer_is_unauthorized(string header)
    {
        AssertUnauthorized(await ValidateAsync(header), "empty bearer");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("....")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30")]
    public async Task Garbage_is_unauthorized(string token)
    {
        AssertUnauthorized(await ValidateAsync(Bearer(token)), "not a signed JWT");
    }

    [Fact]
    public async Task Encrypted_token_shape_is_unauthorized()
    {
        // Five segments: a JWE. The bot never accepts encrypted tokens.
        var header = Base64UrlEncoder.Encode("""{"alg":"RSA-OAEP","enc":"A256GCM","kid":"x"}""");
        AssertUnauthorized(await ValidateAsync(Bearer($"{header}.AAAA.AAAA.AAAA.AAAA")), "not a signed JWT");
    }

    [Fact]
    public async Task Rejections_are_logged_without_the_token()
    {
        var token = Issuer.Sign(tweak: d => d.Audience = "someone-else");

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "InvalidAudience");

        Assert.Contains(Logs.Lines, line => line.Contains("401", StringComparison.Ordinal));
        var signature = token[(token.LastIndexOf('.') + 1)..];
        var payload = token.Split('.')[1];
        Assert.DoesNotContain(Logs.Lines, line => line.Contains(payload, StringComparison.Ordinal) || line.Contains(signature, StringComparison.Ordinal));
    }
}
