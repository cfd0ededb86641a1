using ConnectorBot.Interview;

namespace ConnectorBot.Privacy;

/// <summary>
/// A store that keeps rows about a member. Every feature that stores member data registers one, so
/// "export" can gather everything and "forget me" can delete everything.
/// </summary>
public interface IMemberData
{
    /// <summary>The table (or other store) name the rows come from, shown in the export.</summary>
    string Name { get; }

    /// <summary>The member's rows as plain property bags (no ETags or storage internals).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken);

    /// <summary>Deletes every row about the member; returns how many went.</summary>
    Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken);
}
