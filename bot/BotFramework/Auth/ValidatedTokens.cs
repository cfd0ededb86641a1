using System.Collections.Concurrent;

namespace ConnectorBot.BotFramework.Auth;

/// <summary>
/// Tokens whose signature has been verified, by their exact text. The Bot Connector reuses one token for every
/// activity it sends in the hour the token lives, and an RSA verification per activity would cost more than the turn;
/// a token found here skips only the signature: its lifetime is judged again on every use, the key that signed it
/// must still be the one published under its kid, and the claims that name the activity are always checked.
/// </summary>
public sealed class ValidatedTokens(TimeProvider time)
{
    /// <summary>Bounded: a flood of distinct valid tokens (there is none in practice) costs a re-verification, never memory.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The verified token when <paramref name="token"/> was verified before and its lifetime still holds.</summary>
    public Entry? Find(string token)
    {
        if (!_entries.TryGetValue(token, out var entry))
        {
            return null;
        }

        if (TokenLifetime.IsValid(entry.NotBefore, entry.Expires, time.GetUtcNow(), BotTokenValidator.ClockSkew))
        {
            return entry;
        }

        _entries.TryRemove(token, out _);
        return null;
    }

    public void Remember(string token, Entry entry)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[token] = entry;
    }

    public void Forget(string token) => _entries.TryRemove(token, out _);

    /// <summary>A verified token, the kid it named, and its lifetime.</summary>
    public sealed record Entry(ValidatedToken Token, string Kid, DateTime? NotBefore, DateTime? Expires);
}
