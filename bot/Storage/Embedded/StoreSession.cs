using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// One open connection, used by one thread at a time. Each SQL text is compiled once and its command kept, so
/// a repeated statement only binds new values; commands belong to the session and callers never dispose them
/// (a reader they open must be disposed, which resets the statement). Table ids found here are remembered:
/// tables are never dropped, so an id stays right unless the write that created it is rolled back, and then
/// the writer calls <see cref="ForgetTableIds"/>.
/// </summary>
public sealed class StoreSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tableIds = new(StringComparer.Ordinal);

    /// <summary>Whether a transaction is open; SQLite ends one by itself on some errors (a full disk, an I/O error).</summary>
    public bool InTransaction => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    /// <summary>The statement with these values bound; parameters come in the same order for a given SQL text.</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _commands.Add(sql, command);
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value;
        }

        return command;
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object Value)> parameters) =>
        Command(sql, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, params ReadOnlySpan<(string Name, object Value)> parameters) =>
        Command(sql, parameters).ExecuteScalar();

    public bool TryGetTableId(string name, out long id) => _tableIds.TryGetValue(name, out id);

    public void RememberTableId(string name, long id) => _tableIds[name] = id;

    public void ForgetTableIds() => _tableIds.Clear();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
