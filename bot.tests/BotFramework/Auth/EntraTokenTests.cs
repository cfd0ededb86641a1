namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>Entra-issued tokens: Bot Service tenants only (plus the bot's own, see <see cref="OwnTenantTests"/>), tid must match the issuer.</summary>
public sealed class EntraTokenTests : ValidatorTestBase
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Valid_entra_token_from_a_bot_service_tenant_is_accepted(bool v2)
    {
        var caller = AssertAuthenticated(await ValidateAsync(Bearer(Issuer.SignEntra(v2: v2)))).Caller;

        Assert.Equal(TestIssuer.BotServiceTenant, caller.TenantId);
        Assert.Equal("bot-service-caller", caller.AppId);
        Assert.Null(caller.ServiceUrl);
    }

    [Theory]
    [InlineData("f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("69e9b82d-4842-4902-8d1e-abc5b98a55e8")]
    public async Task Every_bot_service_tenant_is_trusted(string tenant)
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.SignEntra(tenant))));
    }

    [Fact]
    public async Task Tenant_not_allowed_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.SignEntra("11111111-2222-3333-4444-555555555555"))), "untrusted issuer");
    }

    [Fact]
    public async Task Tid_that_differs_from_the_issuer_tenant_is_unauthorized()
    {
        var token = Issuer.SignEntra(tweak: d => d.Claims["tid"] = "f8cdef31-a31e-4b4a-93e4-5f571e91255a");

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "tid");
    }

    [Fact]
    public async Task Missing_tid_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.SignEntra(tweak: d => d.Claims.Remove("tid")))), "tid");
    }

    [Fact]
    public async Task Entra_token_for_another_audience_is_unauthorized()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.SignEntra(tweak: d => d.Audience = "another-bot"))), "InvalidAudience");
    }

    [Fact]
    public async Task Entra_token_with_a_mismatched_service_url_is_unauthorized()
    {
        var token = Issuer.SignEntra(tweak: d => d.Claims["serviceurl"] = "https://elsewhere.example.com/");

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "serviceurl");
    }

    [Fact]
    public async Task Expired_entra_token_is_unauthorized()
    {
        var token = Issuer.SignEntra();
        Time.Advance(TimeSpan.FromHours(2));

        AssertUnauthorized(await ValidateAsync(Bearer(token)), "Lifetime");
    }
}

/// <summary>The bot's own tenant (single-tenant bots) is trusted in addition to the Bot Service tenants.</summary>
public sealed class OwnTenantTests : ValidatorTestBase
{
    private const string OwnTenant = "0b0b0b0b-1111-4222-8333-444444444444";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Bot:TenantId"] = OwnTenant };

    [Fact]
    public async Task Own_tenant_is_accepted()
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.SignEntra(OwnTenant))));
    }

    [Fact]
    public async Task Other_tenants_are_still_rejected()
    {
        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.SignEntra("11111111-2222-3333-4444-555555555555"))), "untrusted issuer");
    }
}
