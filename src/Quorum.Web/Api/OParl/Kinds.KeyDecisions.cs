using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.OpenData;
using Quorum.Domain.KeyDecisions;
using Quorum.Web.Pages.ForwardPlan;
using Quorum.Web.Site;

namespace Quorum.Web.Api.OParl;

/// <summary>
/// Forward plan entries as Papers of their own type: OParl 1.1 has no object for a decision not yet taken, and a
/// notice of a key decision is a published paper. Listed entries only; the exemption detail is never read out.
/// </summary>
internal static class KeyDecisionNotices
{
    public const string PaperType = "Notice of a key decision";

    public static KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.ForwardPlanEntries.Where(e => bodyId == null || e.CouncilId == bodyId),
            records.WithdrawnForwardPlanEntries.Where(e => bodyId == null || e.CouncilId == bodyId));

    public static async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var entries = await records.ForwardPlanEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, JsonObject>();
        if (entries.Count == 0)
        {
            return result;
        }
        var bodyIds = entries.Select(e => e.DecisionMakerBodyId).OfType<Guid>().ToList();
        var bodies = await records.Committees.AsNoTracking().Where(c => bodyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var decisionIds = entries.Select(e => e.ExecutiveDecisionId).OfType<Guid>().ToList();
        var decisions = await records.Db.ExecutiveDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Status, cancellationToken);
        var meetingIds = entries.Select(e => e.MeetingId).OfType<Guid>().ToList();
        var meetings = await records.Meetings.Where(m => meetingIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        var reportIds = entries.Select(e => e.ReportId).OfType<Guid>().ToList();
        var reports = await records.Reports.Where(r => reportIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            Domain.Outcomes.ExecutiveDecisionStatus? decision = entry.ExecutiveDecisionId is { } d && decisions.TryGetValue(d, out var s) ? s : null;
            var obj = json.Start(OParlPaths.Papers, "Paper", entry);
            obj["body"] = json.Urls.Body(entry.CouncilId);
            obj["name"] = entry.Decision;
            obj["reference"] = $"Key decision {entry.Number}";
            obj["date"] = OParlJson.Date(entry.DecisionDate);
            obj["paperType"] = PaperType;
            obj["web"] = json.Urls.Base + SiteUrls.PlannedDecision(entry.Number);
            if (entry.ReportId is { } report && reports.Contains(report))
            {
                obj["relatedPaper"] = OParlJson.Strings([json.Urls.Paper(report)]);
            }
            obj[OParlJson.Extension + "matter"] = entry.Matter;
            obj[OParlJson.Extension + "decisionMaker"] = entry.DecisionMakerBodyId is { } body && bodies.TryGetValue(body, out var name) ? name : entry.DecisionMakerName ?? "";
            if (entry.DecisionMakerBodyId is { } organization && bodies.ContainsKey(organization))
            {
                obj[OParlJson.Extension + "decisionMakerOrganization"] = json.Urls.Organization(organization);
            }
            obj[OParlJson.Extension + "wardsAffected"] = entry.Wards;
            obj.PutList(OParlJson.Extension + "documents", OParlJson.Strings(entry.Documents.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            obj[OParlJson.Extension + "listedOn"] = OParlJson.Date(entry.ListedOn!.Value);
            obj[OParlJson.Extension + "status"] = KeyDecisionRules.Describe(KeyDecisionRules.StatusOf(entry, decision));
            obj[OParlJson.Extension + "notice"] = ForwardPlanText.Notice(entry.GeneralExceptionOn, entry.SpecialUrgencyOn);
            if (entry.GeneralExceptionOn is { } generalException)
            {
                obj[OParlJson.Extension + "generalException"] = new JsonObject
                {
                    ["givenOn"] = OParlJson.Date(generalException),
                    ["scrutinyChairInformed"] = entry.ScrutinyChair,
                    ["reasons"] = entry.UrgencyReasons,
                };
            }
            if (entry.SpecialUrgencyOn is { } specialUrgency)
            {
                obj[OParlJson.Extension + "specialUrgency"] = new JsonObject
                {
                    ["agreedOn"] = OParlJson.Date(specialUrgency),
                    ["agreedBy"] = entry.SpecialUrgencyAgreedBy,
                    ["reasons"] = entry.UrgencyReasons,
                };
            }
            // The paragraph is public (reg 9(1)(f)); what makes the matter exempt is not.
            if (entry.ExemptionParagraph is { } paragraph)
            {
                obj[OParlJson.Extension + "exemption"] = new JsonObject
                {
                    ["paragraph"] = paragraph.Number,
                    ["description"] = paragraph.Description,
                    ["citation"] = paragraph.ToString(),
                };
            }
            if (entry.MeetingId is { } meeting && meetings.Contains(meeting))
            {
                obj[OParlJson.Extension + "meeting"] = json.Urls.Meeting(meeting);
            }
            // A decision made but not yet published has no public notice to link to.
            if (entry.ExecutiveDecisionId is { } notice && decision is not null and not Domain.Outcomes.ExecutiveDecisionStatus.Made)
            {
                obj[OParlJson.Extension + "decisionNotice"] = json.Urls.Base + SiteUrls.ExecutiveDecision(notice);
            }
            OParlJson.Finish(obj, entry);
            result[entry.Id] = obj;
        }
        return result;
    }
}
