using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Quorum.Application.OpenData;

/// <summary>
/// Bulk open data: every public entity as a flat table, written as CSV or JSON Lines. The web serves one table
/// at <c>/export/{name}.csv</c>; <c>quorum export</c> writes them all. Rows come only from <see cref="PublicRecords"/>.
/// </summary>
public static class PublicExport
{
    public static IReadOnlyList<ExportTable> Tables { get; } =
    [
        new ExportTable<CouncilRow>("councils", r => r.Councils.OrderBy(c => c.Name).Select(c => new CouncilRow(c.Id, c.Name, c.Slug.Value, c.ContactEmail, Stamp(c.Created), Stamp(c.Modified)))),
        new ExportTable<MunicipalYearRow>("municipal-years", r => r.MunicipalYears.OrderBy(y => y.StartsOn).Select(y => new MunicipalYearRow(y.Id, y.CouncilId, Date(y.StartsOn), Date(y.EndsOn), Stamp(y.Modified)))),
        new ExportTable<CommitteeRow>("committees", r => r.Committees.OrderBy(c => c.Name).Select(c => new CommitteeRow(c.Id, c.CouncilId, c.Name, c.Slug.Value, c.BodyType.ToString(), c.ParentId, c.Quorum, c.Purpose, Stamp(c.Modified)))),
        new ExportTable<PartyGroupRow>("party-groups", r => r.PartyGroups.OrderBy(g => g.Name).Select(g => new PartyGroupRow(g.Id, g.CouncilId, g.Name, Stamp(g.Modified)))),
        new ExportTable<WardRow>("wards", r => r.Wards.OrderBy(w => w.Name).Select(w => new WardRow(w.Id, w.CouncilId, w.Name, Stamp(w.Modified)))),
        new ExportTable<PersonRow>("people", r => r.People.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Select(p => new PersonRow(
            p.Id, p.CouncilId, p.Title, p.GivenName, p.FamilyName, p.IsCouncillor, p.WardId, p.PartyGroupId, p.IsCouncillor ? p.Email : null, Stamp(p.Modified)))),
        new ExportTable<MembershipRow>("memberships", r => r.Memberships.OrderBy(m => m.CommitteeId).ThenBy(m => m.From).Select(m => new MembershipRow(
            m.Id, m.CommitteeId, m.PersonId, m.Role.ToString(), m.VotingRight.ToString(), m.OrganisationRepresented, m.Position, Date(m.From), m.To == null ? null : Date(m.To.Value), Stamp(m.Modified)))),
        new ExportTable<ReservePlaceRow>("reserve-places", r => (from e in r.ReserveListEntries
                                                               join l in r.ReserveLists on e.ReserveListId equals l.Id
                                                               orderby l.CommitteeId, e.Position
                                                               select new ReservePlaceRow(e.Id, l.CommitteeId, l.PartyGroupId, l.MunicipalYearId, e.PersonId, e.Position, Stamp(e.Modified)))),
        new ExportTable<MeetingRow>("meetings", r => r.Meetings.OrderBy(m => m.Date).ThenBy(m => m.StartTime).Select(m => new MeetingRow(
            m.Id, m.CommitteeId, Date(m.Date), Time(m.StartTime), m.Venue, m.VirtualLink, m.Status.ToString(), m.StatusReason, m.IsSpecial,
            m.AgendaPublishedOn == null ? null : Date(m.AgendaPublishedOn.Value), m.MinutesPublishedOn == null ? null : Date(m.MinutesPublishedOn.Value), Stamp(m.Modified)))),
        new ExportTable<AgendaItemRow>("agenda-items", r => r.AgendaItems.OrderBy(i => i.MeetingId).ThenBy(i => i.Number).Select(i => new AgendaItemRow(
            i.Id, i.MeetingId, i.Number, i.Title, i.Part.ToString(), i.ExemptionParagraph == null ? null : i.ExemptionParagraph.Number, i.ReportOf, Stamp(i.Modified)))),
        new ExportTable<AttendanceRow>("attendance", r => r.Attendances.OrderBy(a => a.MeetingId).Select(a => new AttendanceRow(a.Id, a.MeetingId, a.PersonId, a.Mark.ToString(), a.ForPersonId, a.ReserveCategory, a.Capacity))),
        new ExportTable<ReportRow>("reports", r => r.Reports.OrderBy(p => p.DateOfMeeting).Select(p => new ReportRow(
            p.Id, p.CouncilId, p.AgendaItemId, p.ReportFor, Date(p.DateOfMeeting), p.Subject, p.KeyDecision, p.ResponsibleOfficer, p.PortfolioHolder, p.WardsAffected, p.Summary, p.Recommendations, Stamp(p.Modified)))),
        new ExportTable<EnclosureRow>("enclosures", r => r.Enclosures.OrderBy(e => e.ReportId).ThenBy(e => e.Number).Select(e => new EnclosureRow(e.Id, e.ReportId, e.Number, e.Title, e.FileName, e.PageCount, e.Sha256, e.Version, Stamp(e.Modified)))),
        new ExportTable<MinuteRow>("minutes", r => r.Minutes.OrderBy(m => m.CommitteeId).ThenBy(m => m.Number).Select(m => new MinuteRow(m.Id, m.MeetingId, m.AgendaItemId, m.Number.Value, m.Title, m.Body, Stamp(m.Modified)))),
        new ExportTable<ResolutionRow>("resolutions", r => r.Resolutions.OrderBy(x => x.MinuteId).ThenBy(x => x.Order).Select(x => new ResolutionRow(x.Id, x.MinuteId, x.Order, x.Kind.ToString(), x.ToMinuteText()))),
        new ExportTable<VoteRow>("votes", r => r.Votes.OrderBy(v => v.MinuteId).Select(v => new VoteRow(v.Id, v.MinuteId, v.Motion, v.For, v.Against, v.Abstentions, v.ChairsCastingVote == null ? null : v.ChairsCastingVote.ToString()))),
        new ExportTable<MemberVoteRow>("member-votes", r => r.MemberVotes.OrderBy(v => v.VoteId).Select(v => new MemberVoteRow(v.Id, v.VoteId, v.PersonId, v.Choice.ToString()))),
        new ExportTable<DeclarationRow>("declarations", r => r.Declarations.OrderBy(d => d.MeetingId).Select(d => new DeclarationRow(d.Id, d.MeetingId, d.AgendaItemId, d.PersonId, d.Kind.ToString(), d.Sensitive, d.Sensitive ? "" : d.Nature, d.Outcome.ToString()))),
        new ExportTable<ActionRow>("actions", r => r.Actions.OrderBy(a => a.MinuteId).Select(a => new ActionRow(a.Id, a.MinuteId, a.Description, a.Owner, a.DueOn == null ? null : Date(a.DueOn.Value), a.CompletedOn == null ? null : Date(a.CompletedOn.Value)))),
    ];

    public static ExportTable? Find(string name) => Tables.FirstOrDefault(t => t.Name == name);

    /// <summary>Writes every table as <c>name.csv</c> and <c>name.jsonl</c> into a folder; returns the row count per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> WriteAllAsync(PublicRecords records, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var counts = new Dictionary<string, int>();
        foreach (var table in Tables)
        {
            await using (var csv = new StreamWriter(Path.Combine(folder, table.Name + ".csv")))
            {
                counts[table.Name] = await table.WriteCsvAsync(records, csv, cancellationToken);
            }
            await using var jsonl = new StreamWriter(Path.Combine(folder, table.Name + ".jsonl"));
            await table.WriteJsonLinesAsync(records, jsonl, cancellationToken);
        }
        return counts;
    }

    private static string Stamp(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Time(LocalTime time) => LocalTimePattern.ExtendedIso.Format(time);

    public sealed record CouncilRow(Guid Id, string Name, string Slug, string? ContactEmail, string Created, string Modified);
    public sealed record MunicipalYearRow(Guid Id, Guid CouncilId, string StartsOn, string EndsOn, string Modified);
    public sealed record CommitteeRow(Guid Id, Guid CouncilId, string Name, string Slug, string BodyType, Guid? ParentId, int? Quorum, string Purpose, string Modified);
    public sealed record PartyGroupRow(Guid Id, Guid CouncilId, string Name, string Modified);
    public sealed record WardRow(Guid Id, Guid CouncilId, string Name, string Modified);
    public sealed record PersonRow(Guid Id, Guid CouncilId, string? Title, string GivenName, string FamilyName, bool IsCouncillor, Guid? WardId, Guid? PartyGroupId, string? Email, string Modified);
    public sealed record MembershipRow(Guid Id, Guid CommitteeId, Guid PersonId, string Role, string VotingRight, string? OrganisationRepresented, string? Position, string From, string? To, string Modified);
    public sealed record ReservePlaceRow(Guid Id, Guid CommitteeId, Guid PartyGroupId, Guid MunicipalYearId, Guid PersonId, int Position, string Modified);
    public sealed record MeetingRow(Guid Id, Guid CommitteeId, string Date, string StartTime, string? Venue, string? VirtualLink, string Status, string? StatusReason, bool Special, string? AgendaPublishedOn, string? MinutesPublishedOn, string Modified);
    public sealed record AgendaItemRow(Guid Id, Guid MeetingId, int Number, string Title, string Part, int? ExemptionParagraph, string? ReportOf, string Modified);
    public sealed record AttendanceRow(Guid Id, Guid MeetingId, Guid PersonId, string Mark, Guid? ForPersonId, int? ReserveCategory, string? Capacity);
    public sealed record ReportRow(Guid Id, Guid CouncilId, Guid? AgendaItemId, string ReportFor, string DateOfMeeting, string Subject, bool KeyDecision, string ResponsibleOfficer, string? PortfolioHolder, string WardsAffected, string Summary, string Recommendations, string Modified);
    public sealed record EnclosureRow(Guid Id, Guid ReportId, int Number, string Title, string FileName, int PageCount, string Sha256, int Version, string Modified);
    public sealed record MinuteRow(Guid Id, Guid MeetingId, Guid? AgendaItemId, int Number, string Title, string Body, string Modified);
    public sealed record ResolutionRow(Guid Id, Guid MinuteId, int Order, string Kind, string Text);
    public sealed record VoteRow(Guid Id, Guid MinuteId, string Motion, int For, int Against, int Abstentions, string? ChairsCastingVote);
    public sealed record MemberVoteRow(Guid Id, Guid VoteId, Guid PersonId, string Choice);
    /// <summary>A sensitive interest (Localism Act 2011 s.32) is exported without its nature.</summary>
    public sealed record DeclarationRow(Guid Id, Guid MeetingId, Guid? AgendaItemId, Guid PersonId, string Kind, bool Sensitive, string Nature, string Outcome);
    public sealed record ActionRow(Guid Id, Guid MinuteId, string Description, string Owner, string? DueOn, string? CompletedOn);
}

/// <summary>One exported table: a name and the public rows it holds.</summary>
public abstract class ExportTable(string name)
{
    public string Name { get; } = name;

    public abstract Task<int> WriteCsvAsync(PublicRecords records, TextWriter output, CancellationToken cancellationToken);

    public abstract Task WriteJsonLinesAsync(PublicRecords records, TextWriter output, CancellationToken cancellationToken);
}

public sealed class ExportTable<T>(string name, Func<PublicRecords, IQueryable<T>> rows) : ExportTable(name)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // CsvHelper 34 maps records through a source generator; flat rows of simple values are written field by field instead.
    private static readonly PropertyInfo[] Columns = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public override async Task<int> WriteCsvAsync(PublicRecords records, TextWriter output, CancellationToken cancellationToken)
    {
        // A cell starting = + - @, tab or CR would run as a formula when a resident opens the file in a spreadsheet:
        // written with a leading ' (and quoted) so it shows as the text it is.
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, true);
        await csv.WriteRecordAsync([.. Columns.Select(c => JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Name))], cancellationToken);
        var count = 0;
        await foreach (var row in rows(records).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync([.. Columns.Select(c => Format(c.GetValue(row)))], cancellationToken);
            count++;
        }
        await csv.FlushAsync(cancellationToken);
        return count;
    }

    public override async Task WriteJsonLinesAsync(PublicRecords records, TextWriter output, CancellationToken cancellationToken)
    {
        await foreach (var row in rows(records).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(row, Json));
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
