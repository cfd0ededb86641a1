using System.Text.Json;

namespace ConnectorBot.Tests.BotFramework.Cards;

/// <summary>Walks a card's JSON for the assertions every card test makes: its strings and its actions.</summary>
internal static class CardJson
{
    public static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var s in Strings(property.Value))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    /// <summary>Every object whose "type" is the given action type, however deeply nested (fallbacks excluded).</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement element, string type)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var t) && t.GetString() == type)
            {
                yield return element;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name != "fallback"))
            {
                foreach (var found in Objects(property.Value, type))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(item => Objects(item, type)))
            {
                yield return found;
            }
        }
    }

    /// <summary>Asserts the Universal Actions contract: a Submit fallback with the same title, the verb, and every data field.</summary>
    public static void AssertHasSubmitFallback(JsonElement execute)
    {
        var verb = execute.GetProperty("verb").GetString();
        Assert.False(string.IsNullOrEmpty(verb));
        var fallback = execute.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal(execute.GetProperty("title").GetString(), fallback.GetProperty("title").GetString());
        var submitData = fallback.GetProperty("data");
        Assert.Equal(verb, submitData.GetProperty("verb").GetString());
        foreach (var field in execute.GetProperty("data").EnumerateObject())
        {
            Assert.Equal(field.Value.GetRawText(), submitData.GetProperty(field.Name).GetRawText());
        }

        Assert.Equal(execute.GetProperty("data").EnumerateObject().Count() + 1, submitData.EnumerateObject().Count());
    }
}
