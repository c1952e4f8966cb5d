using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Reports;
using Quorum.Import.Model;

namespace Quorum.Application.Imports;

/// <summary>What storing one pack's records touched, for the summary, the pack row and the publication events.</summary>
public sealed record StoredRecords(Guid CouncilId, Guid CommitteeId, Guid MeetingId, IReadOnlyCollection<Guid> Meetings, int AgendaItems, int Minutes, int Reports, IReadOnlyList<PrintedEnclosure> Enclosures, IReadOnlyList<string> Warnings);

/// <summary>
/// Turns one extraction into council, committee, meeting, members, attendance, agenda items, reports, minutes and
/// resolutions, finding what an earlier import already stored by its natural key (committee by name, meeting by
/// committee and date, item by number, minute by number within the committee, report by subject within the item)
/// and updating it, so importing a newer version of a pack changes records rather than duplicating them.
/// Works inside the caller's transaction and saves nothing itself.
/// </summary>
internal sealed class PackRecords(QuorumDbContext db, ExtractedPack pack, string fileName)
{
    private readonly Dictionary<string, Committee> committees = [];
    private readonly Dictionary<string, PartyGroup> groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(Guid, LocalDate), Meeting> meetings = [];
    private readonly HashSet<Guid> touched = [];
    private readonly List<string> warnings = [];
    private readonly List<PrintedEnclosure> enclosures = [];
    private Council council = null!;
    private PeopleDirectory people = null!;

    public async Task<StoredRecords> StoreAsync(string? councilName, Guid? councilId, CancellationToken cancellationToken)
    {
        var details = pack.Meeting;
        if (details?.Committee is not { Length: > 0 } committeeName || details.Date is not { } date)
        {
            throw new PackRejectedException($"{fileName}: the pack names no meeting (committee and date); nothing was imported.");
        }
        council = councilId is { } id
            ? await db.Councils.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new PackRejectedException($"{fileName}: the council to import into no longer exists.")
            : await FindCouncilAsync(councilName, cancellationToken);
        people = new PeopleDirectory(council.Id, await db.People.Where(p => p.CouncilId == council.Id).ToListAsync(cancellationToken));

        var committee = await CommitteeAsync(committeeName, cancellationToken);
        committee.Quorum ??= details.Quorum is > 0 ? details.Quorum : null;
        var meeting = await MeetingAsync(committee, date, details.Time, cancellationToken);
        if (!string.IsNullOrWhiteSpace(details.Venue))
        {
            meeting.SetPlace(details.Venue, meeting.VirtualLink);
        }
        // A pack that exists was published; when it does not print the date, the meeting day is the latest it can have been.
        meeting.AgendaPublishedOn = details.AgendaPublished ?? meeting.AgendaPublishedOn ?? date;

        await MembersAsync(committee, date, cancellationToken);
        var items = await AgendaAsync(meeting, cancellationToken);
        var reports = await ReportsAsync(meeting, committee, items, cancellationToken);
        var minutes = 0;
        foreach (var set in pack.Minutes)
        {
            minutes += await MinuteSetAsync(set, committee, details.AgendaPublished ?? date, cancellationToken);
        }
        db.People.AddRange(people.Added);
        return new StoredRecords(council.Id, committee.Id, meeting.Id, touched, items.Count, minutes, reports, enclosures, warnings);
    }

    private async Task<Council> FindCouncilAsync(string? councilName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(councilName) ? CouncilFromEmail(pack.Contact?.Email) : councilName.Trim();
        if (name is null)
        {
            var councils = await db.Councils.Take(2).ToListAsync(cancellationToken);
            return councils.Count == 1
                ? councils[0]
                : throw new PackRejectedException($"{fileName}: the pack does not say which council it belongs to; name it with --council.");
        }
        var slug = Slug.From(name);
        var council = await db.Councils.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (council is null)
        {
            council = new Council { Name = name, Slug = slug, ContactEmail = null };
            db.Councils.Add(council);
        }
        return council;
    }

    /// <summary>"democratic.services@harrow.gov.uk" gives "Harrow Council": English councils' addresses end in .gov.uk.</summary>
    internal static string? CouncilFromEmail(string? email)
    {
        var domain = email?.Split('@') is [_, var d] ? d.Trim().ToLowerInvariant() : null;
        if (domain is null || !domain.EndsWith(".gov.uk", StringComparison.Ordinal))
        {
            return null;
        }
        var label = domain[..^".gov.uk".Length].Split('.')[^1];
        return label.Length == 0 ? null : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label) + " Council";
    }

    private async Task<Committee> CommitteeAsync(string name, CancellationToken cancellationToken)
    {
        name = Truncate(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), 200)!;
        var slug = Slug.From(name);
        if (committees.TryGetValue(slug.Value, out var known))
        {
            return known;
        }
        var committee = await db.Committees.FirstOrDefaultAsync(c => c.CouncilId == council.Id && c.Slug == slug, cancellationToken);
        if (committee is null)
        {
            committee = new Committee { CouncilId = council.Id, Name = name, Slug = slug, BodyType = BodyTypeOf(name) };
            db.Committees.Add(committee);
        }
        committees[slug.Value] = committee;
        return committee;
    }

    private static BodyType BodyTypeOf(string name) => name.ToLowerInvariant() switch
    {
        var n when n.Contains("sub-committee") || n.Contains("sub committee") => BodyType.SubCommittee,
        var n when n.Contains("panel") => BodyType.Panel,
        var n when n.Contains("board") || n.Contains("partnership") => BodyType.PartnershipBoard,
        var n when n.Contains("cabinet") => BodyType.Cabinet,
        "council" or "full council" => BodyType.Council,
        _ => BodyType.Committee,
    };

    private async Task<Meeting> MeetingAsync(Committee committee, LocalDate date, LocalTime? time, CancellationToken cancellationToken)
    {
        if (!meetings.TryGetValue((committee.Id, date), out var meeting))
        {
            meeting = await db.Meetings.FirstOrDefaultAsync(m => m.CommitteeId == committee.Id && m.Date == date, cancellationToken);
            if (meeting is null)
            {
                // A pack may not print the start time of an earlier meeting; midnight stands for "not stated".
                meeting = new Meeting { CommitteeId = committee.Id, Date = date, StartTime = time ?? LocalTime.Midnight };
                db.Meetings.Add(meeting);
            }
            meetings[(committee.Id, date)] = meeting;
        }
        if (time is { } start)
        {
            meeting.StartTime = start;
        }
        touched.Add(meeting.Id);
        return meeting;
    }

    /// <summary>
    /// The front sheet's membership as printed on the pack's date: seats (dated from the earliest pack that lists
    /// them, and ended when the latest pack of the body no longer lists them), party groups, reserve lists in their
    /// printed order for the municipal year, and substitutes per organisation.
    /// </summary>
    private async Task MembersAsync(Committee committee, LocalDate date, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.Where(m => m.CommitteeId == committee.Id).ToListAsync(cancellationToken);
        var listed = new HashSet<Guid>();
        var reserves = new List<(MemberEntry Entry, Person Person)>();
        foreach (var member in pack.Members)
        {
            var person = people.Find(member.Name, member.Title);
            if (person is null)
            {
                continue;
            }
            if (member.Group is { Length: > 0 } groupName && await GroupAsync(groupName, cancellationToken) is { } group)
            {
                // A person's group is what the first pack that prints it says; a later change is not guessed.
                person.PartyGroupId ??= group.Id;
            }
            if (member.Role == MemberRoles.Reserve)
            {
                reserves.Add((member, person));
                continue;
            }
            if (member.Role == MemberRoles.Substitute)
            {
                await SubstituteAsync(committee, person, member, date, cancellationToken);
                continue;
            }
            if (RoleOf(member.Role) is not { } role)
            {
                continue;
            }
            var seat = memberships.FirstOrDefault(m => m.PersonId == person.Id && m.Role == role && (m.To is null || m.To >= date));
            if (seat is null)
            {
                seat = new Membership
                {
                    CommitteeId = committee.Id,
                    PersonId = person.Id,
                    Role = role,
                    From = date,
                    VotingRight = member.Role is MemberRoles.CoOptedNonVoting or MemberRoles.Advisory ? VotingRight.None : VotingRight.Full,
                    OrganisationRepresented = Truncate(member.Organisation, 200),
                    Position = Truncate(member.Position, 200),
                };
                memberships.Add(seat);
                db.Memberships.Add(seat);
            }
            else if (date < seat.From)
            {
                // Packs arrive in any order; the seat dates from the earliest pack that lists it.
                seat.From = date;
            }
            listed.Add(seat.Id);
        }
        await EndUnlistedSeatsAsync(committee, date, memberships, listed, cancellationToken);
        await ReserveListsAsync(committee, date, reserves, cancellationToken);
    }

    /// <summary>
    /// A seat the latest pack of the body no longer lists ended before that meeting. Only the latest pack decides (an
    /// older one arriving later says nothing about today), and only when it prints a membership at all.
    /// </summary>
    private async Task EndUnlistedSeatsAsync(Committee committee, LocalDate date, List<Membership> memberships, HashSet<Guid> listed, CancellationToken cancellationToken)
    {
        if (listed.Count < 2 || await db.Meetings.AnyAsync(m => m.CommitteeId == committee.Id && m.Date > date, cancellationToken))
        {
            return;
        }
        foreach (var seat in memberships.Where(m => !listed.Contains(m.Id) && m.From < date && m.To is null
            && m.Role is MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Member or MembershipRole.CoOpted or MembershipRole.Representative or MembershipRole.Advisory))
        {
            seat.To = date.PlusDays(-1);
        }
    }

    private async Task<PartyGroup?> GroupAsync(string name, CancellationToken cancellationToken)
    {
        var printed = name.Trim();
        if (printed.Length is 0 or > 100)
        {
            return null;
        }
        if (groups.TryGetValue(printed, out var known))
        {
            return known;
        }
        var slug = Slug.From(printed);
        var group = await db.PartyGroups.FirstOrDefaultAsync(g => g.CouncilId == council.Id && g.Slug == slug, cancellationToken);
        if (group is null)
        {
            group = new PartyGroup { CouncilId = council.Id, Name = printed, Slug = slug };
            db.PartyGroups.Add(group);
        }
        groups[printed] = group;
        return group;
    }

    /// <summary>Reserve lists as printed, per group, for the municipal year holding the meeting. Lists whose group
    /// is not printed (two unlabelled columns) are not stored, since a list belongs to a group.</summary>
    private async Task ReserveListsAsync(Committee committee, LocalDate date, List<(MemberEntry Entry, Person Person)> reserves, CancellationToken cancellationToken)
    {
        if (reserves.Count == 0)
        {
            return;
        }
        if (reserves.Any(r => r.Entry.Group is null))
        {
            warnings.Add($"{reserves.Count(r => r.Entry.Group is null)} reserve member(s) are listed without a party group; their reserve lists are not stored");
        }
        var year = await YearAsync(date, cancellationToken);
        foreach (var byGroup in reserves.Where(r => r.Entry.Group is not null).GroupBy(r => r.Entry.Group!, StringComparer.OrdinalIgnoreCase))
        {
            var group = await GroupAsync(byGroup.Key, cancellationToken);
            if (group is null)
            {
                continue;
            }
            var list = await db.ReserveLists.Include(l => l.Entries)
                .FirstOrDefaultAsync(l => l.CommitteeId == committee.Id && l.PartyGroupId == group.Id && l.MunicipalYearId == year.Id, cancellationToken);
            if (list is null)
            {
                list = new ReserveList { CommitteeId = committee.Id, PartyGroupId = group.Id, MunicipalYearId = year.Id };
                db.ReserveLists.Add(list);
            }
            if (list.Entries.Count > 0)
            {
                // The year's list is already stored (from another pack of the same year); it is not reordered.
                continue;
            }
            foreach (var (_, person) in byGroup.OrderBy(r => r.Entry.Order ?? int.MaxValue))
            {
                if (list.Entries.All(e => e.PersonId != person.Id))
                {
                    db.Add(list.Add(person.Id));
                }
            }
        }
    }

    private async Task<MunicipalYear> YearAsync(LocalDate date, CancellationToken cancellationToken)
    {
        var years = await db.MunicipalYears.Where(y => y.CouncilId == council.Id).ToListAsync(cancellationToken);
        var year = years.FirstOrDefault(y => y.Contains(date)) ?? db.MunicipalYears.Local.FirstOrDefault(y => y.CouncilId == council.Id && y.Contains(date));
        if (year is null)
        {
            // No year recorded for the meeting: the usual May-to-May year holding it.
            year = MunicipalYear.Containing(council.Id, date, MunicipalYear.UsualStart);
            if (years.Any(y => y.StartsOn <= year.EndsOn && y.EndsOn >= year.StartsOn))
            {
                // An existing year overlaps the usual one; a one-day year would be wrong, so use the meeting's own day.
                year = new MunicipalYear(council.Id, date, date.PlusDays(1));
            }
            db.MunicipalYears.Add(year);
        }
        return year;
    }

    private async Task SubstituteAsync(Committee committee, Person person, MemberEntry member, LocalDate date, CancellationToken cancellationToken)
    {
        var organisation = Truncate(member.Organisation ?? member.Group ?? "", 200)!;
        var existing = await db.Substitutes.FirstOrDefaultAsync(s => s.CommitteeId == committee.Id && s.PersonId == person.Id && s.Organisation == organisation, cancellationToken)
            ?? db.Substitutes.Local.FirstOrDefault(s => s.CommitteeId == committee.Id && s.PersonId == person.Id && s.Organisation == organisation);
        if (existing is null)
        {
            db.Substitutes.Add(new Substitute { CommitteeId = committee.Id, PersonId = person.Id, Organisation = organisation, From = date });
        }
        else if (date < existing.From)
        {
            existing.From = date;
        }
    }

    private static MembershipRole? RoleOf(string role) => role switch
    {
        MemberRoles.Chair => MembershipRole.Chair,
        MemberRoles.ViceChair => MembershipRole.ViceChair,
        MemberRoles.Member => MembershipRole.Member,
        MemberRoles.CoOptedVoting or MemberRoles.CoOptedNonVoting => MembershipRole.CoOpted,
        MemberRoles.Representative => MembershipRole.Representative,
        MemberRoles.Advisory => MembershipRole.Advisory,
        MemberRoles.Officer => MembershipRole.Officer,
        _ => null,
    };

    private async Task<Dictionary<string, AgendaItem>> AgendaAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var existing = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        var byNumber = new Dictionary<string, AgendaItem>(StringComparer.OrdinalIgnoreCase);
        var kept = new HashSet<Guid>();
        foreach (var entry in pack.Agenda)
        {
            if (ItemNumberOf(entry.Number) is not var (number, suffix))
            {
                continue;
            }
            var item = existing.FirstOrDefault(i => i.Number == number && string.Equals(i.Suffix, suffix, StringComparison.OrdinalIgnoreCase));
            if (item is not null && kept.Contains(item.Id))
            {
                // The same number printed twice (a repeated row): the second is kept on the first.
                item.Title = Truncate($"{item.Title} / {entry.Title}", 500)!;
                byNumber[entry.Number] = item;
                warnings.Add($"agenda item {entry.Number} is printed twice; stored as one item");
                continue;
            }
            if (item is null)
            {
                item = new AgendaItem { MeetingId = meeting.Id, Number = number, Suffix = suffix, Title = "" };
                existing.Add(item);
                db.AgendaItems.Add(item);
            }
            kept.Add(item.Id);
            item.Title = Truncate(entry.Title, 500)!;
            item.ToFollow = entry.ToFollow;
            item.ReportOf = Truncate(entry.ReportOf, 300);
            item.Pages = entry.Pages is [var first, var last] && first >= 1 && last >= first ? new PageRange(first, last) : null;
            if (entry.Part == "II")
            {
                var paragraph = entry.Schedule12AParagraph is { } p ? new Schedule12AParagraph(p) : null;
                if (paragraph is null)
                {
                    warnings.Add($"Part II item {entry.Number} '{entry.Title}' cites no Schedule 12A paragraph; it is kept private");
                }
                item.RecordAsPrintedInPartII(paragraph);
            }
            else
            {
                item.TakeInPublic();
            }
            byNumber[entry.Number] = item;
        }
        // A newer version of the pack is the agenda as it stands: items it no longer lists are withdrawn (tombstoned).
        foreach (var dropped in existing.Where(i => !kept.Contains(i.Id)))
        {
            db.AgendaItems.Remove(dropped);
        }
        return byNumber;
    }

    private async Task<int> ReportsAsync(Meeting meeting, Committee committee, Dictionary<string, AgendaItem> items, CancellationToken cancellationToken)
    {
        var itemIds = items.Values.Select(i => i.Id).ToList();
        var existing = await db.Reports.Include(r => r.Clearances).Include(r => r.Enclosures)
            .Where(r => r.AgendaItem!.MeetingId == meeting.Id)
            .ToListAsync(cancellationToken);
        var kept = new HashSet<Guid>();
        foreach (var entry in pack.Reports)
        {
            var item = entry.AgendaItem is { } number && items.TryGetValue(number, out var found) ? found : null;
            var subject = Truncate(entry.Subject ?? item?.Title ?? "(no subject printed)", 500)!;
            var report = existing.FirstOrDefault(r => !kept.Contains(r.Id) && r.AgendaItemId == item?.Id && string.Equals(r.Subject, subject, StringComparison.OrdinalIgnoreCase));
            var isNew = report is null;
            report ??= new Report
            {
                CouncilId = council.Id,
                ReportFor = "",
                DateOfMeeting = meeting.Date,
                Subject = subject,
                ResponsibleOfficer = "",
            };
            kept.Add(report.Id);
            report.AgendaItemId = item?.Id;
            report.ReportFor = Truncate(entry.ReportFor ?? committee.Name, 300)!;
            report.DateOfMeeting = entry.MeetingDate ?? meeting.Date;
            report.Subject = subject;
            report.ResponsibleOfficer = Truncate(entry.ResponsibleOfficer ?? "", 300)!;
            report.PortfolioHolder = Truncate(entry.PortfolioHolder, 300);
            report.ScrutinyLeadMember = entry.ScrutinyLeadMember is { Count: > 0 } leads ? Truncate(string.Join("; ", leads), 300) : null;
            report.KeyDecision = entry.KeyDecision ?? false;
            report.DecisionSubjectToCallIn = entry.DecisionSubjectToCallIn ?? false;
            report.WardsAffected = Truncate(entry.WardsAffected ?? "", 300)!;
            report.ContactOfficer = Truncate(entry.Contact, 500);
            var exempt = entry.Exempt == true || item?.Part == AgendaPart.PartII;
            report.ExemptionParagraph = entry.Exempt == true ? item?.ExemptionParagraph : null;
            if (isNew)
            {
                db.Reports.Add(report);
                // Clearances are replaced with each version; a new report takes the pack's.
                foreach (var clearance in entry.Clearance ?? [])
                {
                    if (ClearanceRoleOf(clearance.Role) is { } role && !string.IsNullOrWhiteSpace(clearance.Name))
                    {
                        report.AddClearance(role, Truncate(clearance.Name, 200)!, clearance.Date, clearance.OnBehalf ? $"the {clearance.Role}" : null);
                    }
                }
                report.Submit();
                report.Clear();
                // An exempt cover with no Part II item or paragraph stays unpublished, so it is never public.
                if (!(entry.Exempt == true && report.ExemptionParagraph is null))
                {
                    report.Publish();
                }
            }
            // A new version of the pack prints the appendices as they now stand; they replace the earlier ones.
            foreach (var old in report.Enclosures.ToList())
            {
                report.Enclosures.Remove(old);
                db.Enclosures.Remove(old);
            }
            enclosures.AddRange(PrintedEnclosures.Locate(report.Id, entry, warnings));
            if (exempt && entry.Exempt == true && report.ExemptionParagraph is null)
            {
                warnings.Add($"report '{subject}' is marked exempt without a Schedule 12A paragraph; it is kept private");
            }
        }
        foreach (var dropped in existing.Where(r => !kept.Contains(r.Id)))
        {
            db.Reports.Remove(dropped);
        }
        return pack.Reports.Count;
    }

    private static ClearanceRole? ClearanceRoleOf(string? role) => role?.ToLowerInvariant() switch
    {
        null => null,
        var r when r.Contains("financ") => ClearanceRole.ChiefFinancialOfficer,
        var r when r.Contains("monitoring") || r.Contains("legal") => ClearanceRole.MonitoringOfficer,
        var r when r.Contains("director") => ClearanceRole.CorporateDirector,
        _ => null,
    };

    private async Task<int> MinuteSetAsync(MinuteSet set, Committee packCommittee, LocalDate publishedOn, CancellationToken cancellationToken)
    {
        if (set.Date is not { } date)
        {
            warnings.Add($"minutes at line {set.Line} have no meeting date; they were not stored");
            return 0;
        }
        var committee = string.IsNullOrWhiteSpace(set.Committee) ? packCommittee : await CommitteeAsync(set.Committee, cancellationToken);
        var meeting = await MeetingAsync(committee, date, set.Start, cancellationToken);
        meeting.IsSpecial |= set.MeetingType == "special";
        // Minutes show the meeting was held; if the store says it was cancelled, the pack contradicts it and is refused.
        if (meeting.Status != MeetingStatus.Held)
        {
            meeting.MarkHeld(set.Close ?? meeting.StartTime);
        }
        // Minutes printed in a published pack were published with it.
        meeting.MinutesPublishedOn ??= publishedOn < date ? date : publishedOn;

        await AttendanceAsync(set, meeting, cancellationToken);

        var numbers = set.Items.Select(i => i.Number).Where(n => n > 0).ToList();
        var keys = numbers.Select(n => new MinuteNumber(n)).ToList();
        var existing = await db.Minutes.Include(m => m.Resolutions)
            .Where(m => m.CommitteeId == committee.Id && keys.Contains(m.Number))
            .ToListAsync(cancellationToken);
        await CheckContinuityAsync(committee, date, numbers, cancellationToken);
        foreach (var entry in set.Items.Where(i => i.Number > 0))
        {
            var minute = existing.FirstOrDefault(m => m.Number.Value == entry.Number);
            if (minute is null)
            {
                minute = new Minute { MeetingId = meeting.Id, CommitteeId = committee.Id, Number = new MinuteNumber(entry.Number), Title = "" };
                db.Minutes.Add(minute);
            }
            else if (minute.MeetingId != meeting.Id)
            {
                warnings.Add($"minute {entry.Number} of {committee.Name} is already stored for another meeting; the minutes of {date:uuuu-MM-dd} replace it");
                minute.MeetingId = meeting.Id;
            }
            minute.Title = Truncate(entry.Title, 500)!;
            minute.Body = entry.Action is { Length: > 0 } action ? $"ACTION: {action}" : minute.Body;
            var decisions = new List<(ResolutionKind Kind, List<string> Parts)>();
            if (entry.Recommended.Count > 0)
            {
                decisions.Add((ResolutionKind.Recommend, entry.Recommended));
            }
            if (entry.Resolutions.Count > 0)
            {
                decisions.Add((entry.Agreed ? ResolutionKind.Agreed : ResolutionKind.Resolved, entry.Resolutions));
            }
            var same = minute.Resolutions.Count == decisions.Count
                && minute.Resolutions.OrderBy(r => r.Order).Zip(decisions).All(z => z.First.Kind == z.Second.Kind && DecisionParts(z.First).SequenceEqual(z.Second.Parts));
            if (!same)
            {
                foreach (var old in minute.Resolutions.ToList())
                {
                    db.Resolutions.Remove(old);
                    minute.Resolutions.Remove(old);
                }
                foreach (var (kind, parts) in decisions)
                {
                    var resolution = parts.Count == 1 ? minute.Resolve(kind, parts[0]) : minute.Resolve(kind, "That", [.. parts]);
                    db.Resolutions.Add(resolution);
                }
            }
        }
        return set.Items.Count;
    }

    private static List<string> DecisionParts(Resolution resolution) => resolution.Parts.Count == 0 ? [resolution.Text] : resolution.Parts;

    /// <summary>
    /// Minute numbers run on across a body's meetings. When the body's last stored meeting before this one ended at
    /// minute N, this one should open at N + 1; a gap or overlap is flagged, not repaired (the pack may be missing one).
    /// </summary>
    private async Task CheckContinuityAsync(Committee committee, LocalDate date, List<int> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
        {
            return;
        }
        var first = numbers.Min();
        var previous = await db.Minutes
            .Where(m => m.CommitteeId == committee.Id && m.Meeting!.Date < date)
            .OrderByDescending(m => m.Meeting!.Date).ThenByDescending(m => m.Number)
            .Select(m => m.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (previous?.Value is { } last && first != last + 1)
        {
            warnings.Add($"minutes of {committee.Name} on {date:uuuu-MM-dd} open at {first}, but the meeting before ended at {last}");
        }
    }

    private async Task AttendanceAsync(MinuteSet set, Meeting meeting, CancellationToken cancellationToken)
    {
        var existing = await db.Attendances.Where(a => a.MeetingId == meeting.Id).ToDictionaryAsync(a => a.PersonId, cancellationToken);
        void Mark(string name, AttendanceMark mark, string? capacity = null)
        {
            if (people.Find(name) is not { } person)
            {
                return;
            }
            if (existing.TryGetValue(person.Id, out var line))
            {
                if (line.Mark != mark && line.ForPersonId is null)
                {
                    line.Correct(mark, null, null);
                }
                return;
            }
            line = Attendance.Record(meeting.Id, person.Id, mark);
            line.Capacity = Truncate(capacity, 200);
            existing[person.Id] = line;
            db.Attendances.Add(line);
        }
        // Reserves first: they stand in for a named member, who is then not marked absent.
        foreach (var reserve in set.ReserveAttendance)
        {
            if (people.Find(reserve.ReserveMember) is not { } stand || people.Find(reserve.OrdinaryMember) is not { } forMember || stand.Id == forMember.Id)
            {
                continue;
            }
            if (existing.ContainsKey(stand.Id))
            {
                continue;
            }
            var category = int.TryParse(reserve.ReserveCategory?.Trim('(', ')', ' '), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
            var line = Attendance.StandingIn(meeting.Id, stand.Id, forMember.Id, AttendanceMark.Reserve, category);
            existing[stand.Id] = line;
            db.Attendances.Add(line);
        }
        foreach (var name in set.Present)
        {
            Mark(name, AttendanceMark.Present);
        }
        foreach (var name in set.Apologies ?? [])
        {
            Mark(name, AttendanceMark.Apologies);
        }
        foreach (var name in set.Absent)
        {
            Mark(name, AttendanceMark.Absent);
        }
        foreach (var name in set.InAttendance ?? [])
        {
            Mark(name, AttendanceMark.InAttendance);
        }
    }

    /// <summary>"10a" is item 10 with suffix "a"; "11(i)" is 11 with "(i)". Null when no number is printed.</summary>
    internal static (int Number, string Suffix)? ItemNumberOf(string printed)
    {
        var text = printed.Trim().TrimEnd('.');
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        var number = digits is > 0 and <= 4 ? int.Parse(text[..digits], CultureInfo.InvariantCulture) : 0;
        if (number == 0)
        {
            return null;
        }
        var suffix = text[digits..].ToLowerInvariant();
        // A suffix the store cannot keep ("10 and 11", a stray word) is dropped rather than refusing the pack.
        var keepable = suffix.Length <= AgendaItem.MaxSuffixLength && suffix.All(c => char.IsAsciiLetterOrDigit(c) || c is '(' or ')');
        return (number, keepable ? suffix : "");
    }

    private static string? Truncate(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}

/// <summary>A pack that was read but cannot be stored as it stands (no meeting, no council); the message names the file.</summary>
public sealed class PackRejectedException(string message) : Exception(message);
