namespace Quorum.Import.Pipeline;

/// <summary>A pack that cannot be read at all (empty, binary, encrypted, damaged, too large). The message names the
/// file and what was wrong, for a one-line error.</summary>
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);
