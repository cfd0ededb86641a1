using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>Issuer, audience, serviceurl and channel endorsement of Bot Connector tokens.</summary>
public sealed class ClaimsTests : ValidatorTestBase
{
    [Fact]
    public async Task WrongAudienceIsUnauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Audience = "another-bot"))), "InvalidAudience");
    }

    [Fact]
    public async Task MissingAudienceIsUnauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Audience = null))), "Audience");
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://sts.windows.net/common/")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    public async Task WrongIssuerIsUnauthorized(string issuer)
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Issuer = issuer))), "untrusted issuer");
    }

    [Fact]
    public async Task MissingIssuerIsUnauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Issuer = null))), "untrusted issuer");
    }

    [Fact]
    public async Task WrongServiceUrlClaimIsUnauthorized()
    {
        var token = Issuer.Sign(serviceUrl: "https://smba.trafficmanager.net/emea/");

        AssertUnauthorized(await ValidateAsync(Bearer(token), serviceUrl: "https://smba.trafficmanager.net/amer/"), "does not match");
    }

    [Fact]
    public async Task MissingServiceUrlClaimIsUnauthorized()
    {
        var token = Issuer.Sign(tweak: d => d.Claims.Remove("serviceurl"));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "serviceurl claim missing");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/Teams/")]
    public async Task ServiceUrlIgnoresCaseAndTrailingSlash(string activityServiceUrl)
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign()), serviceUrl: activityServiceUrl));
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannelIsForbidden()
    {
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");
        var token = Issuer.Sign("webchat", key: webChatOnly);

        AssertForbidden(await ValidateAsync(Bearer(token), channelId: "msteams"));
    }

    [Fact]
    public async Task KeyEndorsedForTheChannelIsAccepted()
    {
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");

        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign("webchat", key: webChatOnly)), channelId: "webchat"));
    }

    [Fact]
    public async Task KeyWithoutEndorsementsIsForbidden()
    {
        var bare = Issuer.Publish(TestSigningKey.Create("no-endorsements", []));
        var token = Issuer.Sign(tweak: d => d.SigningCredentials = new SigningCredentials(bare.SecurityKey, SecurityAlgorithms.RsaSha256));

        AssertForbidden(await ValidateAsync(Bearer(token), channelId: "msteams"));
    }

    [Fact]
    public async Task EndorsementIsCheckedOnlyAfterTheTokenIsValid()
    {
        // An invalid token from a non-endorsed key is a 401, not a 403: 403 never confirms a forgery got that far.
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");
        var token = Issuer.Sign("webchat", key: webChatOnly, tweak: d => d.Audience = "another-bot");

        AssertUnauthorized(await ValidateAsync(Bearer(token), channelId: "msteams"), "InvalidAudience");
    }

    [Fact]
    public void SigningForAChannelTheKeyDoesNotEndorseIsATestMistake()
    {
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");

        Assert.Throws<ArgumentException>(() => Issuer.Sign("msteams", key: webChatOnly));
    }
}
