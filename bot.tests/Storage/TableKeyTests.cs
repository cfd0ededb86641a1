using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage;

public class TableKeyTests
{
    private static readonly char[] Forbidden = ['/', '\\', '#', '?'];

    public static TheoryData<string> Samples() =>
    [
        string.Empty,
        "plain",
        "29:1a-b_c@thread.tacv2;messageid=123",
        "a/b\\c#d?e",
        "tab\t nul\u0000 del\u007F nel\u0085 c1\u009F",
        "100% of ~tilde~",
        "~2F",
        "~7E2F",
        "~",
        "~~",
        "~4",
        "~zz",
        "%2F",
        "👋🏽 emoji 🇳🇿",
        "مرحبا / שלום",
        "trailing ~",
        new string('/', 100),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Unescape_of_escape_is_the_original(string value) =>
        Assert.Equal(value, TableKey.Unescape(TableKey.Escape(value)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Escape_never_leaves_a_forbidden_character(string value)
    {
        var escaped = TableKey.Escape(value);

        Assert.Equal(-1, escaped.IndexOfAny(Forbidden));
        Assert.DoesNotContain(escaped, c => char.IsControl(c));
        Assert.DoesNotContain('%', escaped);
        TableKey.Validate(escaped.Length > TableKey.MaxLength ? escaped[..TableKey.MaxLength] : escaped, "key");
    }

    [Fact]
    public void Every_character_of_the_basic_planes_round_trips_and_escapes_to_a_valid_key()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var value = "a" + (char)c + "b";
            var escaped = TableKey.Escape(value);

            TableKey.Validate(escaped, "key");
            Assert.Equal(value, TableKey.Unescape(escaped));
        }
    }

    [Fact]
    public void Random_strings_round_trip()
    {
        var random = new Random(20261121);
        var alphabet = "ab~%/\\#?\t\u0000\u007F\u0085:@;' 7F2E~41👋".ToCharArray();
        for (var i = 0; i < 2000; i++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(value, TableKey.Unescape(TableKey.Escape(value)));
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("29:1a-b_c@thread.tacv2;messageid=123")]
    [InlineData("a:b@c;d 'quoted' + & = 👋")]
    public void Keys_with_nothing_to_escape_are_left_alone_both_ways(string value)
    {
        Assert.Same(value, TableKey.Escape(value));
        Assert.Same(value, TableKey.Unescape(value));
    }

    [Theory]
    [InlineData("/", "~2F")]
    [InlineData("\\", "~5C")]
    [InlineData("#", "~23")]
    [InlineData("?", "~3F")]
    [InlineData("\t", "~09")]
    [InlineData("\u0000", "~00")]
    [InlineData("\u007F", "~7F")]
    [InlineData("\u0085", "~85")]
    [InlineData("%", "~25")]
    [InlineData("~", "~7E")]
    [InlineData("a/b", "a~2Fb")]
    public void Escape_writes_tilde_and_two_hex_digits(string value, string expected) =>
        Assert.Equal(expected, TableKey.Escape(value));

    [Fact]
    public void Escape_is_not_idempotent_so_escape_exactly_once()
    {
        // Escaping escapes the escape character too: a second Escape changes the key again,
        // and only as many Unescapes as Escapes give the original back.
        var once = TableKey.Escape("a/b");
        var twice = TableKey.Escape(once);

        Assert.NotEqual(once, twice);
        Assert.Equal("a~7E2Fb", twice);
        Assert.Equal(once, TableKey.Unescape(twice));
        Assert.Equal("a/b", TableKey.Unescape(TableKey.Unescape(twice)));
    }

    [Fact]
    public void Escape_is_injective_distinct_keys_stay_distinct()
    {
        var values = new[] { "/", "~2F", "~7E2F", "%2F", "~25", "a/", "a~2F" };

        Assert.Equal(values.Length, values.Select(TableKey.Escape).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Escape_of_null_throws()
    {
        Assert.Throws<ArgumentNullException>(() => TableKey.Escape(null!));
        Assert.Throws<ArgumentNullException>(() => TableKey.Unescape(null!));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Fb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    [InlineData("a\u009Fb")]
    public void Validate_refuses_forbidden_characters_without_repeating_the_key(string key)
    {
        var e = Assert.Throws<ArgumentException>(() => TableKey.Validate(key, "RowKey"));

        Assert.Equal("RowKey", e.ParamName);
        Assert.DoesNotContain(key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_allows_512_characters_refuses_513_and_null()
    {
        TableKey.Validate(new string('k', 512), "PartitionKey");
        TableKey.Validate(string.Empty, "PartitionKey");

        Assert.Throws<ArgumentException>(() => TableKey.Validate(new string('k', 513), "PartitionKey"));
        Assert.Throws<ArgumentNullException>(() => TableKey.Validate(null, "PartitionKey"));
    }
}
