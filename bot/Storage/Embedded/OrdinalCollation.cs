using System.Text;

using Microsoft.Data.Sqlite;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// The keys' collation: UTF-16 code unit order (the service's), computed on the UTF-8 bytes SQLite holds.
/// SQLite calls it for every key comparison of every lookup, so it must not decode to strings: it compares
/// bytes up to the first difference and only then orders the two code points as UTF-16 would (the orders
/// differ only between U+E000–U+FFFF and code points above U+FFFF, which UTF-16 writes with surrogates).
/// </summary>
public static class OrdinalCollation
{
    public const string Name = "ORDINAL";

    // Held for the process's life: SQLite keeps calling it as long as a connection is open.
    private static readonly SQLitePCL.delegate_collation Callback = static (_, a, b) => Compare(a, b);

    public static void Register(SqliteConnection connection)
    {
        var rc = SQLitePCL.raw.sqlite3__create_collation_utf8(connection.Handle, Name, null, Callback);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>The sign <see cref="string.CompareOrdinal(string, string)"/> gives the two texts, from their UTF-8.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        // Back to the first byte of the code point where they differ; both share that code point's lead byte.
        var start = common;
        while (start > 0 && (a[start] & 0xC0) == 0x80)
        {
            start--;
        }

        a = a[start..];
        b = b[start..];
        while (!a.IsEmpty && !b.IsEmpty)
        {
            // Invalid bytes decode to U+FFFD, as they do when SQLite hands text to .NET.
            Rune.DecodeFromUtf8(a, out var left, out var leftLength);
            Rune.DecodeFromUtf8(b, out var right, out var rightLength);
            var order = CompareAsUtf16(left, right);
            if (order != 0)
            {
                return order;
            }

            a = a[leftLength..];
            b = b[rightLength..];
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int CompareAsUtf16(Rune left, Rune right)
    {
        if (left == right)
        {
            return 0;
        }

        Span<char> leftUnits = stackalloc char[2];
        Span<char> rightUnits = stackalloc char[2];
        var leftCount = left.EncodeToUtf16(leftUnits);
        var rightCount = right.EncodeToUtf16(rightUnits);
        return leftUnits[..leftCount].SequenceCompareTo(rightUnits[..rightCount]);
    }
}
