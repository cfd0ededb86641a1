namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>
/// The Bot Connector sends one token with every activity for the hour it lives; its signature is verified once, but
/// everything else is judged on each use.
/// </summary>
public sealed class TokenReuseTests : ValidatorTestBase
{
    [Fact]
    public async Task A_reused_token_is_still_held_to_the_serviceurl_and_channel_of_each_activity()
    {
        var token = Bearer(Issuer.Sign());
        AssertAuthenticated(await ValidateAsync(token));

        AssertUnauthorized(await ValidateAsync(token, serviceUrl: "https://elsewhere.example.com/"), "serviceurl");
        AssertForbidden(await ValidateAsync(token, channelId: "not-endorsed-channel"));
        AssertAuthenticated(await ValidateAsync(token));
    }

    [Fact]
    public async Task A_reused_token_whose_key_was_rotated_out_is_refused()
    {
        var token = Bearer(Issuer.Sign());
        AssertAuthenticated(await ValidateAsync(token));

        // The key is withdrawn and the bot learns of it (a day's refresh): the verified token dies with its key.
        Issuer.RotateKeys();
        Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        AssertUnauthorized(await ValidateAsync(token), "unknown signing key");
    }

    [Fact]
    public async Task Distinct_tokens_are_never_taken_for_one_another()
    {
        var good = Bearer(Issuer.Sign());
        AssertAuthenticated(await ValidateAsync(good));

        // Same header and claims, another signature: the reuse is by exact text, so this one is verified and fails.
        var parts = good.Split('.');
        var tampered = string.Join('.', parts[0], parts[1], new string('A', parts[2].Length));
        AssertUnauthorized(await ValidateAsync(tampered), "token rejected");
    }
}
