using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.OpenData;
using Quorum.Domain.Committees;

namespace Quorum.Web.Api.OParl;

/// <summary>Committees (and Council, Cabinet, panels, boards) and party groups, as OParl Organizations.</summary>
public sealed class OrganizationKind : OParlKind
{
    public override string TypeName => "Organization";

    public override string Path => OParlPaths.Organizations;

    public override KeySources Keys(PublicRecords records, Guid? bodyId)
    {
        var keys = OParlKinds.LiveAndWithdrawn(
            records.Committees.Where(c => bodyId == null || c.CouncilId == bodyId),
            records.WithdrawnCommittees.Where(c => bodyId == null || c.CouncilId == bodyId));
        return keys.Concat(OParlKinds.LiveAndWithdrawn(
            records.PartyGroups.Where(g => bodyId == null || g.CouncilId == bodyId),
            records.WithdrawnPartyGroups.Where(g => bodyId == null || g.CouncilId == bodyId)));
    }

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var committees = await records.Committees.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var groups = await records.PartyGroups.AsNoTracking().Where(g => ids.Contains(g.Id)).ToListAsync(cancellationToken);
        var seats = (await records.Memberships.Where(m => ids.Contains(m.CommitteeId)).Select(m => new { m.CommitteeId, m.Id }).ToListAsync(cancellationToken))
            .ToLookup(s => s.CommitteeId, s => s.Id);
        var reserves = (await MembershipKind.ReserveSeats(records).Where(r => ids.Contains(r.CommitteeId)).Select(r => new { r.CommitteeId, r.Entry.Id }).ToListAsync(cancellationToken))
            .ToLookup(r => r.CommitteeId, r => r.Id);
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var committee in committees)
        {
            var obj = json.Start(Path, TypeName, committee);
            obj["body"] = json.Urls.Body(committee.CouncilId);
            obj["name"] = committee.Name;
            obj["shortName"] = committee.Slug.Value;
            // OParl's suggested vocabulary, which portals such as Meine Stadt Transparent read; the UK kind is in classification.
            obj["organizationType"] = "Gremium";
            obj["classification"] = BodyTypeText(committee.BodyType);
            var members = seats[committee.Id].Concat(reserves[committee.Id])
                .Select(id => (JsonNode)JsonValue.Create(json.Urls.Membership(id)));
            obj.PutList("membership", OParlJson.Array(members));
            obj["meeting"] = json.Urls.OrganizationMeetings(committee.Id);
            obj.Put("subOrganizationOf", committee.ParentId is { } parent ? json.Urls.Organization(parent) : null);
            obj.Put(OParlJson.Extension + "purpose", committee.Purpose);
            obj.Put(OParlJson.Extension + "quorum", committee.Quorum is { } q ? JsonValue.Create(q) : null);
            obj[OParlJson.Extension + "bodyType"] = committee.BodyType.ToString();
            OParlJson.Finish(obj, committee);
            result[committee.Id] = obj;
        }
        foreach (var group in groups)
        {
            var obj = json.Start(Path, TypeName, group);
            obj["body"] = json.Urls.Body(group.CouncilId);
            obj["name"] = group.Name;
            obj["shortName"] = group.Slug.Value;
            obj["organizationType"] = "Fraktion";
            obj["classification"] = "Political group";
            OParlJson.Finish(obj, group);
            result[group.Id] = obj;
        }
        return result;
    }

    internal static string BodyTypeText(BodyType type) => type switch
    {
        BodyType.SubCommittee => "Sub-committee",
        BodyType.PartnershipBoard => "Partnership board",
        BodyType.JointCommittee => "Joint committee",
        _ => type.ToString(),
    };
}

/// <summary>Councillors, co-optees, representatives and officers named in the record, as OParl Persons.</summary>
public sealed class PersonKind : OParlKind
{
    public override string TypeName => "Person";

    public override string Path => OParlPaths.People;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.People.Where(p => bodyId == null || p.CouncilId == bodyId),
            records.WithdrawnPeople.Where(p => bodyId == null || p.CouncilId == bodyId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var people = await records.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var wardIds = people.Where(p => p.WardId != null).Select(p => p.WardId!.Value).Distinct().ToList();
        var wards = await records.Wards.AsNoTracking().Where(w => wardIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var memberships = (await MembershipKind.LoadWhereAsync(records, json, m => ids.Contains(m.PersonId), e => ids.Contains(e.Entry.PersonId), cancellationToken))
            .ToLookup(m => m.PersonId);
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var person in people)
        {
            var obj = json.Start(Path, TypeName, person);
            obj["body"] = json.Urls.Body(person.CouncilId);
            obj["name"] = person.DisplayName;
            obj["familyName"] = person.FamilyName;
            obj["givenName"] = person.GivenName;
            obj.Put("formOfAddress", person.IsCouncillor ? "Councillor" : person.Title);
            if (person.IsCouncillor)
            {
                obj["status"] = OParlJson.Strings(["Councillor"]);
                // Councillors' addresses are published as contact points; other people's are not.
                obj.Put("email", person.Email is null ? null : OParlJson.Strings([person.Email]));
            }
            obj.PutList("membership", OParlJson.Array(memberships[person.Id].Select(m => m.Json)));
            obj.Put(OParlJson.Extension + "partyGroup", person.PartyGroupId is { } group ? json.Urls.Organization(group) : null);
            obj.Put(OParlJson.Extension + "ward", person.WardId is { } ward && wards.TryGetValue(ward, out var name) ? name : null);
            OParlJson.Finish(obj, person);
            result[person.Id] = obj;
        }
        return result;
    }
}

/// <summary>
/// Seats on committees as OParl Memberships: ordinary seats (with the member's party group as <c>onBehalfOf</c>)
/// and reserve places, which carry no vote of their own (a reserve votes only when standing in).
/// </summary>
public sealed class MembershipKind : OParlKind
{
    public override string TypeName => "Membership";

    public override string Path => OParlPaths.Memberships;

    /// <summary>A reserve list entry with the list's committee, group and year (member-initialised so that EF can compose on it).</summary>
    public sealed class ReserveSeat
    {
        public required ReserveListEntry Entry { get; init; }

        public required Guid CommitteeId { get; init; }

        public required Guid CouncilId { get; init; }

        public required Guid PartyGroupId { get; init; }

        public required Guid MunicipalYearId { get; init; }
    }

    internal static IQueryable<ReserveSeat> ReserveSeats(PublicRecords records, bool withdrawn = false)
    {
        var entries = withdrawn ? records.WithdrawnReserveListEntries : records.ReserveListEntries;
        var lists = withdrawn ? records.Db.ReserveLists.IgnoreQueryFilters() : records.ReserveLists;
        var committees = withdrawn ? records.Db.Committees.IgnoreQueryFilters() : records.Committees;
        return from e in entries
               join l in lists on e.ReserveListId equals l.Id
               join c in committees on l.CommitteeId equals c.Id
               select new ReserveSeat { Entry = e, CommitteeId = c.Id, CouncilId = c.CouncilId, PartyGroupId = l.PartyGroupId, MunicipalYearId = l.MunicipalYearId };
    }

    public override KeySources Keys(PublicRecords records, Guid? bodyId)
    {
        var committees = records.Committees.Where(c => bodyId == null || c.CouncilId == bodyId);
        var allCommittees = records.Db.Committees.IgnoreQueryFilters().Where(c => bodyId == null || c.CouncilId == bodyId);
        var seats = OParlKinds.LiveAndWithdrawn(
            records.Memberships.Where(m => committees.Any(c => c.Id == m.CommitteeId)),
            records.WithdrawnMemberships.Where(m => allCommittees.Any(c => c.Id == m.CommitteeId)));
        var reserves = OParlKinds.LiveAndWithdrawn(
            ReserveSeats(records).Where(r => bodyId == null || r.CouncilId == bodyId).Select(r => r.Entry),
            ReserveSeats(records, withdrawn: true).Where(r => bodyId == null || r.CouncilId == bodyId).Select(r => r.Entry));
        return seats.Concat(reserves);
    }

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await LoadWhereAsync(records, json, m => ids.Contains(m.Id), r => ids.Contains(r.Entry.Id), cancellationToken);
        return loaded.ToDictionary(m => m.Id, m => m.Json);
    }

    internal sealed record Loaded(Guid Id, Guid PersonId, JsonObject Json);

    internal static async Task<List<Loaded>> LoadWhereAsync(
        PublicRecords records,
        OParlJson json,
        System.Linq.Expressions.Expression<Func<Membership, bool>> seatFilter,
        System.Linq.Expressions.Expression<Func<ReserveSeat, bool>> reserveFilter,
        CancellationToken cancellationToken)
    {
        var seats = await records.Memberships.AsNoTracking().Where(seatFilter).OrderBy(m => m.From).ToListAsync(cancellationToken);
        var reserves = await ReserveSeats(records).AsNoTracking().Where(reserveFilter).ToListAsync(cancellationToken);
        var personIds = seats.Select(s => s.PersonId).Distinct().ToList();
        var parties = await records.People.Where(p => personIds.Contains(p.Id) && p.IsCouncillor && p.PartyGroupId != null)
            .ToDictionaryAsync(p => p.Id, p => p.PartyGroupId!.Value, cancellationToken);
        var yearIds = reserves.Select(r => r.MunicipalYearId).Distinct().ToList();
        var years = await records.MunicipalYears.AsNoTracking().Where(y => yearIds.Contains(y.Id)).ToDictionaryAsync(y => y.Id, cancellationToken);

        var result = new List<Loaded>();
        foreach (var seat in seats)
        {
            var obj = json.Start(OParlPaths.Memberships, "Membership", seat);
            obj["person"] = json.Urls.Person(seat.PersonId);
            obj["organization"] = json.Urls.Organization(seat.CommitteeId);
            obj["role"] = RoleText(seat.Role);
            obj["votingRight"] = seat.VotingRight != VotingRight.None;
            obj["startDate"] = OParlJson.Date(seat.From);
            obj.Put("endDate", seat.To is { } to ? OParlJson.Date(to) : null);
            obj.Put("onBehalfOf", parties.TryGetValue(seat.PersonId, out var party) ? json.Urls.Organization(party) : null);
            obj[OParlJson.Extension + "votingRight"] = seat.VotingRight.ToString();
            obj.Put(OParlJson.Extension + "organisationRepresented", seat.OrganisationRepresented);
            obj.Put(OParlJson.Extension + "position", seat.Position);
            OParlJson.Finish(obj, seat);
            result.Add(new Loaded(seat.Id, seat.PersonId, obj));
        }
        foreach (var reserve in reserves.OrderBy(r => r.Entry.Position))
        {
            var entry = reserve.Entry;
            var obj = json.Start(OParlPaths.Memberships, "Membership", entry);
            obj["person"] = json.Urls.Person(entry.PersonId);
            obj["organization"] = json.Urls.Organization(reserve.CommitteeId);
            obj["role"] = "Reserve";
            obj["votingRight"] = false;
            if (years.TryGetValue(reserve.MunicipalYearId, out var year))
            {
                obj["startDate"] = OParlJson.Date(year.StartsOn);
                obj["endDate"] = OParlJson.Date(year.EndsOn);
            }
            obj["onBehalfOf"] = json.Urls.Organization(reserve.PartyGroupId);
            obj[OParlJson.Extension + "reservePosition"] = entry.Position;
            OParlJson.Finish(obj, entry);
            result.Add(new Loaded(entry.Id, entry.PersonId, obj));
        }
        return result;
    }

    internal static string RoleText(MembershipRole role) => role switch
    {
        MembershipRole.ViceChair => "Vice-Chair",
        MembershipRole.CoOpted => "Co-opted member",
        MembershipRole.Advisory => "Advisory member",
        _ => role.ToString(),
    };
}
