namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Recursive-descent parser for the Table service filter subset. Precedence, tightest first:
/// parentheses, comparison, <c>not</c>, <c>and</c>, <c>or</c>.
/// </summary>
internal sealed class FilterParser
{
    private readonly List<FilterToken> _tokens;
    private int _index;

    private FilterParser(List<FilterToken> tokens) => _tokens = tokens;

    private FilterToken Current => _tokens[_index];

    public static FilterNode Parse(string text)
    {
        var parser = new FilterParser(new FilterLexer(text).Tokenize());
        var node = parser.ParseOr();
        if (parser.Current.Kind != FilterTokenKind.End)
        {
            throw Invalid("unexpected trailing input", parser.Current);
        }

        return node;
    }

    private static Exception Invalid(string reason, FilterToken at) =>
        StoreErrors.InvalidInput($"the filter is malformed at position {at.Position}: {reason}.");

    private bool IsKeyword(string keyword) =>
        Current.Kind == FilterTokenKind.Word && Current.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private FilterNode ParseOr()
    {
        var node = ParseAnd();
        while (IsKeyword("or"))
        {
            _index++;
            node = new OrNode(node, ParseAnd());
        }

        return node;
    }

    private FilterNode ParseAnd()
    {
        var node = ParseNot();
        while (IsKeyword("and"))
        {
            _index++;
            node = new AndNode(node, ParseNot());
        }

        return node;
    }

    private FilterNode ParseNot()
    {
        if (IsKeyword("not"))
        {
            _index++;
            return new NotNode(ParseNot());
        }

        return ParsePrimary();
    }

    private FilterNode ParsePrimary()
    {
        if (Current.Kind == FilterTokenKind.OpenParen)
        {
            _index++;
            var inner = ParseOr();
            if (Current.Kind != FilterTokenKind.CloseParen)
            {
                throw Invalid("')' expected", Current);
            }

            _index++;
            return inner;
        }

        return ParseComparison();
    }

    private FilterNode ParseComparison()
    {
        var left = ReadOperand();
        var opToken = Current;
        var op = opToken.Kind == FilterTokenKind.Word ? FilterOperators.FromKeyword(opToken.Text) : null;
        if (op is null)
        {
            throw Invalid("a comparison operator (eq, ne, gt, ge, lt, le) expected", opToken);
        }

        _index++;
        var right = ReadOperand();
        return (left.Kind, right.Kind) switch
        {
            (FilterTokenKind.Word, FilterTokenKind.Literal) => new ComparisonNode(left.Text, op.Value, right.Value!),
            (FilterTokenKind.Literal, FilterTokenKind.Word) => new ComparisonNode(right.Text, op.Value.Mirror(), left.Value!),
            _ => throw Invalid("a comparison needs one property and one literal", left),
        };
    }

    private FilterToken ReadOperand()
    {
        var token = Current;
        var isOperand = token.Kind == FilterTokenKind.Literal
            || (token.Kind == FilterTokenKind.Word && !IsReserved(token.Text));
        if (!isOperand)
        {
            throw Invalid("a property name or a literal expected", token);
        }

        _index++;
        return token;
    }

    private static bool IsReserved(string word) =>
        word.ToLowerInvariant() is "and" or "or" or "not" || FilterOperators.FromKeyword(word) is not null;
}
