using System.Runtime.CompilerServices;
using System.Text;

namespace ConnectorBot.Storage;

/// <summary>
/// Lets <c>table.QueryAsync&lt;T&gt;($"Big eq {2L}")</c> write each hole as a typed, escaped literal
/// (<c>Big eq 2L</c>, <c>Name eq 'o''clock'</c>) instead of plain text: C# prefers this handler over
/// the string overload for interpolated strings. Holes are values, so do not quote them yourself.
/// </summary>
[InterpolatedStringHandler]
public readonly struct TableFilterInterpolation
{
    private readonly StringBuilder _text;

    public TableFilterInterpolation(int literalLength, int formattedCount)
    {
        _text = new StringBuilder(literalLength + (formattedCount * 16));
    }

    public void AppendLiteral(string value) => _text.Append(value);

    public void AppendFormatted<T>(T value) => _text.Append(TableOdataFilter.Literal(value));

    public override string ToString() => _text.ToString();
}
