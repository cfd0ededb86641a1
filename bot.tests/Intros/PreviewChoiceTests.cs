using System.Text.Json;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Intros;

/// <summary>Reading what the admin kept from the switches a match-now Post press carries, and the round keeping it.</summary>
public sealed class PreviewChoiceTests
{
    private const string Round = "20261118T1200-now";

    [Fact]
    public void Switches_left_on_are_kept_and_those_switched_off_are_counted_as_dropped()
    {
        var data = new Dictionary<string, object>
        {
            ["teamId"] = "19:team@thread.tacv2",
            ["roundId"] = Round,
            [PreviewChoice.InputId("20261118T1200-now-aaa")] = "true",
            [PreviewChoice.InputId("20261118T1200-now-bbb")] = "false",
            [PreviewChoice.InputId("20261118T1200-now-ccc")] = true,
        };

        var choice = PreviewChoice.Read(Post(data));

        Assert.NotNull(choice);
        Assert.Equal(["20261118T1200-now-aaa", "20261118T1200-now-ccc"], choice!.SwitchedOn.Order(StringComparer.Ordinal));
        Assert.Equal(["20261118T1200-now-bbb"], choice.SwitchedOff);
        Assert.False(choice.MakesUnlisted);
    }

    [Fact]
    public void A_press_without_switches_keeps_every_intro()
    {
        Assert.Null(PreviewChoice.Read(Post(new Dictionary<string, object> { ["roundId"] = Round })));
    }

    [Fact]
    public void A_preview_that_listed_every_intro_makes_only_those_left_on_and_nothing_when_all_are_off()
    {
        var plan = Plan("aaa", "bbb", "ccc");

        var some = PreviewChoice.Read(Post(Switches(("aaa", "true"), ("bbb", "false"), ("ccc", "false"))))!;
        var none = PreviewChoice.Read(Post(Switches(("aaa", "false"), ("bbb", "false"), ("ccc", "false"))))!;

        Assert.Equal([Id("aaa")], plan.Keeping(some).NewIntros.Select(i => i.IntroId));
        Assert.True(none.MakesNone);
        Assert.Empty(plan.Keeping(none).NewIntros);
    }

    [Fact]
    public void A_preview_that_listed_only_some_makes_every_intro_but_those_switched_off()
    {
        var plan = Plan("aaa", "bbb", "ccc", "ddd", "eee");
        var data = Switches(("aaa", "true"), ("bbb", "false"));
        data[PreviewChoice.UnlistedKey] = true;

        var choice = PreviewChoice.Read(Post(data))!;

        Assert.True(choice.MakesUnlisted);
        Assert.False(choice.MakesNone);
        Assert.Equal([Id("aaa"), Id("ccc"), Id("ddd"), Id("eee")], plan.Keeping(choice).NewIntros.Select(i => i.IntroId));
    }

    [Fact]
    public void A_preview_that_listed_only_some_still_makes_the_rest_when_every_listed_one_is_switched_off()
    {
        var plan = Plan("aaa", "bbb", "ccc");
        var data = Switches(("aaa", "false"), ("bbb", "false"));
        data[PreviewChoice.UnlistedKey] = "true";

        var choice = PreviewChoice.Read(Post(data))!;

        Assert.False(choice.MakesNone);
        Assert.Equal([Id("ccc")], plan.Keeping(choice).NewIntros.Select(i => i.IntroId));
    }

    private static string Id(string suffix) => Round + "-" + suffix;

    private static RoundPlan Plan(params string[] suffixes) =>
        new(Round, 2 * suffixes.Length, 2 * suffixes.Length, [], [.. suffixes.Select(s => IntroSamples.Intro(Id(s), IntroState.Planned))], []);

    private static Dictionary<string, object> Switches(params (string Suffix, string Value)[] switches)
    {
        var data = new Dictionary<string, object> { ["teamId"] = "19:team@thread.tacv2", ["roundId"] = Round };
        foreach (var (suffix, value) in switches)
        {
            data[PreviewChoice.InputId(Id(suffix))] = value;
        }

        return data;
    }

    private static CardAction Post(Dictionary<string, object> data) =>
        new(SettingsVerbs.MatchPost, JsonSerializer.SerializeToElement(data), IsExecute: true);
}
