using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Prepares a connection: the ordinal collation (keys sort by UTF-16 code unit, as the service does; SQLite's
/// BINARY sorts UTF-8 bytes, which differs above U+FFFF), pragmas and the tables of the store.
/// </summary>
public static class StoreSchema
{
    private const string CreateSql = $"""
        CREATE TABLE IF NOT EXISTS tables (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS entities (
            table_id INTEGER NOT NULL,
            partition_key TEXT NOT NULL COLLATE {OrdinalCollation.Name},
            row_key TEXT NOT NULL COLLATE {OrdinalCollation.Name},
            etag TEXT NOT NULL,
            timestamp_ticks INTEGER NOT NULL,
            properties BLOB NOT NULL,
            PRIMARY KEY (table_id, partition_key, row_key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS clock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_ticks INTEGER NOT NULL);
        INSERT OR IGNORE INTO clock (id, last_ticks) VALUES (1, 0);
        """;

    public static void Prepare(SqliteConnection connection, StoreSession session, bool isFile)
    {
        OrdinalCollation.Register(connection);
        if (isFile)
        {
            // WAL keeps readers of other processes (backup tools) off the writer's back; NORMAL is durable enough with WAL.
            session.Scalar("PRAGMA journal_mode = WAL;");
            session.Execute("PRAGMA synchronous = NORMAL;");
        }

        session.Execute("PRAGMA busy_timeout = 5000;");
        session.Execute(CreateSql);
    }

    /// <summary>A second connection to a prepared file, for reads only: in WAL mode it reads the last commit while the writer works.</summary>
    public static void PrepareReader(SqliteConnection connection, StoreSession session)
    {
        OrdinalCollation.Register(connection);
        session.Execute("PRAGMA busy_timeout = 5000;");
        session.Execute("PRAGMA query_only = 1;");
    }

    /// <summary>The last write timestamp, so the clock stays monotonic across restarts.</summary>
    public static long ReadLastTicks(StoreSession session) =>
        Convert.ToInt64(session.Scalar("SELECT last_ticks FROM clock WHERE id = 1;"), System.Globalization.CultureInfo.InvariantCulture);

    public static void WriteLastTicks(StoreSession session, long ticks) =>
        session.Execute("UPDATE clock SET last_ticks = $ticks WHERE id = 1;", ("$ticks", ticks));
}
