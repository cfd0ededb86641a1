using Azure;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Embedded;

namespace ConnectorBot.Tests.Storage.Embedded;

public class ODataFilterTests
{
    private static readonly TableEntity Sample = new("p1", "r1")
    {
        ["Name"] = "o'clock",
        ["Age"] = 30,
        ["Big"] = 5_000_000_000L,
        ["Ratio"] = 1.5,
        ["Active"] = true,
        ["When"] = new DateTimeOffset(2008, 7, 10, 0, 0, 0, TimeSpan.Zero),
        ["Id"] = Guid.Parse("c9da6455-213d-42c9-9a79-3e9149a57833"),
        ["Data"] = new byte[] { 0x0A, 0x0B },
    };

    [Theory]
    [InlineData("Name eq 'o''clock'")]
    [InlineData("When eq datetime'2008-07-10T00:00:00Z'")]
    [InlineData("When eq datetime'2008-07-10T00:00:00.0000000Z'")]
    [InlineData("When gt datetime'2008-07-09T23:59:59.9999999Z'")]
    [InlineData("Id eq guid'c9da6455-213d-42c9-9a79-3e9149a57833'")]
    [InlineData("Big eq 5000000000L")]
    [InlineData("Age eq 30")]
    [InlineData("Ratio eq 1.5")]
    [InlineData("Ratio gt 1.0")]
    [InlineData("Ratio lt 2E3")]
    [InlineData("Active eq true")]
    [InlineData("Active ne false")]
    [InlineData("Data eq X'0A0B'")]
    [InlineData("Data eq binary'0a0b'")]
    [InlineData("PartitionKey eq 'p1' and RowKey eq 'r1'")]
    [InlineData("'p1' eq PartitionKey")]
    [InlineData("25 lt Age")]
    [InlineData("Age ge -5")]
    public void Literal_kinds_match(string filter) =>
        Assert.True(ODataFilter.Parse(filter).Matches(Sample));

    [Theory]
    [InlineData("Name eq 'O''CLOCK'")] // strings compare case-sensitively
    [InlineData("Age eq '30'")] // type mismatch is false, not an error
    [InlineData("Name ne 30")] // even for 'ne'
    [InlineData("Age eq 30L")] // an Int64 literal never matches an Int32 property
    [InlineData("Missing eq 1")]
    [InlineData("Missing ne 1")]
    [InlineData("Id eq guid'00000000-0000-0000-0000-000000000000'")]
    [InlineData("Data eq X'0A0C'")]
    [InlineData("When lt datetime'2008-07-10T00:00:00Z'")]
    public void Non_matching_filters_are_false(string filter) =>
        Assert.False(ODataFilter.Parse(filter).Matches(Sample));

    [Fact]
    public void Timestamp_is_filterable()
    {
        var entity = new TableEntity("p", "r") { Timestamp = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        Assert.True(ODataFilter.Parse("Timestamp ge datetime'2023-12-31T00:00:00Z'").Matches(entity));
        Assert.False(ODataFilter.Parse("Timestamp lt datetime'2023-12-31T00:00:00Z'").Matches(entity));
    }

    [Fact]
    public void Strings_compare_ordinally()
    {
        var entity = new TableEntity("p", "r") { ["S"] = "a" };
        Assert.True(ODataFilter.Parse("S gt 'Z'").Matches(entity)); // 'a' (0x61) sorts after 'Z' (0x5A)
        Assert.False(ODataFilter.Parse("S lt 'B'").Matches(entity));
    }

    [Theory]
    [InlineData("Active eq false or Age eq 30 and Name eq 'x'", false)] // and binds tighter: F or (T and F)
    [InlineData("Age eq 30 or Active eq false and Name eq 'x'", true)] // T or (F and F)
    [InlineData("(Age eq 30 or Active eq false) and Name eq 'x'", false)]
    [InlineData("not Age eq 31 and Active eq true", true)] // (not F) and T
    [InlineData("not (Age eq 30 and Active eq true)", false)]
    [InlineData("not not Age eq 30", true)]
    [InlineData("Age eq 31 or not Active eq false", true)]
    public void Precedence_is_not_then_and_then_or(string filter, bool expected) =>
        Assert.Equal(expected, ODataFilter.Parse(filter).Matches(Sample));

    [Theory]
    [InlineData("Age eq")]
    [InlineData("Age 30")]
    [InlineData("eq 30")]
    [InlineData("Age eq 30 and")]
    [InlineData("(Age eq 30")]
    [InlineData("Age eq 30)")]
    [InlineData("Name eq 'unterminated")]
    [InlineData("When eq datetime'not a date'")]
    [InlineData("Id eq guid'nope'")]
    [InlineData("Data eq X'ABC'")]
    [InlineData("Age eq 3x")]
    [InlineData("Age eq Name")]
    [InlineData("1 eq 1")]
    [InlineData("Age eq 30 $ Age eq 31")]
    [InlineData("Age like 30")]
    public void Malformed_filters_are_400_InvalidInput(string filter)
    {
        var e = Assert.Throws<RequestFailedException>(() => ODataFilter.Parse(filter));
        Assert.Equal(400, e.Status);
        Assert.Equal("InvalidInput", e.ErrorCode);
    }

    [Fact]
    public void Errors_do_not_echo_literal_values()
    {
        var e = Assert.Throws<RequestFailedException>(() => ODataFilter.Parse("Name eq 'secret-value"));
        Assert.DoesNotContain("secret-value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_filter_matches_everything()
    {
        Assert.True(ODataFilter.Parse(null).Matches(Sample));
        Assert.True(ODataFilter.Parse("  ").Matches(Sample));
    }

    [Fact]
    public void Key_conditions_come_only_from_the_top_level_conjunction()
    {
        var pushed = ODataFilter.Parse("PartitionKey eq 'a' and (RowKey gt 'b' or Age eq 1) and 'c' gt RowKey").KeyConditions;
        Assert.Equal(
            [new KeyCondition("PartitionKey", FilterOperator.Equal, "a"), new KeyCondition("RowKey", FilterOperator.LessThan, "c")],
            pushed);
        Assert.Empty(ODataFilter.Parse("PartitionKey eq 'a' or PartitionKey eq 'b'").KeyConditions);
        Assert.Empty(ODataFilter.Parse("not PartitionKey eq 'a'").KeyConditions);
    }
}
