using ConnectorBot.BotFramework.Routing;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Intros.NeverList;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MyIntros;

/// <summary>
/// "my intros" in personal chat: every intro naming the member in any team of their tenant (and only their tenant),
/// with where each stands, and their never list, as one card.
/// </summary>
public sealed class MyIntrosCommand(IntroStore intros, TeamSettingsStore teams, NeverListStore never)
{
    /// <summary>The command's route name in personal chat.</summary>
    public const string Name = "my intros";

    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "my intros", "my introductions", "show my intros", "show my introductions", "list my intros", "intros", "introductions", "my intro history",
        "intro history",
    };

    /// <summary>The personal chat reader's part for "my intros": the whole message is the phrase, or null.</summary>
    public static TurnCommand? Read(string text) =>
        Phrases.Contains(WithoutPlease(CommandText.Normalize(text ?? string.Empty))) ? new TurnCommand(Name, string.Empty) : null;

    private static string WithoutPlease(string phrase) => phrase.StartsWith("please ", StringComparison.Ordinal) ? phrase["please ".Length..] : phrase;

    public async Task RunAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            await turn.SendTextAsync(InterviewStrings.NotUnderstood);
            return;
        }

        var teamsById = new Dictionary<string, TeamSettings>(StringComparer.Ordinal);
        await foreach (var team in teams.ListTenantAsync(member.TenantId, turn.CancellationToken))
        {
            teamsById[team.TeamId] = team;
        }

        var lines = (await intros.ListNamingAsync(member, turn.CancellationToken))
            .Where(i => i.TenantId == member.TenantId)
            .Select(i => MyIntroLine.From(i, member.MemberId, teamsById.GetValueOrDefault(i.TeamId)))
            .ToList();
        var neverList = await never.ListAsync(member.TenantId, member.MemberId, turn.CancellationToken);
        await turn.SendCardAsync(MyIntrosCard.For(lines, [.. neverList.Select(e => e.ExcludedName)]), MyIntrosStrings.Summary);
    }
}
