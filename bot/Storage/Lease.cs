using Azure;

namespace ConnectorBot.Storage;

/// <summary>A held lease: who holds it until when, and the ETag that proves it is still theirs.</summary>
public sealed record Lease(string Name, string Owner, DateTimeOffset ExpiresAt, ETag ETag);
