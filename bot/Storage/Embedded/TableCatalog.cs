namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// The tables of the store: names compare case-insensitively and keep the case they were created with.
/// Tables are never dropped, which lets sessions remember their ids.
/// </summary>
public static class TableCatalog
{
    public static long? Find(StoreSession session, string name)
    {
        if (session.TryGetTableId(name, out var known))
        {
            return known;
        }

        if (session.Scalar("SELECT id FROM tables WHERE name = $name;", ("$name", name)) is not long id)
        {
            return null;
        }

        session.RememberTableId(name, id);
        return id;
    }

    /// <summary>The table's id, or 404 TableNotFound: every entity operation needs its table.</summary>
    public static long Require(StoreSession session, string name) => Find(session, name) ?? throw StoreErrors.TableNotFound();

    public static void Create(StoreSession session, string name)
    {
        if (Find(session, name) is not null)
        {
            throw StoreErrors.TableAlreadyExists();
        }

        session.Execute("INSERT INTO tables (name) VALUES ($name);", ("$name", name));
    }

    public static List<string> Names(StoreSession session)
    {
        using var reader = session.Command("SELECT name FROM tables;").ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
