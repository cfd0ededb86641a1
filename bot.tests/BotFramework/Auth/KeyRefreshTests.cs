namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>Keys are cached, refreshed daily, refreshed at once for an unknown kid, and never more than once per 30 s.</summary>
public sealed class KeyRefreshTests : ValidatorTestBase
{
    private static readonly TimeSpan PastMinimumInterval = TimeSpan.FromSeconds(31);

    [Fact]
    public async Task Keys_are_fetched_once_for_many_tokens()
    {
        for (var i = 0; i < 5; i++)
        {
            AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        }

        Assert.Equal(1, Issuer.BotConnectorMetadataRequests);
        Assert.Equal(0, Issuer.EntraMetadataRequests);
    }

    [Fact]
    public async Task Unknown_kid_asks_the_metadata_endpoint_again_exactly_once()
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Time.Advance(PastMinimumInterval);

        var forged = Issuer.Sign(key: TestIssuer.UnpublishedKey("forged-kid-1"));
        AssertUnauthorized(await ValidateAsync(Bearer(forged)), "unknown signing key");
        Assert.Equal(2, Issuer.BotConnectorMetadataRequests);

        // A second unknown kid within the minimum interval does not reach the endpoint.
        var another = Issuer.Sign(key: TestIssuer.UnpublishedKey("forged-kid-2"));
        AssertUnauthorized(await ValidateAsync(Bearer(another)), "unknown signing key");
        Assert.Equal(2, Issuer.BotConnectorMetadataRequests);
    }

    [Fact]
    public async Task A_flood_of_forged_kids_causes_at_most_one_fetch()
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Time.Advance(PastMinimumInterval);

        var forger = TestIssuer.UnpublishedKey("flood");
        var tokens = Enumerable.Range(0, 25).Select(i => Issuer.Sign(key: forger with { Kid = $"flood-{i}" })).ToList();
        var results = await Task.WhenAll(tokens.Select(t => ValidateAsync(Bearer(t))));

        Assert.All(results, r => AssertUnauthorized(r, "unknown signing key"));
        Assert.Equal(2, Issuer.BotConnectorMetadataRequests);
    }

    [Fact]
    public async Task Rotated_key_is_fetched_and_the_retired_one_rejected()
    {
        var retired = Issuer.CurrentKey;
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Issuer.RotateKeys();
        Time.Advance(PastMinimumInterval);

        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Assert.Equal(2, Issuer.BotConnectorMetadataRequests);

        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(key: retired))), "unknown signing key");
    }

    [Fact]
    public async Task New_key_soon_after_a_fetch_waits_for_the_minimum_interval()
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        var added = Issuer.AddKey();

        AssertUnauthorized(await ValidateAsync(Bearer(Issuer.Sign(key: added))), "unknown signing key");
        Assert.Equal(1, Issuer.BotConnectorMetadataRequests);

        Time.Advance(PastMinimumInterval);
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign(key: added))));
        Assert.Equal(2, Issuer.BotConnectorMetadataRequests);
    }

    [Fact]
    public async Task Keys_are_refreshed_after_a_day()
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Time.Advance(TimeSpan.FromHours(23));
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Assert.Equal(1, Issuer.BotConnectorMetadataRequests);

        Time.Advance(TimeSpan.FromHours(1));
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.Sign())));
        Assert.Equal(2, Issuer.BotConnectorMetadataRequests);
    }

    [Fact]
    public async Task Entra_keys_come_from_the_entra_metadata()
    {
        AssertAuthenticated(await ValidateAsync(Bearer(Issuer.SignEntra())));

        Assert.Equal(1, Issuer.EntraMetadataRequests);
        Assert.Equal(0, Issuer.BotConnectorMetadataRequests);
    }
}
