namespace ConnectorBot.Storage;

/// <summary>Merge keeps properties the new entity lacks; Replace drops them.</summary>
public enum TableUpdateMode
{
    Merge,
    Replace,
}
