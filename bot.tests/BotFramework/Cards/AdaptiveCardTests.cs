using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Tests.BotFramework.Cards;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void Card_is_adaptive_card_15_with_schema()
    {
        var card = new AdaptiveCard().Add(TextBlock("Hello")).ToJsonElement();

        Assert.Equal(JsonValueKind.Object, card.ValueKind);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card.GetProperty("$schema").GetString());
        Assert.Equal("Hello", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.False(card.TryGetProperty("actions", out _));
    }

    [Fact]
    public void Text_block_writes_only_the_options_given()
    {
        var plain = TextBlock("a");
        var styled = TextBlock("b", TextWeight.Bolder, TextSize.ExtraLarge, isSubtle: true, wrap: false);

        Assert.Equal("""{"type":"TextBlock","text":"a","wrap":true}""", plain.ToJsonString());
        Assert.Equal(
            """{"type":"TextBlock","text":"b","wrap":false,"weight":"bolder","size":"extraLarge","isSubtle":true}""",
            styled.ToJsonString());
    }

    [Fact]
    public void Fact_set_container_and_action_set_nest_as_adaptive_cards_expects()
    {
        var card = new AdaptiveCard()
            .Add(Container([FactSet(("Goal", "ship"), ("Team", "core")), ActionSet(CardActions.ExecuteAction("Go", "x.go", null))], separator: true))
            .ToJsonElement();

        var container = card.GetProperty("body")[0];
        Assert.Equal("Container", container.GetProperty("type").GetString());
        Assert.True(container.GetProperty("separator").GetBoolean());
        var facts = container.GetProperty("items")[0];
        Assert.Equal("FactSet", facts.GetProperty("type").GetString());
        Assert.Equal("core", facts.GetProperty("facts")[1].GetProperty("value").GetString());
        Assert.Equal("ActionSet", container.GetProperty("items")[1].GetProperty("type").GetString());
    }

    [Fact]
    public void Execute_action_carries_a_submit_fallback_with_the_verb_and_data()
    {
        var action = CardActions.ExecuteAction("Edit", "interview.edit", new { field = "offer", count = 2 }, CardActions.Positive);
        var json = JsonSerializer.SerializeToElement(action);

        Assert.Equal("Action.Execute", json.GetProperty("type").GetString());
        Assert.Equal("interview.edit", json.GetProperty("verb").GetString());
        Assert.Equal("offer", json.GetProperty("data").GetProperty("field").GetString());
        Assert.Equal("positive", json.GetProperty("style").GetString());
        Assert.Equal("positive", json.GetProperty("fallback").GetProperty("style").GetString());
        Assert.Equal(2, json.GetProperty("fallback").GetProperty("data").GetProperty("count").GetInt32());
        CardJson.AssertHasSubmitFallback(json);
    }

    [Fact]
    public void Execute_action_without_data_still_sends_the_verb()
    {
        var json = JsonSerializer.SerializeToElement(CardActions.ExecuteAction("Cancel", "x.cancel", null));

        Assert.Empty(json.GetProperty("data").EnumerateObject());
        Assert.False(json.TryGetProperty("style", out _));
        Assert.Equal("""{"verb":"x.cancel"}""", json.GetProperty("fallback").GetProperty("data").GetRawText());
    }

    [Fact]
    public void Execute_action_copies_json_object_data_so_the_callers_node_is_not_adopted()
    {
        var data = new JsonObject { ["consent"] = true };

        var first = CardActions.ExecuteAction("Yes", "x.consent", data);
        var second = CardActions.ExecuteAction("Yes again", "x.consent", data);

        Assert.Null(data.Parent);
        Assert.True(first["data"]!["consent"]!.GetValue<bool>());
        Assert.True(second["fallback"]!["data"]!["consent"]!.GetValue<bool>());
    }

    [Fact]
    public void Execute_action_rejects_the_reserved_verb_field_and_non_object_data()
    {
        Assert.Throws<ArgumentException>(() => CardActions.ExecuteAction("x", "a.b", new { verb = "other" }));
        Assert.Throws<ArgumentException>(() => CardActions.ExecuteAction("x", "a.b", new[] { 1, 2 }));
        Assert.Throws<ArgumentException>(() => CardActions.ExecuteAction("x", " ", null));
    }

    [Fact]
    public void The_submit_fallback_round_trips_through_card_action()
    {
        var json = JsonSerializer.SerializeToElement(CardActions.ExecuteAction("Edit", "interview.edit", new { field = "offer" }));
        var submitted = json.GetProperty("fallback").GetProperty("data");

        var action = new CardAction(submitted.GetProperty(CardAction.VerbField).GetString()!, submitted, IsExecute: false);

        Assert.Equal("interview.edit", action.Verb);
        Assert.Equal("offer", action.GetString("field"));
    }

    [Fact]
    public void Card_can_be_rendered_twice_and_both_forms_serialise_the_same()
    {
        var builder = new AdaptiveCard()
            .Add(TextBlock("t"))
            .AddActions(CardActions.ExecuteAction("Go", "x.go", new { a = 1 }));

        var element = builder.ToJsonElement();
        var again = builder.ToJsonElement();
        var invoke = JsonSerializer.Serialize(InvokeResponse.Card(builder.ToInvokeValue()).Body, BotJson.Options);

        Assert.Equal(element.GetRawText(), again.GetRawText());
        Assert.Contains(element.GetRawText(), invoke, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", invoke, StringComparison.Ordinal);
        CardJson.AssertHasSubmitFallback(element.GetProperty("actions")[0]);
    }

    [Fact]
    public void Builder_inserts_text_only_where_it_is_given()
    {
        var card = new AdaptiveCard().Add(TextBlock(CardText.Escape("**bold** ${x}"))).ToJsonElement();

        var strings = CardJson.Strings(card).ToList();

        Assert.Contains(@"\*\*bold\*\* $" + "\u200B{x}", strings);
        Assert.DoesNotContain(strings, s => s.Contains("**bold**", StringComparison.Ordinal));
    }
}
