using ConnectorBot.Storage;

namespace ConnectorBot.Tests.Storage;

public class TableOdataFilterTests
{
    public enum Colour
    {
        Red,
    }

    [Fact]
    public void Strings_AreQuoted_WithQuotesDoubled()
    {
        Assert.Equal("Name eq 'O''Brien'", TableOdataFilter.Create($"Name eq {"O'Brien"}"));
        Assert.Equal("Name eq ''''''", TableOdataFilter.Create($"Name eq {"''"}"));
        Assert.Equal("Name eq ''", TableOdataFilter.Create($"Name eq {string.Empty}"));
    }

    [Fact]
    public void AnInjectionAttempt_StaysOneStringLiteral()
    {
        var hostile = "x' or PartitionKey ne 'x";

        Assert.Equal("Name eq 'x'' or PartitionKey ne ''x'", TableOdataFilter.Create($"Name eq {hostile}"));
    }

    [Fact]
    public void Numbers_AreTypedLiterals()
    {
        Assert.Equal("N eq 42", TableOdataFilter.Create($"N eq {42}"));
        Assert.Equal("N eq -7", TableOdataFilter.Create($"N eq {-7}"));
        Assert.Equal("N eq 5000000000L", TableOdataFilter.Create($"N eq {5_000_000_000L}"));
        Assert.Equal("N eq 9223372036854775807L", TableOdataFilter.Create($"N eq {long.MaxValue}"));
        Assert.Equal("N eq 3L", TableOdataFilter.Create($"N eq {3L}"));
    }

    [Fact]
    public void Doubles_AlwaysLookLikeDoubles_AndRoundTrip()
    {
        Assert.Equal("R eq 1.0", TableOdataFilter.Create($"R eq {1.0}"));
        Assert.Equal("R eq 0.1", TableOdataFilter.Create($"R eq {0.1}"));
        Assert.Equal("R eq -2.5", TableOdataFilter.Create($"R eq {-2.5}"));
        Assert.Equal("R eq 1E+300", TableOdataFilter.Create($"R eq {1e300}"));
        Assert.Equal("R eq 1.5", TableOdataFilter.Create($"R eq {1.5f}"));
        Assert.Equal(0.1 + 0.2, double.Parse(TableOdataFilter.Literal(0.1 + 0.2), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteDoubles_AreRefused(double value) =>
        Assert.Throws<ArgumentException>(() => TableOdataFilter.Literal(value));

    [Fact]
    public void Booleans_AreLowerCase()
    {
        Assert.Equal("F eq true and G eq false", TableOdataFilter.Create($"F eq {true} and G eq {false}"));
    }

    [Fact]
    public void DateTimes_AreUtc_WithSevenFractionalDigits()
    {
        var local = new DateTimeOffset(2026, 11, 21, 23, 7, 44, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var utc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var unspecified = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified);

        Assert.Equal("T ge datetime'2026-11-21T22:07:44.1234567Z'", TableOdataFilter.Create($"T ge {local}"));
        Assert.Equal("T ge datetime'2026-01-02T03:04:05.0000000Z'", TableOdataFilter.Create($"T ge {utc}"));
        Assert.Equal("T ge datetime'2026-01-02T03:04:05.0000000Z'", TableOdataFilter.Create($"T ge {unspecified}"));
    }

    [Fact]
    public void GuidsBinaryAndEnums_HaveTheirOwnLiterals()
    {
        var id = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");

        Assert.Equal("Id eq guid'0f8fad5b-d9cb-469f-a165-70867728950e'", TableOdataFilter.Create($"Id eq {id}"));
        Assert.Equal("B eq X'00FF10'", TableOdataFilter.Create($"B eq {new byte[] { 0, 255, 16 }}"));
        Assert.Equal("B eq X'0102'", TableOdataFilter.Create($"B eq {new BinaryData(new byte[] { 1, 2 })}"));
        Assert.Equal("C eq 'Red'", TableOdataFilter.Create($"C eq {Colour.Red}"));
    }

    [Fact]
    public void BracesAndFormatting_OfTheTemplateSurvive()
    {
        Assert.Equal("(A eq 'x') and (B lt 2)", TableOdataFilter.Create($"(A eq {"x"}) and (B lt {2})"));
        Assert.Equal("A eq '{0}'", TableOdataFilter.Create($"A eq {"{0}"}"));
    }

    [Fact]
    public void ClientHelpers_ProduceTheSameText()
    {
        Assert.Equal(TableOdataFilter.Create($"A eq {"x"} and B eq {1L}"), TableClient.CreateQueryFilter($"A eq {"x"} and B eq {1L}"));
        Assert.Equal(TableOdataFilter.Create($"A eq {"x"}"), TableServiceClient.CreateQueryFilter($"A eq {"x"}"));
    }

    [Fact]
    public void NullAndUnsupportedValues_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => TableOdataFilter.Create($"A eq {(string?)null}"));
        Assert.Throws<ArgumentException>(() => TableOdataFilter.Create($"A eq {new object()}"));
        Assert.Throws<ArgumentException>(() => TableOdataFilter.Literal(1.5m));
    }
}
