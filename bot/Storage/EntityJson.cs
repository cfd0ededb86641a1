using System.Globalization;
using System.Text.Json;

using Azure;
using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// The JSON (minimal metadata) form of an entity: custom types carry a <c>Name@odata.type</c>
/// annotation so Int64, DateTime, Guid, Binary and Double values round-trip exactly.
/// </summary>
public static class EntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static byte[] Serialize(TableEntity entity)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, entity);
        }

        return stream.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, TableEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString(EntityProperties.PartitionKey, entity.PartitionKey);
        writer.WriteString(EntityProperties.RowKey, entity.RowKey);
        foreach (var (name, value) in entity.CustomProperties)
        {
            WriteProperty(writer, name, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                writer.WriteString(name + TypeSuffix, EdmValue.Int64);
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                writer.WriteString(name + TypeSuffix, EdmValue.Double);
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset dt:
                writer.WriteString(name + TypeSuffix, EdmValue.DateTime);
                writer.WriteString(name, EdmValue.FormatDateTime(dt));
                break;
            case Guid g:
                writer.WriteString(name + TypeSuffix, EdmValue.Guid);
                writer.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                writer.WriteString(name + TypeSuffix, EdmValue.Binary);
                writer.WriteBase64String(name, bytes);
                break;
            default:
                throw new ArgumentException($"Property '{name}' holds {value.GetType().Name}, which is not a canonical Edm value.");
        }
    }

    // Memory rather than a span: the document reads the bytes in place instead of copying them first.
    public static TableEntity Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    public static TableEntity Read(JsonElement element)
    {
        var entity = new TableEntity();
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name == EntityProperties.ETag)
            {
                entity.ETag = new ETag(property.Value.GetString()!);
                continue;
            }

            if (name.EndsWith(TypeSuffix, StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var type = element.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            if (name == EntityProperties.Timestamp)
            {
                type = EdmValue.DateTime;
            }

            entity[name] = ReadValue(name, property.Value, type);
        }

        return entity;
    }

    private static object ReadValue(string name, JsonElement value, string? edmType) => edmType switch
    {
        EdmValue.Int64 => value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        EdmValue.Double => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseDoubleText(value.GetString()!),
        EdmValue.DateTime => EdmValue.ParseDateTime(value.GetString()!),
        EdmValue.Guid => Guid.Parse(value.GetString()!),
        EdmValue.Binary => value.GetBytesFromBase64(),
        EdmValue.Int32 => value.GetInt32(),
        EdmValue.Boolean => value.GetBoolean(),
        EdmValue.String => value.GetString()!,
        null => ReadUntyped(name, value),
        _ => throw new FormatException($"Property '{name}' has unknown type '{edmType}'."),
    };

    private static object ReadUntyped(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // A bare number is Int32 unless its text says otherwise (a decimal point or an exponent).
        JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt32(out var i) => i,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"Property '{name}' has a JSON {value.ValueKind}, which tables do not hold."),
    };

    private static double ParseDoubleText(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "INF" => double.PositiveInfinity,
        "-Infinity" or "-INF" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };
}
