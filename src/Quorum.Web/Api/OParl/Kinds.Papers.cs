using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.OpenData;
using Quorum.Domain.Reports;

namespace Quorum.Web.Api.OParl;

/// <summary>
/// Published officers' reports as OParl Papers, with their public enclosures and every public meeting that considers
/// them, in meeting order; and the forward plan's notices of key decisions (<see cref="KeyDecisionNotices"/>).
/// </summary>
public sealed class PaperKind : OParlKind
{
    public override string TypeName => "Paper";

    public override string Path => OParlPaths.Papers;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.Reports.Where(r => bodyId == null || r.CouncilId == bodyId),
            records.WithdrawnReports.Where(r => bodyId == null || r.CouncilId == bodyId))
        .Concat(KeyDecisionNotices.Keys(records, bodyId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var result = await KeyDecisionNotices.LoadAsync(records, json, ids, cancellationToken);
        var reports = await records.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var files = (await OParlKinds.File.LoadWhereAsync(records, json, e => ids.Contains(e.ReportId), cancellationToken)).ToLookup(f => f.ReportId);
        var consultations = await ConsultationKind.OfPapersAsync(records, json, ids, cancellationToken);
        foreach (var report in reports)
        {
            var obj = json.Start(Path, TypeName, report);
            obj["body"] = json.Urls.Body(report.CouncilId);
            obj["name"] = report.Subject;
            obj["date"] = OParlJson.Date(report.DateOfMeeting);
            obj["paperType"] = report.KeyDecision ? "Key decision report" : "Report";
            obj.PutList("auxiliaryFile", OParlJson.Array(files[report.Id].OrderBy(f => f.Number).Select(f => f.Json)));
            obj.PutList("consultation", OParlJson.Array(consultations[report.Id]));
            obj[OParlJson.Extension + "reportFor"] = report.ReportFor;
            obj[OParlJson.Extension + "responsibleOfficer"] = report.ResponsibleOfficer;
            obj.Put(OParlJson.Extension + "portfolioHolder", report.PortfolioHolder);
            obj.Put(OParlJson.Extension + "scrutinyLeadMember", report.ScrutinyLeadMember);
            obj[OParlJson.Extension + "keyDecision"] = report.KeyDecision;
            obj[OParlJson.Extension + "subjectToCallIn"] = report.DecisionSubjectToCallIn;
            obj[OParlJson.Extension + "wardsAffected"] = report.WardsAffected;
            obj.Put(OParlJson.Extension + "summary", report.Summary);
            obj.Put(OParlJson.Extension + "recommendations", report.Recommendations);
            obj.Put(OParlJson.Extension + "text", report.Body);
            obj.Put(OParlJson.Extension + "contactOfficer", report.ContactOfficer);
            OParlJson.Finish(obj, report);
            result[report.Id] = obj;
        }
        return result;
    }
}

/// <summary>
/// A meeting that considers a paper. The first is the meeting the report was written for, kept on the report, so
/// its identifier is the report's under the consultation path; each later one (Cabinet after scrutiny, Council on
/// Cabinet's recommendation) is a stored <see cref="Domain.Reports.Consultation"/> with its own identifier.
/// </summary>
public sealed class ConsultationKind : OParlKind
{
    public override string TypeName => "Consultation";

    public override string Path => OParlPaths.Consultations;

    public override KeySources Keys(PublicRecords records, Guid? bodyId)
    {
        var items = records.AgendaItems;
        return OParlKinds.LiveAndWithdrawn(
                records.Reports.Where(r => r.AgendaItemId != null && items.Any(i => i.Id == r.AgendaItemId) && (bodyId == null || r.CouncilId == bodyId)),
                records.WithdrawnReports.Where(r => r.AgendaItemId != null && (bodyId == null || r.CouncilId == bodyId)))
            .Concat(OParlKinds.LiveAndWithdrawn(
                records.Consultations.Where(c => bodyId == null || c.Report!.CouncilId == bodyId),
                records.WithdrawnConsultations.Where(c => bodyId == null || c.Report!.CouncilId == bodyId)));
    }

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await LoadWhereAsync(records, json, ids, ids, cancellationToken)).ToDictionary(c => c.Id, c => c.Json);

    /// <summary>Every public consultation of these papers, first meeting first, for the Paper's own list.</summary>
    internal static async Task<ILookup<Guid, JsonObject>> OfPapersAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> reportIds, CancellationToken cancellationToken)
    {
        var loaded = await LoadWhereAsync(records, json, reportIds, null, cancellationToken, reportIds);
        return loaded.OrderBy(c => c.Date).ThenBy(c => c.Start).ThenBy(c => c.IsOrigin ? 0 : 1).ToLookup(c => c.ReportId, c => c.Json);
    }

    internal sealed record Loaded(Guid Id, Guid ReportId, LocalDate Date, LocalTime Start, bool IsOrigin, JsonObject Json);

    /// <summary>
    /// Originating consultations of the reports in <paramref name="reportIds"/>, and later ones either by their own
    /// ids (<paramref name="consultationIds"/>) or of the reports in <paramref name="ofReports"/>.
    /// </summary>
    private static async Task<List<Loaded>> LoadWhereAsync(
        PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> reportIds, IReadOnlyCollection<Guid>? consultationIds, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? ofReports = null)
    {
        var origins = await (from r in records.Reports
                             join i in records.AgendaItems on r.AgendaItemId equals i.Id
                             where reportIds.Contains(r.Id)
                             select new { Report = r, i.MeetingId, i.Meeting!.CommitteeId, ItemId = i.Id, i.Meeting.Date, i.Meeting.StartTime })
            .AsNoTracking().ToListAsync(cancellationToken);
        var result = new List<Loaded>();
        foreach (var row in origins)
        {
            var obj = json.Start(OParlPaths.Consultations, "Consultation", row.Report);
            obj["paper"] = json.Urls.Paper(row.Report.Id);
            obj["agendaItem"] = json.Urls.AgendaItem(row.ItemId);
            obj["meeting"] = json.Urls.Meeting(row.MeetingId);
            obj["organization"] = OParlJson.Strings([json.Urls.Organization(row.CommitteeId)]);
            // A report "for decision" is decided by this body unless it recommends to another.
            obj["authoritative"] = true;
            obj["role"] = row.Report.KeyDecision ? "Key decision" : "Consideration";
            OParlJson.Finish(obj, row.Report);
            result.Add(new Loaded(row.Report.Id, row.Report.Id, row.Date, row.StartTime, true, obj));
        }
        var later = records.Consultations.AsNoTracking();
        later = consultationIds is not null ? later.Where(c => consultationIds.Contains(c.Id)) : later.Where(c => ofReports!.Contains(c.ReportId));
        var rows = await later
            .Select(c => new { Consultation = c, c.AgendaItem!.MeetingId, c.AgendaItem.Meeting!.CommitteeId, c.AgendaItem.Meeting.Date, c.AgendaItem.Meeting.StartTime })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var c = row.Consultation;
            var obj = json.Start(OParlPaths.Consultations, "Consultation", c);
            obj["paper"] = json.Urls.Paper(c.ReportId);
            obj["agendaItem"] = json.Urls.AgendaItem(c.AgendaItemId);
            obj["meeting"] = json.Urls.Meeting(row.MeetingId);
            obj["organization"] = OParlJson.Strings([json.Urls.Organization(row.CommitteeId)]);
            obj["authoritative"] = c.Purpose.Decides();
            obj["role"] = c.Purpose.Words();
            obj[OParlJson.Extension + "recommendation"] = c.Recommendation;
            obj.Put(OParlJson.Extension + "outcome", c.Outcome);
            OParlJson.Finish(obj, c);
            result.Add(new Loaded(c.Id, c.ReportId, row.Date, row.StartTime, false, obj));
        }
        return result;
    }
}

/// <summary>Public report enclosures as OParl Files, with size, SHA-512 and text when the document store holds the bytes.</summary>
public sealed class FileKind : OParlKind
{
    public override string TypeName => "File";

    public override string Path => OParlPaths.Files;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        new(
            OParlKinds.KeysOf(records.Enclosures.Where(e => bodyId == null || e.Report!.CouncilId == bodyId)),
            // An enclosure is withdrawn with its report, at the report's deletion.
            records.WithdrawnEnclosures.Where(e => bodyId == null || e.Report!.CouncilId == bodyId)
                .Select(e => new ListKey { Id = e.Id, Created = e.Created, Modified = e.Report!.Deleted!.Value, Deleted = true }));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await LoadWhereAsync(records, json, e => ids.Contains(e.Id), cancellationToken);
        return loaded.ToDictionary(f => f.Id, f => f.Json);
    }

    internal sealed record Loaded(Guid Id, Guid ReportId, int Number, JsonObject Json);

    internal async Task<List<Loaded>> LoadWhereAsync(PublicRecords records, OParlJson json, System.Linq.Expressions.Expression<Func<Enclosure, bool>> filter, CancellationToken cancellationToken)
    {
        var items = records.AgendaItems;
        var rows = await records.Enclosures.AsNoTracking().Where(filter)
            .Select(e => new
            {
                Enclosure = e,
                e.Report!.AgendaItemId,
                PublicItem = e.Report.AgendaItemId != null && items.Any(i => i.Id == e.Report.AgendaItemId),
                MeetingId = e.Report.AgendaItem == null ? (Guid?)null : e.Report.AgendaItem.MeetingId,
            })
            .ToListAsync(cancellationToken);
        var store = json.Documents;
        var result = new List<Loaded>();
        foreach (var row in rows)
        {
            var enclosure = row.Enclosure;
            var obj = json.Start(Path, TypeName, enclosure);
            obj["name"] = enclosure.Title;
            obj["fileName"] = Application.Reports.EnclosureRules.FileNameFor(enclosure.FileName);
            obj["mimeType"] = OParlApi.EnclosureMimeType;
            obj["accessUrl"] = json.Urls.FileAccess(enclosure.Id);
            obj["downloadUrl"] = json.Urls.FileDownload(enclosure.Id);
            if (store?.Find(enclosure.Sha256, enclosure.StoragePath) is { } stored)
            {
                obj["size"] = stored.Size;
                obj["sha512Checksum"] = stored.Sha512;
                obj.Put("text", stored.Text);
            }
            obj["paper"] = OParlJson.Strings([json.Urls.Paper(enclosure.ReportId)]);
            if (row.PublicItem)
            {
                obj["agendaItem"] = OParlJson.Strings([json.Urls.AgendaItem(row.AgendaItemId!.Value)]);
                obj["meeting"] = OParlJson.Strings([json.Urls.Meeting(row.MeetingId!.Value)]);
            }
            obj[OParlJson.Extension + "sha256Checksum"] = enclosure.Sha256;
            obj[OParlJson.Extension + "pageCount"] = enclosure.PageCount;
            obj[OParlJson.Extension + "version"] = enclosure.Version;
            OParlJson.Finish(obj, enclosure);
            result.Add(new Loaded(enclosure.Id, enclosure.ReportId, enclosure.Number, obj));
        }
        return result;
    }
}
