namespace ConnectorBot.Storage.Embedded;

internal enum FilterTokenKind
{
    OpenParen,
    CloseParen,

    /// <summary>A bare word: a property name, an operator or a keyword such as 'and'.</summary>
    Word,
    Literal,
    End,
}

/// <summary>One lexical token of a filter; <see cref="Value"/> holds the typed value of a literal.</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, object? Value, int Position);
