namespace Quorum.Application.Outcomes;

/// <summary>The clerk's words for one decision of a minute: the resolution, or its lead-in and parts.</summary>
public sealed record ResolutionEdit(Guid ResolutionId, string Text, IReadOnlyList<string> Parts);

/// <summary>
/// The clerk's edit of one numbered minute: its heading, its text (who introduced the report, the points made) and
/// the words of its decisions. The number, attendance, declarations and votes stay as recorded.
/// </summary>
public sealed record MinuteEdit(int Number, string Heading, string Text, IReadOnlyList<ResolutionEdit> Resolutions);
