using System.Collections;

using Azure;

namespace ConnectorBot.Storage;

/// <summary>
/// A schemaless entity: a dictionary of typed properties plus the system properties
/// (mirrors Azure.Data.Tables.TableEntity). Values are kept as the Edm types they round-trip as:
/// string, bool, int, long, double, DateTimeOffset (UTC), Guid and byte[].
/// </summary>
public sealed class TableEntity : ITableEntity, IDictionary<string, object>
{
    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";
    internal const string TimestampName = "Timestamp";
    internal const string ETagName = "odata.etag";

    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public TableEntity(IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var pair in values)
        {
            this[pair.Key] = pair.Value;
        }
    }

    public string PartitionKey
    {
        get => GetString(PartitionKeyName) ?? string.Empty;
        set => _properties[PartitionKeyName] = value;
    }

    public string RowKey
    {
        get => GetString(RowKeyName) ?? string.Empty;
        set => _properties[RowKeyName] = value;
    }

    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TimestampName);
        set => Set(TimestampName, value);
    }

    public ETag ETag
    {
        get => _properties.TryGetValue(ETagName, out var value) && value is string s ? new ETag(s) : default;
        set => Set(ETagName, value == default ? null : value.ToString());
    }

    /// <summary>The properties other than PartitionKey, RowKey, Timestamp and the ETag.</summary>
    public IEnumerable<KeyValuePair<string, object>> CustomProperties =>
        _properties.Where(p => !IsSystemProperty(p.Key));

    public object this[string key]
    {
        get => _properties[key];
        set => Set(key, value);
    }

    public ICollection<string> Keys => _properties.Keys;

    public ICollection<object> Values => _properties.Values;

    public int Count => _properties.Count;

    public bool IsReadOnly => false;

    public static bool IsSystemProperty(string name) =>
        name is PartitionKeyName or RowKeyName or TimestampName or ETagName;

    public string? GetString(string key) => Get<string>(key);

    public bool? GetBoolean(string key) => GetStruct<bool>(key);

    public int? GetInt32(string key) => GetStruct<int>(key);

    public long? GetInt64(string key) => _properties.TryGetValue(key, out var v) && v is int i ? i : GetStruct<long>(key);

    public double? GetDouble(string key) => GetStruct<double>(key);

    public Guid? GetGuid(string key) => GetStruct<Guid>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) => _properties.TryGetValue(key, out var v) switch
    {
        false => null,
        true when v is DateTimeOffset d => d,
        true when v is DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, dt.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : dt.Kind)),
        _ => throw new InvalidOperationException($"Property '{key}' is not a DateTime."),
    };

    public DateTime? GetDateTime(string key) => GetDateTimeOffset(key)?.UtcDateTime;

    public byte[]? GetBinary(string key) => _properties.TryGetValue(key, out var v) switch
    {
        false => null,
        true when v is byte[] b => b,
        true when v is BinaryData bd => bd.ToArray(),
        _ => throw new InvalidOperationException($"Property '{key}' is not binary."),
    };

    public BinaryData? GetBinaryData(string key) => GetBinary(key) is { } b ? new BinaryData(b) : null;

    public void Add(string key, object value) => _properties.Add(key, value);

    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    public bool Remove(string key) => _properties.Remove(key);

    public bool TryGetValue(string key, out object value) => _properties.TryGetValue(key, out value!);

    public void Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    public void Clear() => _properties.Clear();

    public bool Contains(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)_properties).Contains(item);

    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object>>)_properties).CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)_properties).Remove(item);

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Set(string key, object? value)
    {
        // Table storage does not keep nulls: a null property is the same as an absent one.
        if (value is null)
        {
            _properties.Remove(key);
        }
        else
        {
            _properties[key] = value;
        }
    }

    private T? Get<T>(string key)
        where T : class => _properties.TryGetValue(key, out var v) switch
        {
            false => null,
            true when v is T t => t,
            _ => throw new InvalidOperationException($"Property '{key}' is not a {typeof(T).Name}."),
        };

    private T? GetStruct<T>(string key)
        where T : struct => _properties.TryGetValue(key, out var v) switch
        {
            false => null,
            true when v is T t => t,
            _ => throw new InvalidOperationException($"Property '{key}' is not a {typeof(T).Name}."),
        };
}
