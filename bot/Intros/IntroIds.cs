using System.Security.Cryptography;
using System.Text;

namespace ConnectorBot.Intros;

/// <summary>Intro ids are derived from the round and the members, so a round re-run after a crash writes the same ids.</summary>
public static class IntroIds
{
    public static string For(string roundId, IEnumerable<string> memberIds)
    {
        var members = string.Join('|', memberIds.Order(StringComparer.Ordinal));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(members)))[..12];
        return roundId + "-" + hash;
    }
}
