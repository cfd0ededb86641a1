using ConnectorBot.Intros;

namespace ConnectorBot.Tests.Intros;

/// <summary>Intros as a round would make them, with Teams-shaped ids.</summary>
internal static class IntroSamples
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Team = "19:abc123def456@thread.tacv2";
    public const string Ada = "aad-ada-0001";
    public const string Ben = "aad-ben-0002";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static IntroParty Party(string memberId, string name) => new()
    {
        MemberId = memberId,
        UserId = "29:1" + memberId,
        Name = name,
        UserPrincipalName = name.ToLowerInvariant() + "@contoso.com",
        Accomplish = "Plan iced-tea promotions around heatwaves.",
        ConnectWith = "Someone who knows demand forecasting.",
        Offer = "A year of promotion post-mortems.",
    };

    public static IntroRecord Intro(string introId = "20260302T0900-1", IntroState state = IntroState.Posted, string tenant = Tenant, string team = Team) => new()
    {
        TenantId = tenant,
        TeamId = team,
        RoundId = "20260302T0900",
        IntroId = introId,
        Parties = [Party(Ada, "Ada"), Party(Ben, "Ben")],
        Score = 0.87,
        Reason = "Ada wants forecasting help; Ben built the demand model.",
        State = state,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "19:channel;messageid=1700000000000@thread.tacv2",
        CreatedAt = Now.AddMinutes(-5),
        PostedAt = state == IntroState.Planned ? null : Now,
    };
}
