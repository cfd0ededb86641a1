namespace ConnectorBot.Teams.Admins;

/// <summary>The sentence for each outcome of an admin change; <c>name</c> arrives escaped for where it is shown.</summary>
public static class AdminsReply
{
    public static string Sentence(AdminChange change, string name) => change switch
    {
        AdminChange.Added => AdminsStrings.Added(name),
        AdminChange.AlreadyAdmin => AdminsStrings.AlreadyAdmin(name),
        AdminChange.Removed => AdminsStrings.Removed(name),
        AdminChange.NotAnAdmin => AdminsStrings.NotAnAdmin(name),
        AdminChange.LastAdmin => AdminsStrings.LastAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };
}
