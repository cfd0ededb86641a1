using Azure.Data.Tables;

using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage.Contract;

public abstract partial class TableStoreContract
{
    public static TheoryData<string, string> AwkwardStrings() => new()
    {
        { "unicode", "Grüße, naïve café, Ærøskøbing, Ünïcödé, 中文, 日本語, 한국어" },
        { "emoji", "👋🏽 hello 🎉🧑‍💻 family 👨‍👩‍👧‍👦 flag 🇳🇿" },
        { "arabic", "مرحبا بالعالم — سلام" },
        { "hebrew", "שלום עולם" },
        { "mixed-direction", "abc \u202Eאבג\u202C def 123" },
        { "markup", "<b onclick=\"alert('x')\">bold</b> &amp; <script>alert(1)</script> <!-- c -->" },
        { "template", "${user.name} {{handlebars}} $(cmd) `tick` %s {0} #{ruby}" },
        { "json", "{\"a\": [1, 2, {\"b\": null}], \"c\": \"\\u0000\"}" },
        { "whitespace", "  leading and trailing \t tabs \r\n and newlines\n" },
        { "control", "nul\u0000bell\u0007del\u007Fnel\u0085" },
        { "quotes", "it's \"quoted\" and ''doubled''" },
        { "backslashes", "C:\\path\\to\\file and a/b?c#d" },
        { "zero-width", "a\u200Bb\u200Dc\uFEFFd" },
    };

    [Theory]
    [MemberData(nameof(AwkwardStrings))]
    public async Task String_values_round_trip_exactly(string label, string value)
    {
        var table = await NewTableAsync();

        await table.AddEntityAsync(new TableEntity("p", label) { ["Value"] = value });
        var read = await GetAsync<TableEntity>(table, "p", label);
        var found = await ToListAsync(table.QueryAsync<TableEntity>(TableFilter.Where("Value", value)));

        Assert.Equal(value, read.GetString("Value"));
        Assert.Equal([label], found.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Strings_of_32768_chars_round_trip()
    {
        var table = await NewTableAsync();
        var ascii = string.Concat(Enumerable.Range(0, 32_768).Select(i => (char)('a' + (i % 26))));
        var emoji = string.Concat(Enumerable.Repeat("😀", 16_384));
        Assert.Equal(32_768, emoji.Length);

        await table.AddEntityAsync(new TableEntity("p", "r") { ["Ascii"] = ascii, ["Emoji"] = emoji });
        var read = await GetAsync<TableEntity>(table, "p", "r");

        Assert.Equal(ascii, read.GetString("Ascii"));
        Assert.Equal(emoji, read.GetString("Emoji"));
    }

    [Fact]
    public async Task Strings_over_32768_chars_are_400_property_value_too_large()
    {
        var table = await NewTableAsync();

        await AssertFailsAsync(400, "PropertyValueTooLarge", () => table.AddEntityAsync(new TableEntity("p", "ascii") { ["S"] = new string('a', 32_769) }));
        await AssertFailsAsync(400, "PropertyValueTooLarge", () => table.AddEntityAsync(new TableEntity("p", "emoji") { ["S"] = string.Concat(Enumerable.Repeat("😀", 16_385)) }));
        await table.AddEntityAsync(new TableEntity("p", "upsert") { ["S"] = "short" });
        await AssertFailsAsync(400, "PropertyValueTooLarge", () => table.UpsertEntityAsync(new TableEntity("p", "upsert") { ["S"] = new string('a', 32_769) }));

        Assert.Equal(["upsert"], (await ToListAsync(table.QueryAsync<TableEntity>())).Select(e => e.RowKey));
        Assert.Equal("short", (await GetAsync<TableEntity>(table, "p", "upsert")).GetString("S"));
    }
}
