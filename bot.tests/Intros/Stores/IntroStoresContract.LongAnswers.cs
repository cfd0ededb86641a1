using ConnectorBot.Intros.Stores;

using static ConnectorBot.Tests.Intros.IntroSamples;

namespace ConnectorBot.Tests.Intros.Stores;

public abstract partial class IntroStoresContract
{
    [Fact]
    public async Task Intro_emoji_answers_at_the_cap_round_trip_exactly()
    {
        // 1,000 text elements of emoji are 2,000 UTF-16 chars; escaped as JSON they would be 6,000 each, 48K for a trio.
        var emoji = string.Concat(Enumerable.Repeat("🍵", 1000));
        var tricky = @"C:\uD83D\path \\uD83C\uDF75 ""\u0041"" " + emoji[..20];
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var intro = Intro(tenant: tenant) with
        {
            Parties =
            [
                Party(Ada, "Ada") with { Accomplish = emoji, ConnectWith = emoji, Offer = tricky },
                Party(Ben, "Ben") with { Accomplish = emoji, ConnectWith = emoji, Offer = emoji },
                Party("aad-cy-0003", "Cy") with { Accomplish = emoji, ConnectWith = emoji, Offer = emoji },
            ],
        };

        await store.AddManyAsync([intro]);

        Assert.Equal(intro.Parties, (await store.GetAsync(tenant, Team, intro.IntroId))!.Parties);
    }

    [Fact]
    public async Task Intro_answers_too_long_for_one_property_are_shortened_not_failed()
    {
        // Stacked combining marks: one text element, many chars; the interview's cap cannot bound them.
        var huge = string.Concat(Enumerable.Repeat("e\u0301\u0302\u0303\u0304", 4000));
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        var intro = Intro(tenant: tenant) with
        {
            Parties = [Party(Ada, "Ada") with { Accomplish = huge, ConnectWith = huge, Offer = huge }, Party(Ben, "Ben")],
        };

        await store.AddManyAsync([intro]);
        var read = (await store.GetAsync(tenant, Team, intro.IntroId))!;

        var ada = read.Party(Ada)!;
        Assert.EndsWith("…", ada.Accomplish, StringComparison.Ordinal);
        Assert.StartsWith(ada.Accomplish![..^1], huge, StringComparison.Ordinal);
        Assert.Equal(intro.Party(Ben), read.Party(Ben));
    }

    [Fact]
    public async Task Intro_export_leaves_out_the_other_members_answers()
    {
        const string BensSecret = "Ben's own goal, not Ada's to export";
        var store = new IntroStore(Tables);
        var tenant = NewTenant();
        await store.AddManyAsync([Intro(tenant: tenant) with { Parties = [Party(Ada, "Ada"), Party(Ben, "Ben") with { Accomplish = BensSecret }] }]);

        var row = Assert.Single(await store.ExportAsync(Member(tenant, Ada), CancellationToken.None));
        var parties = (string)row[nameof(IntroEntity.Parties)];

        Assert.DoesNotContain(BensSecret, parties, StringComparison.Ordinal);
        Assert.Contains("Ben", parties, StringComparison.Ordinal);
        Assert.Contains(Party(Ada, "Ada").Accomplish!, parties, StringComparison.Ordinal);
    }
}
