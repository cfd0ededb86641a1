using System.Runtime.CompilerServices;

using Azure;

namespace ConnectorBot.Storage;

/// <summary>Lazy paging: each page is fetched only when the caller reaches it.</summary>
internal sealed class StorePageable<T>(
    Func<string?, int?, CancellationToken, Task<StorePage<T>>> fetchPage,
    int? maxPerPage,
    CancellationToken cancellationToken)
    : AsyncPageable<T>(cancellationToken)
    where T : notnull
{
    public override async IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        var token = continuationToken;
        do
        {
            var page = await fetchPage(token, pageSizeHint ?? maxPerPage, CancellationToken).ConfigureAwait(false);
            token = page.ContinuationToken;
            yield return Page<T>.FromValues(page.Values, token, NoResponse.Instance);
        }
        while (token is not null);
    }

    /// <summary>Pages are not tied to one HTTP response here (the embedded store has none).</summary>
    private sealed class NoResponse : Response
    {
        public static readonly NoResponse Instance = new();

        public override int Status => 200;

        public override string ReasonPhrase => "OK";

        public override Stream? ContentStream { get; set; }

        public override string ClientRequestId { get; set; } = string.Empty;

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<Azure.Core.HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = null;
            return false;
        }
    }
}
