using System.Text.Json;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Intros;

/// <summary>Reading what the admin kept from the switches a match-now Post press carries.</summary>
public sealed class PreviewChoiceTests
{
    [Fact]
    public void Switches_left_on_are_kept_and_those_switched_off_are_counted_as_dropped()
    {
        var data = new Dictionary<string, object>
        {
            ["teamId"] = "19:team@thread.tacv2",
            ["roundId"] = "20261118T1200-now",
            [PreviewChoice.InputId("20261118T1200-now-aaa")] = "true",
            [PreviewChoice.InputId("20261118T1200-now-bbb")] = "false",
            [PreviewChoice.InputId("20261118T1200-now-ccc")] = true,
        };

        var choice = PreviewChoice.Read(Post(data));

        Assert.NotNull(choice);
        Assert.Equal(["20261118T1200-now-aaa", "20261118T1200-now-ccc"], choice!.Kept.Order(StringComparer.Ordinal));
        Assert.Equal(1, choice.Dropped);
    }

    [Fact]
    public void A_press_without_switches_keeps_every_intro()
    {
        Assert.Null(PreviewChoice.Read(Post(new Dictionary<string, object> { ["roundId"] = "20261118T1200-now" })));
    }

    private static CardAction Post(Dictionary<string, object> data) =>
        new(SettingsVerbs.MatchPost, JsonSerializer.SerializeToElement(data), IsExecute: true);
}
