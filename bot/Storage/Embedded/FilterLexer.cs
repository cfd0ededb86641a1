using System.Globalization;

namespace ConnectorBot.Storage.Embedded;

/// <summary>Splits a <c>$filter</c> into tokens, turning every literal into its typed Edm value.</summary>
internal sealed class FilterLexer(string text)
{
    private int _position;

    public List<FilterToken> Tokenize()
    {
        var tokens = new List<FilterToken>();
        while (true)
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }

            if (_position >= text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, string.Empty, null, _position));
                return tokens;
            }

            tokens.Add(Next());
        }
    }

    // Positions, never the filter text: the text holds key and property values.
    private static Exception Invalid(string reason, int position) =>
        StoreErrors.InvalidInput($"the filter is malformed at position {position}: {reason}.");

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private FilterToken Next()
    {
        var start = _position;
        var c = text[_position];
        if (c == '(' || c == ')')
        {
            _position++;
            return new FilterToken(c == '(' ? FilterTokenKind.OpenParen : FilterTokenKind.CloseParen, c.ToString(), null, start);
        }

        if (c == '\'')
        {
            return new FilterToken(FilterTokenKind.Literal, "string", ReadQuoted(), start);
        }

        if (char.IsAsciiDigit(c) || (c == '-' && _position + 1 < text.Length && char.IsAsciiDigit(text[_position + 1])))
        {
            return ReadNumber();
        }

        if (IsWordStart(c))
        {
            return ReadWord();
        }

        throw Invalid("unexpected character", start);
    }

    private FilterToken ReadWord()
    {
        var start = _position;
        while (_position < text.Length && IsWordPart(text[_position]))
        {
            _position++;
        }

        var word = text[start.._position];
        if (_position < text.Length && text[_position] == '\'')
        {
            return new FilterToken(FilterTokenKind.Literal, word, ReadTypedLiteral(word, start), start);
        }

        return word.ToLowerInvariant() switch
        {
            "true" => new FilterToken(FilterTokenKind.Literal, word, true, start),
            "false" => new FilterToken(FilterTokenKind.Literal, word, false, start),
            _ => new FilterToken(FilterTokenKind.Word, word, null, start),
        };
    }

    private object ReadTypedLiteral(string prefix, int start)
    {
        var body = ReadQuoted();
        switch (prefix.ToLowerInvariant())
        {
            case "datetime":
                if (DateTimeOffset.TryParse(body, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
                {
                    return date;
                }

                throw Invalid("the datetime literal is not an ISO 8601 date", start);
            case "guid":
                if (Guid.TryParse(body, out var guid))
                {
                    return guid;
                }

                throw Invalid("the guid literal is not a GUID", start);
            case "x":
            case "binary":
                if (body.Length % 2 == 0 && body.All(char.IsAsciiHexDigit))
                {
                    return Convert.FromHexString(body);
                }

                throw Invalid("the binary literal is not an even number of hex digits", start);
            default:
                throw Invalid("unknown literal type", start);
        }
    }

    /// <summary>Reads '…' with '' standing for one quote; the lexer is on the opening quote.</summary>
    private string ReadQuoted()
    {
        var start = _position;
        var builder = new System.Text.StringBuilder();
        _position++;
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (c != '\'')
            {
                builder.Append(c);
            }
            else if (_position < text.Length && text[_position] == '\'')
            {
                builder.Append('\'');
                _position++;
            }
            else
            {
                return builder.ToString();
            }
        }

        throw Invalid("a quoted literal is not closed", start);
    }

    private FilterToken ReadNumber()
    {
        var start = _position;
        if (text[_position] == '-')
        {
            _position++;
        }

        SkipDigits();
        var isDouble = false;
        if (_position < text.Length && text[_position] == '.')
        {
            isDouble = true;
            _position++;
            SkipDigits();
        }

        if (_position < text.Length && text[_position] is 'e' or 'E')
        {
            isDouble = true;
            _position++;
            if (_position < text.Length && text[_position] is '+' or '-')
            {
                _position++;
            }

            SkipDigits();
        }

        var number = text[start.._position];
        var suffix = _position < text.Length && text[_position] is 'L' or 'l' or 'D' or 'd' ? char.ToUpperInvariant(text[_position++]) : '\0';
        if (_position < text.Length && IsWordPart(text[_position]))
        {
            throw Invalid("a number runs into a name", start);
        }

        object? value = (suffix, isDouble) switch
        {
            ('L', false) => long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (object)l : null,
            ('L', true) => null,
            ('D', _) or (_, true) => double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? (object)d : null,
            // An integer too large for Int32 is read as Int64 rather than refused.
            _ => int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? (object)i
                : long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) ? (object)big : null,
        };
        return value is null
            ? throw Invalid("the number is not valid", start)
            : new FilterToken(FilterTokenKind.Literal, number, value, start);
    }

    private void SkipDigits()
    {
        var start = _position;
        while (_position < text.Length && char.IsAsciiDigit(text[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Invalid("digits expected", start);
        }
    }
}
