namespace Quorum.Search;

/// <summary>A document handed to the index is malformed; the message names the document and the field.</summary>
public sealed class SearchDocumentException(string message) : Exception(message);
