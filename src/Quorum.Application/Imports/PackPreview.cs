using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Import.Model;

namespace Quorum.Application.Imports;

/// <summary>When the same bytes were imported before, and under what name.</summary>
public sealed record ImportedBefore(string FileName, Instant Imported);

/// <summary>A seat the front sheet lists: who, their part in words ("Vice-chair", "Reserve") and their group.</summary>
public sealed record PreviewSeat(string Name, string Role, string? Group);

/// <summary>An agenda item as printed; a Part II item with its Schedule 12A paragraph when the agenda gives one.</summary>
public sealed record PreviewItem(string Number, string Title, bool PartII, int? Paragraph, string? Pages);

/// <summary>One set of minutes in the pack: whose meeting, who attended and how many minutes and resolutions.</summary>
public sealed record PreviewMinutes(
    string? Body,
    LocalDate? Date,
    IReadOnlyList<string> Present,
    IReadOnlyList<string> Apologies,
    IReadOnlyList<string> Reserves,
    IReadOnlyList<string> InAttendance,
    int Minutes,
    int Resolutions);

/// <summary>
/// What the importer read from a pack, in the words a clerk checks it by, before anything is stored: the meeting, the
/// kind of paper, the seats listed, the agenda with its Part II items, the minutes and attendance, and the warnings
/// (each low-confidence field was left empty rather than guessed). <see cref="ExistingBody"/> is the council's own body
/// the meeting goes to, or null when the importer will add the body as printed.
/// </summary>
public sealed partial record PackPreview(
    string Format,
    string Kind,
    string Body,
    LocalDate Date,
    LocalTime? Time,
    string? Venue,
    IReadOnlyList<PreviewSeat> Seats,
    IReadOnlyList<PreviewItem> Agenda,
    IReadOnlyList<PreviewMinutes> Minutes,
    int Reports,
    IReadOnlyList<string> Warnings,
    ImportedBefore? Before,
    string? ExistingBody)
{
    public int MinuteCount => Minutes.Sum(m => m.Minutes);

    public int ResolutionCount => Minutes.Sum(m => m.Resolutions);

    public int PartIICount => Agenda.Count(i => i.PartII);

    /// <summary>The preview of a pack the importer read; its meeting's body and date must be known.</summary>
    public static PackPreview Of(ExtractedPack pack, string format, ImportedBefore? before, string? existingBody)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var meeting = pack.Meeting!;
        return new PackPreview(
            format,
            KindOf(pack),
            meeting.Committee!,
            meeting.Date!.Value,
            meeting.Time,
            meeting.Venue,
            [.. pack.Members.Where(m => !string.IsNullOrWhiteSpace(m.Name)).Select(m => new PreviewSeat(m.Name!, RoleInWords(m.Role), m.Group))],
            [.. pack.Agenda.Select(i => new PreviewItem(i.Number, i.Title, i.Part == "II", i.Schedule12AParagraph, i.Pages is [var first, var last] ? (first == last ? $"{first}" : $"{first} to {last}") : null))],
            [.. pack.Minutes.Select(m => new PreviewMinutes(
                m.Committee,
                m.Date,
                m.Present,
                m.Apologies ?? [],
                [.. m.ReserveAttendance.Where(r => r.ReserveMember is not null).Select(r => r.OrdinaryMember is null ? r.ReserveMember! : $"{r.ReserveMember} for {r.OrdinaryMember}")],
                m.InAttendance ?? [],
                m.Items.Count,
                m.Items.Sum(i => i.Resolutions.Count + i.Recommended.Count)))],
            pack.Reports.Count,
            [.. pack.Warnings.Select(InWords)],
            before,
            existingBody);
    }

    /// <summary>The kind of paper by what it holds, as a clerk would call it.</summary>
    private static string KindOf(ExtractedPack pack) => (pack.Agenda.Count > 0, pack.Minutes.Count > 0, pack.Reports.Count > 0) switch
    {
        (true, true, true) => "Agenda pack with reports and minutes",
        (true, false, true) => "Agenda pack with reports",
        (true, true, false) => "Agenda and minutes",
        (true, false, false) => "Agenda",
        (false, true, _) => "Minutes",
        (false, false, true) => "Report",
        _ => "Front sheet",
    };

    private static string RoleInWords(string role) => role switch
    {
        MemberRoles.Chair => "Chair",
        MemberRoles.ViceChair => "Vice-chair",
        MemberRoles.CoOptedVoting => "Co-opted member (voting)",
        MemberRoles.CoOptedNonVoting => "Co-opted member (non-voting)",
        MemberRoles.Representative => "Representative",
        MemberRoles.Advisory => "Adviser",
        MemberRoles.Reserve => "Reserve",
        MemberRoles.Substitute => "Substitute",
        MemberRoles.Officer => "Officer",
        _ => "Member",
    };

    /// <summary>A warning as a sentence with where it is, without the importer's code; a field's path in words.</summary>
    private static string InWords(ExtractionWarning warning)
    {
        var message = FieldPath().Replace(warning.Message, m => FieldInWords(m.Value));
        message = message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
        var where = (warning.Line, warning.Page) switch
        {
            ({ } line, { } page) => $" (line {line}, page {page})",
            ({ } line, null) => $" (line {line})",
            _ => "",
        };
        return message + where + ".";
    }

    /// <summary>"meeting.venue" is "the meeting's venue"; "agenda[3].pages" is "the pages of agenda entry 4".</summary>
    private static string FieldInWords(string path)
    {
        var parts = path.Split('.');
        var field = Words(parts[^1]);
        var owner = parts[0] switch
        {
            "meeting" => "the meeting's",
            "contact" => "the contact's",
            var p when Indexed().Match(p) is { Success: true } m => $"the {Words(m.Groups[1].Value) switch
            {
                "members" => "front sheet's seat",
                "agenda" => "agenda entry",
                "minutes" => "minutes set",
                "reports" => "report",
                var other => other,
            }} {int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}:",
            var other => Words(other),
        };
        return parts.Length == 1 ? Words(path) : $"{owner} {field}";
    }

    /// <summary>"agendaPublished" is "agenda published".</summary>
    private static string Words(string name) => Capitals().Replace(name, m => " " + m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\b(?:meeting|contact|members\[\d+\]|agenda\[\d+\]|minutes\[\d+\]|reports\[\d+\])(?:\.[A-Za-z]+|\[\d+\])*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"^([a-z]+)\[(\d+)\]$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Indexed();

    [GeneratedRegex("[A-Z]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Capitals();
}
