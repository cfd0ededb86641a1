using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>The protocol's JSON: camelCase, nulls left out, tolerant of unknown fields and of case.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
