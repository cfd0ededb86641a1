namespace ConnectorBot.Storage.Embedded;

/// <summary>The tables of the store: names compare case-insensitively and keep the case they were created with.</summary>
public static class TableCatalog
{
    public static long? Find(StoreSession session, string name) =>
        session.Scalar("SELECT id FROM tables WHERE name = $name;", ("$name", name)) is long id ? id : null;

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

    public static void Delete(StoreSession session, string name)
    {
        var id = Find(session, name) ?? throw StoreErrors.ResourceNotFound();
        session.Execute("DELETE FROM entities WHERE table_id = $id;", ("$id", id));
        session.Execute("DELETE FROM tables WHERE id = $id;", ("$id", id));
    }

    public static List<string> Names(StoreSession session)
    {
        using var command = session.Command("SELECT name FROM tables;");
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
