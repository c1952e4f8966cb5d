namespace Quorum.Data;

/// <summary>The database cannot be opened or reached; the message is one line naming where and why.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
