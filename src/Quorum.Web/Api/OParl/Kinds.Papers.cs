using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.OpenData;
using Quorum.Domain.Reports;
using Quorum.Application.Documents;

namespace Quorum.Web.Api.OParl;

/// <summary>Published officers' reports as OParl Papers, with their public enclosures and the consultation of the meeting they go to.</summary>
public sealed class PaperKind : OParlKind
{
    public override string TypeName => "Paper";

    public override string Path => OParlPaths.Papers;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.Reports.Where(r => bodyId == null || r.CouncilId == bodyId),
            records.WithdrawnReports.Where(r => bodyId == null || r.CouncilId == bodyId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var reports = await records.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        var files = (await OParlKinds.File.LoadWhereAsync(records, json, e => ids.Contains(e.ReportId), cancellationToken)).ToLookup(f => f.ReportId);
        var consultations = await OParlKinds.Consultation.LoadAsync(records, json, ids, cancellationToken);
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var report in reports)
        {
            var obj = json.Start(Path, TypeName, report);
            obj["body"] = json.Urls.Body(report.CouncilId);
            obj["name"] = report.Subject;
            obj["date"] = OParlJson.Date(report.DateOfMeeting);
            obj["paperType"] = report.KeyDecision ? "Key decision report" : "Report";
            obj.PutList("auxiliaryFile", OParlJson.Array(files[report.Id].OrderBy(f => f.Number).Select(f => f.Json)));
            obj.PutList("consultation", OParlJson.Array(consultations.TryGetValue(report.Id, out var c) ? [c] : []));
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
/// The link between a report and the meeting that considers it. Quorum keeps it on the report, so a
/// consultation's identifier is its report's, under the consultation path.
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
            records.WithdrawnReports.Where(r => r.AgendaItemId != null && (bodyId == null || r.CouncilId == bodyId)));
    }

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await (from r in records.Reports
                          join i in records.AgendaItems on r.AgendaItemId equals i.Id
                          where ids.Contains(r.Id)
                          select new { Report = r, i.MeetingId, i.Meeting!.CommitteeId, ItemId = i.Id })
            .AsNoTracking().ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var row in rows)
        {
            var obj = json.Start(Path, TypeName, row.Report);
            obj["paper"] = json.Urls.Paper(row.Report.Id);
            obj["agendaItem"] = json.Urls.AgendaItem(row.ItemId);
            obj["meeting"] = json.Urls.Meeting(row.MeetingId);
            obj["organization"] = OParlJson.Strings([json.Urls.Organization(row.CommitteeId)]);
            // A report "for decision" is decided by this body unless it recommends to another.
            obj["authoritative"] = true;
            obj["role"] = row.Report.KeyDecision ? "Key decision" : "Consideration";
            OParlJson.Finish(obj, row.Report);
            result[row.Report.Id] = obj;
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
        OParlKinds.LiveAndWithdrawn(
            records.Enclosures.Where(e => bodyId == null || e.Report!.CouncilId == bodyId),
            records.WithdrawnEnclosures.Where(e => bodyId == null || e.Report!.CouncilId == bodyId));

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
            obj["fileName"] = enclosure.FileName;
            obj["mimeType"] = DocumentStore.MimeType(enclosure.FileName);
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
