using Microsoft.IdentityModel.Tokens;

namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>Issuer, audience, serviceurl and channel endorsement of Bot Connector tokens.</summary>
public sealed class ClaimsTests : ValidatorTestBase
{
    [Fact]
    public async Task Wrong_audience_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Audience = "another-bot"))), "InvalidAudience");
    }

    [Fact]
    public async Task Missing_audience_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Audience = null))), "Audience");
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://sts.windows.net/common/")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    public async Task Wrong_issuer_is_unauthorized(string issuer)
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Issuer = issuer))), "untrusted issuer");
    }

    [Fact]
    public async Task Missing_issuer_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(tweak: d => d.Issuer = null))), "untrusted issuer");
    }

    [Fact]
    public async Task Wrong_service_url_claim_is_unauthorized()
    {
        var token = Issuer.Sign(serviceUrl: "https://smba.trafficmanager.net/emea/");

        AssertUnauthorized(await ValidateAsync(Bearer(token), serviceUrl: "https://smba.trafficmanager.net/amer/"), "does not match");
    }

    [Fact]
    public async Task Missing_service_url_claim_is_unauthorized()
    {
        var token = Issuer.Sign(tweak: d => d.Claims.Remove("serviceurl"));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "serviceurl claim missing");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/Teams/")]
    public async Task Service_url_ignores_case_and_trailing_slash(string activityServiceUrl)
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign()), serviceUrl: activityServiceUrl));
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_channel_is_forbidden()
    {
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");
        var token = Issuer.Sign("webchat", key: webChatOnly);

        AssertForbidden(await ValidateAsync(Bearer(token), channelId: "msteams"));
    }

    [Fact]
    public async Task Key_endorsed_for_the_channel_is_accepted()
    {
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");

        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign("webchat", key: webChatOnly)), channelId: "webchat"));
    }

    [Fact]
    public async Task Key_without_endorsements_is_forbidden()
    {
        var bare = Issuer.Publish(TestSigningKey.Create("no-endorsements", []));
        var token = Issuer.Sign(tweak: d => d.SigningCredentials = new SigningCredentials(bare.SecurityKey, SecurityAlgorithms.RsaSha256));

        AssertForbidden(await ValidateAsync(Bearer(token), channelId: "msteams"));
    }

    [Fact]
    public async Task Endorsement_is_checked_only_after_the_token_is_valid()
    {
        // An invalid token from a non-endorsed key is a 401, not a 403: 403 never confirms a forgery got that far.
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");
        var token = Issuer.Sign("webchat", key: webChatOnly, tweak: d => d.Audience = "another-bot");

        AssertUnauthorized(await ValidateAsync(Bearer(token), channelId: "msteams"), "InvalidAudience");
    }

    [Fact]
    public void Signing_for_a_channel_the_key_does_not_endorse_is_a_test_mistake()
    {
        var webChatOnly = Issuer.AddKey(endorsements: "webchat");

        Assert.Throws<ArgumentException>(() => Issuer.Sign("msteams", key: webChatOnly));
    }
}
