using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// Maps a typed entity's public read/write properties to and from the canonical <see cref="TableEntity"/>
/// both stores handle (see <see cref="EdmValue"/>). Ours rather than the SDK's reflection, so the two
/// stores write exactly the same names and Edm types (enums as their names, DateTime as UTC).
/// </summary>
public static class EntityMapper
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    /// <summary>The wire form of an entity to write: keys checked, values canonical, nulls dropped.</summary>
    public static TableEntity ToTableEntity(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKey.Validate(entity.PartitionKey, nameof(entity.PartitionKey));
        TableKey.Validate(entity.RowKey, nameof(entity.RowKey));
        var result = new TableEntity(entity.PartitionKey, entity.RowKey);
        if (entity.ETag != default)
        {
            result.ETag = entity.ETag;
        }

        if (entity is TableEntity dictionary)
        {
            foreach (var (name, value) in dictionary.CustomProperties)
            {
                Set(result, name, value);
            }

            return result;
        }

        foreach (var property in PropertiesOf(entity.GetType()))
        {
            Set(result, property.Name, property.GetValue(entity));
        }

        return result;
    }

    /// <summary>An entity as read, with its values made canonical (the SDK may hand back DateTime or BinaryData).</summary>
    public static TableEntity Canonical(TableEntity read)
    {
        var result = new TableEntity();
        foreach (var (name, value) in read)
        {
            if (value is null)
            {
                continue;
            }

            result[name] = EntityProperties.IsSystem(name) ? value : EdmValue.Normalize(name, value)!;
        }

        return result;
    }

    public static T FromTableEntity<T>(TableEntity entity)
        where T : ITableEntity, new()
    {
        if (entity is T same)
        {
            return same;
        }

        var result = new T
        {
            PartitionKey = entity.PartitionKey,
            RowKey = entity.RowKey,
            Timestamp = entity.Timestamp,
            ETag = entity.ETag,
        };
        foreach (var property in PropertiesOf(typeof(T)))
        {
            if (entity.TryGetValue(property.Name, out var value) && value is not null)
            {
                property.SetValue(result, Convert(value, property.PropertyType, property.Name));
            }
        }

        return result;
    }

    private static void Set(TableEntity target, string name, object? value)
    {
        var normalized = EdmValue.Normalize(name, value);
        if (normalized is not null)
        {
            target[name] = normalized;
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type) => PropertiesByType.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
        .Where(p => !EntityProperties.IsSystem(p.Name) && p.Name != nameof(ITableEntity.ETag))
        .Where(p => p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
        .ToArray());

    private static object? Convert(object value, Type target, string name)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return value switch
        {
            _ when type.IsInstanceOfType(value) => value,
            string s when type.IsEnum => Enum.Parse(type, s),
            DateTimeOffset d when type == typeof(DateTime) => d.UtcDateTime,
            byte[] b when type == typeof(BinaryData) => new BinaryData(b),
            int i when type == typeof(long) => (long)i,
            int i when type == typeof(double) => (double)i,
            _ => throw new InvalidOperationException($"Property '{name}' is stored as {value.GetType().Name} but the entity declares {target.Name}."),
        };
    }
}
