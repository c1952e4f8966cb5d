using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.OpenData;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Web.Api.OParl;

/// <summary>Meetings with their public agenda items embedded; attendance and substitutions once the minutes are published.</summary>
public sealed class MeetingKind : OParlKind
{
    public override string TypeName => "Meeting";

    public override string Path => OParlPaths.Meetings;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.Meetings.Where(m => bodyId == null || m.Committee!.CouncilId == bodyId),
            records.WithdrawnMeetings.Where(m => bodyId == null || m.Committee!.CouncilId == bodyId));

    /// <summary>The meetings of one committee, for the Organization's own meeting list.</summary>
    public KeySources KeysOfCommittee(PublicRecords records, Guid committeeId) =>
        OParlKinds.LiveAndWithdrawn(
            records.Meetings.Where(m => m.CommitteeId == committeeId),
            records.WithdrawnMeetings.Where(m => m.CommitteeId == committeeId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var meetings = await records.Meetings.AsNoTracking().Include(m => m.Committee).Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        var items = await OParlKinds.AgendaItem.LoadWhereAsync(records, json, i => ids.Contains(i.MeetingId), cancellationToken);
        var itemsOf = items.ToLookup(i => i.MeetingId);
        var attendances = (await records.Attendances.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).ToListAsync(cancellationToken)).ToLookup(a => a.MeetingId);
        var declarations = (await records.Declarations.AsNoTracking().Where(d => ids.Contains(d.MeetingId) && d.AgendaItemId == null).ToListAsync(cancellationToken)).ToLookup(d => d.MeetingId);
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var meeting in meetings)
        {
            var obj = json.Start(Path, TypeName, meeting);
            obj["name"] = $"{meeting.Committee!.Name}, {meeting.Date.ToString("d MMMM uuuu", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}";
            obj["meetingState"] = meeting.Status.ToString().ToLowerInvariant();
            obj["cancelled"] = meeting.Status == MeetingStatus.Cancelled;
            obj["start"] = OParlJson.LocalDateTime(meeting.Start);
            obj.Put("end", meeting.ClosedAt is { } closed ? OParlJson.LocalDateTime(meeting.Date + closed) : null);
            if (meeting.Venue is not null)
            {
                obj["location"] = LocationKind.Map(json, meeting.Venue, meeting.Committee.CouncilId, meeting.Created, meeting.Modified);
            }
            obj["organization"] = OParlJson.Strings([json.Urls.Organization(meeting.CommitteeId)]);
            var attended = attendances[meeting.Id].ToList();
            obj.PutList("participant", OParlJson.Strings(attended.Where(a => a.Mark is not (AttendanceMark.Apologies or AttendanceMark.Absent)).Select(a => json.Urls.Person(a.PersonId)).Distinct()));
            obj.PutList("agendaItem", OParlJson.Array(itemsOf[meeting.Id].OrderBy(i => i.Order).Select(i => i.Json)));
            obj.Put(OParlJson.Extension + "statusReason", meeting.StatusReason);
            obj.Put(OParlJson.Extension + "virtualLink", meeting.VirtualLink);
            obj[OParlJson.Extension + "special"] = meeting.IsSpecial;
            obj.Put(OParlJson.Extension + "agendaPublished", meeting.AgendaPublishedOn is { } agenda ? OParlJson.Date(agenda) : null);
            obj.Put(OParlJson.Extension + "minutesPublished", meeting.MinutesPublishedOn is { } minutes ? OParlJson.Date(minutes) : null);
            obj.PutList(OParlJson.Extension + "attendance", OParlJson.Array(attended.Select(a => Attendance(json, a))));
            obj.PutList(OParlJson.Extension + "substitutions", OParlJson.Array(attended.Where(a => a.ForPersonId is not null).Select(a => Substitution(json, a))));
            obj.PutList(OParlJson.Extension + "declarations", OParlJson.Array(declarations[meeting.Id].Select(d => AgendaItemKind.Declaration(json, d))));
            OParlJson.Finish(obj, meeting);
            result[meeting.Id] = obj;
        }
        return result;
    }

    private static JsonObject Attendance(OParlJson json, Attendance a) => new JsonObject
    {
        ["person"] = json.Urls.Person(a.PersonId),
        ["mark"] = a.Mark.ToString(),
    }.Put("substituteFor", a.ForPersonId is { } f ? json.Urls.Person(f) : null)
        .Put("capacity", a.Capacity);

    /// <summary>A reserve or named substitute standing in for an absent member (the extension OParl lacks).</summary>
    private static JsonObject Substitution(OParlJson json, Attendance a) => new JsonObject
    {
        ["person"] = json.Urls.Person(a.PersonId),
        ["substituteFor"] = json.Urls.Person(a.ForPersonId!.Value),
        ["kind"] = a.Mark == AttendanceMark.Reserve ? "reserve" : "substitute",
    }.Put("reserveCategory", a.ReserveCategory is { } c ? JsonValue.Create(c) : null)
        .Put("arrivedAtItem", a.ArrivedAtItem is { } i ? JsonValue.Create(i) : null);
}

/// <summary>
/// Agenda items. Part II items show their number, title and Schedule 12A paragraph only; decisions, votes,
/// declarations and actions come from the public minute.
/// </summary>
public sealed class AgendaItemKind : OParlKind
{
    public override string TypeName => "AgendaItem";

    public override string Path => OParlPaths.AgendaItems;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.AgendaItems.Where(i => bodyId == null || i.Meeting!.Committee!.CouncilId == bodyId),
            records.WithdrawnAgendaItems.Where(i => bodyId == null || i.Meeting!.Committee!.CouncilId == bodyId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await LoadWhereAsync(records, json, i => ids.Contains(i.Id), cancellationToken);
        return loaded.ToDictionary(i => i.Id, i => i.Json);
    }

    internal sealed record Loaded(Guid Id, Guid MeetingId, int Order, JsonObject Json);

    internal async Task<List<Loaded>> LoadWhereAsync(PublicRecords records, OParlJson json, System.Linq.Expressions.Expression<Func<AgendaItem, bool>> filter, CancellationToken cancellationToken)
    {
        var items = await records.AgendaItems.AsNoTracking().Where(filter).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        // One query per related table for the whole page, then lookups by key: no per-item queries or scans.
        var reports = (await records.Reports.Where(r => r.AgendaItemId != null && ids.Contains(r.AgendaItemId.Value))
            .Select(r => new { r.Id, ItemId = r.AgendaItemId!.Value }).ToListAsync(cancellationToken)).ToLookup(r => r.ItemId, r => r.Id);
        // A later meeting's item that considers a paper points to that consultation when the item has no report of its own.
        var considered = (await records.Consultations.Where(c => ids.Contains(c.AgendaItemId))
            .Select(c => new { c.Id, c.AgendaItemId }).ToListAsync(cancellationToken)).ToLookup(c => c.AgendaItemId, c => c.Id);
        var minutes = (await records.Minutes.AsNoTracking().Include(m => m.Resolutions).Where(m => m.AgendaItemId != null && ids.Contains(m.AgendaItemId.Value)).ToListAsync(cancellationToken))
            .ToLookup(m => m.AgendaItemId!.Value);
        var minuteIds = minutes.SelectMany(m => m).Select(m => m.Id).ToList();
        var votes = (await records.Votes.AsNoTracking().Include(v => v.MemberVotes).Where(v => minuteIds.Contains(v.MinuteId)).ToListAsync(cancellationToken)).ToLookup(v => v.MinuteId);
        var actions = (await records.Actions.AsNoTracking().Where(a => minuteIds.Contains(a.MinuteId)).ToListAsync(cancellationToken)).ToLookup(a => a.MinuteId);
        var declarations = (await records.Declarations.AsNoTracking().Where(d => d.AgendaItemId != null && ids.Contains(d.AgendaItemId.Value)).ToListAsync(cancellationToken))
            .ToLookup(d => d.AgendaItemId!.Value);

        var result = new List<Loaded>();
        foreach (var item in items)
        {
            var obj = json.Start(Path, TypeName, item);
            obj["meeting"] = json.Urls.Meeting(item.MeetingId);
            obj["number"] = item.Label;
            obj["order"] = item.Number;
            obj["name"] = item.Title;
            obj["public"] = item.Part == AgendaPart.PartI;
            var consultation = reports[item.Id].Concat(considered[item.Id]).Select(id => (Guid?)id).FirstOrDefault();
            obj.Put("consultation", consultation is { } consultationId ? json.Urls.Consultation(consultationId) : null);
            var minute = minutes[item.Id].FirstOrDefault();
            if (minute is not null)
            {
                var resolutions = minute.Resolutions.Where(r => !r.IsDeleted).OrderBy(r => r.Order).ToList();
                obj.Put("result", resolutions.Count == 0 ? null : string.Join("; ", resolutions.Select(r => r.Kind.ToString())));
                obj.Put("resolutionText", resolutions.Count == 0 ? null : string.Join("\n\n", resolutions.Select(r => r.ToMinuteText())));
                obj[OParlJson.Extension + "minuteNumber"] = minute.Number.Value;
                obj.PutList(OParlJson.Extension + "votes", OParlJson.Array(votes[minute.Id].Select(v => Vote(json, v))));
                obj.PutList(OParlJson.Extension + "actions", OParlJson.Array(actions[minute.Id].Select(Action)));
            }
            if (item.ExemptionParagraph is { } paragraph)
            {
                obj[OParlJson.Extension + "exemption"] = new JsonObject
                {
                    ["paragraph"] = paragraph.Number,
                    ["description"] = paragraph.Description,
                    ["citation"] = paragraph.ToString(),
                };
            }
            obj.Put(OParlJson.Extension + "reportOf", item.ReportOf);
            obj[OParlJson.Extension + "toFollow"] = item.ToFollow;
            obj.PutList(OParlJson.Extension + "declarations", OParlJson.Array(declarations[item.Id].Select(d => Declaration(json, d))));
            OParlJson.Finish(obj, item);
            result.Add(new Loaded(item.Id, item.MeetingId, item.Number, obj));
        }
        return result;
    }

    /// <summary>A declaration of interest; a sensitive interest (Localism Act 2011 s.32) is published without its details.</summary>
    internal static JsonObject Declaration(OParlJson json, Declaration d) => new JsonObject
    {
        ["person"] = json.Urls.Person(d.PersonId),
        ["kind"] = d.Kind.ToString(),
        ["sensitive"] = d.Sensitive,
        ["outcome"] = d.Outcome.ToString(),
        ["leftTheRoom"] = d.LeftTheRoom,
    }.Put("nature", d.Sensitive ? null : d.Nature);

    private static JsonObject Vote(OParlJson json, Vote v) => new JsonObject
    {
        ["motion"] = v.Motion,
        ["for"] = v.For,
        ["against"] = v.Against,
        ["abstentions"] = v.Abstentions,
        ["carried"] = v.Carried,
    }.Put("chairsCastingVote", v.ChairsCastingVote?.ToString())
        .PutList("memberVotes", OParlJson.Array(v.MemberVotes.Where(m => !m.IsDeleted).Select(m => (JsonNode)new JsonObject
        {
            ["person"] = json.Urls.Person(m.PersonId),
            ["choice"] = m.Choice.ToString(),
        })));

    private static JsonObject Action(ActionPoint a) => new JsonObject
    {
        ["description"] = a.Description,
        ["owner"] = a.Owner,
    }.Put("dueOn", a.DueOn is { } due ? OParlJson.Date(due) : null)
        .Put("completedOn", a.CompletedOn is { } done ? OParlJson.Date(done) : null);
}

/// <summary>
/// Meeting venues as OParl Locations. Quorum stores a venue as text on the meeting, so a location's identifier is
/// derived from that text and its dates from the meetings held there; a venue no longer used simply drops out.
/// </summary>
public sealed class LocationKind : OParlKind
{
    public override string TypeName => "Location";

    public override string Path => OParlPaths.Locations;

    public static Guid IdOf(string venue) => new(SHA256.HashData(Encoding.UTF8.GetBytes(venue.Trim()))[..16]);

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        throw new NotSupportedException("Locations are derived in memory from meeting venues.");

    private sealed record Venue(string Name, Guid BodyId, ListKey Key);

    private static async Task<List<Venue>> VenuesAsync(PublicRecords records, Guid? bodyId, CancellationToken cancellationToken)
    {
        var rows = await records.Meetings.Where(m => m.Venue != null && (bodyId == null || m.Committee!.CouncilId == bodyId))
            .Select(m => new { Venue = m.Venue!, m.Committee!.CouncilId, m.Created, m.Modified })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Venue.Trim(), r.CouncilId))
            .Select(g => new Venue(g.Key.Item1, g.Key.CouncilId, new ListKey { Id = IdOf(g.Key.Item1), Created = g.Min(r => r.Created), Modified = g.Max(r => r.Modified) }))
            .ToList();
    }

    public override async Task<(List<ListKey> Page, int Total)> PageAsync(PublicRecords records, Guid bodyId, ListQuery query, CancellationToken cancellationToken)
    {
        var keys = Filter((await VenuesAsync(records, bodyId, cancellationToken)).Select(v => v.Key).AsQueryable(), query)
            .OrderBy(k => k.Created).ThenBy(k => k.Id).ToList();
        return (keys.Skip((query.Page - 1) * query.Limit).Take(query.Limit).ToList(), keys.Count);
    }

    public override async Task<ListKey?> FindAsync(PublicRecords records, Guid id, CancellationToken cancellationToken) =>
        (await VenuesAsync(records, null, cancellationToken)).FirstOrDefault(v => v.Key.Id == id)?.Key;

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await VenuesAsync(records, null, cancellationToken)).Where(v => ids.Contains(v.Key.Id))
            .ToDictionary(v => v.Key.Id, v => Map(json, v.Name, v.BodyId, v.Key.Created, v.Key.Modified));

    internal static JsonObject Map(OParlJson json, string venue, Guid bodyId, NodaTime.Instant created, NodaTime.Instant modified) => new()
    {
        ["id"] = json.Urls.Location(IdOf(venue)),
        ["type"] = OParlJson.TypeUri("Location"),
        ["description"] = venue.Trim(),
        ["bodies"] = OParlJson.Strings([json.Urls.Body(bodyId)]),
        ["created"] = OParlJson.Stamp(created),
        ["modified"] = OParlJson.Stamp(modified),
        ["deleted"] = false,
    };
}
