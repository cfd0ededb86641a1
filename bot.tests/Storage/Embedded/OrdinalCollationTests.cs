using System.Text;

using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>The keys' collation orders UTF-8 bytes exactly as string.CompareOrdinal orders the strings.</summary>
public sealed class OrdinalCollationTests
{
    // ASCII, two- and three-byte code points on both sides of the surrogate range, and code points above U+FFFF.
    private static readonly string[] Pieces = ["a", "Z", "0", "|", "é", "中", "\uD7FF", "\uE000", "\uFFEE", "\uFFFD", "😀", "𐀀", "\U0010FFFF"];

    [Fact]
    public void A_code_point_above_U_FFFF_sorts_before_U_E000_as_in_UTF16_though_its_UTF8_bytes_are_larger()
    {
        Assert.True(Compare("😀", "\uE000") < 0);
        Assert.True(Compare("\uE000", "😀") > 0);
        Assert.True(Compare("\uD7FF", "😀") < 0);
        Assert.Equal(0, Compare("a😀b", "a😀b"));
        Assert.True(Compare("ab", "abc") < 0);
        Assert.True(Compare("", "a") < 0);
    }

    [Fact]
    public void Random_keys_order_as_CompareOrdinal_does()
    {
        var random = new Random(17);
        string Next() => string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));

        for (var i = 0; i < 20_000; i++)
        {
            var (a, b) = (Next(), Next());
            Assert.True(Math.Sign(Compare(a, b)) == Math.Sign(string.CompareOrdinal(a, b)), $"Pair {i} ordered differently.");
        }
    }

    private static int Compare(string a, string b) => OrdinalCollation.Compare(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
