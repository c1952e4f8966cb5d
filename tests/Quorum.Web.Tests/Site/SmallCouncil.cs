using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// A small council shaped like the Harrow packs, seen on 25 September 2017: meetings past (with minutes) and to
/// come, one cancelled and one postponed, a Part II item, reserves standing in, a co-optee and declarations.
/// </summary>
public static class SmallCouncil
{
    public static readonly Instant Now = Instant.FromUtc(2017, 9, 25, 9, 0);

    public static readonly LocalDate HeldOn = new(2017, 9, 19);

    public static async Task SeedAsync(QuorumDbContext db)
    {
        var council = new Council { Name = "London Borough of Harrow", Slug = new Slug("harrow"), ContactEmail = "democratic.services@harrow.gov.uk" };
        var year = new MunicipalYear(council.Id, new LocalDate(2017, 5, 18), new LocalDate(2018, 5, 16));
        var labour = new PartyGroup { CouncilId = council.Id, Name = "Labour", Slug = new Slug("labour") };
        var conservative = new PartyGroup { CouncilId = council.Id, Name = "Conservative", Slug = new Slug("conservative") };
        var greenhill = new Ward { CouncilId = council.Id, Name = "Greenhill", Slug = new Slug("greenhill") };
        var pinner = new Ward { CouncilId = council.Id, Name = "Pinner", Slug = new Slug("pinner") };
        db.AddRange(council, year, labour, conservative, greenhill, pinner);

        Person Councillor(string given, string family, PartyGroup group, Ward ward)
        {
            var p = new Person { CouncilId = council.Id, GivenName = given, FamilyName = family, Slug = Slug.From($"{given} {family}"), IsCouncillor = true, PartyGroupId = group.Id, WardId = ward.Id };
            db.Add(p);
            return p;
        }
        var odell = Councillor("Phillip", "O'Dell", labour, greenhill);
        var miles = Councillor("Jerry", "Miles", labour, greenhill);
        var shah = Councillor("Sachin", "Shah", labour, pinner);
        var anderson = Councillor("Jeff", "Anderson", labour, greenhill);
        var cullinane = Councillor("Barry", "Macleod-Cullinane", conservative, pinner);
        var almond = Councillor("Richard", "Almond", conservative, pinner);
        var robson = Councillor("Christine", "Robson", labour, greenhill);
        var reece = new Person { CouncilId = council.Id, Title = "Reverend", GivenName = "P", FamilyName = "Reece", Slug = new Slug("p-reece") };
        var carer = new Person { CouncilId = council.Id, GivenName = "Jenny", FamilyName = "Hall", Slug = new Slug("jenny-hall") };
        var hewitt = new Person { CouncilId = council.Id, GivenName = "Paul", FamilyName = "Hewitt", Slug = new Slug("paul-hewitt") };
        db.AddRange(reece, carer, hewitt);

        var scrutiny = new Committee
        {
            CouncilId = council.Id,
            Name = "Overview and Scrutiny Committee",
            Slug = new Slug("overview-and-scrutiny"),
            BodyType = BodyType.Committee,
            Quorum = 4,
            Purpose = "Scrutinises the decisions of the Cabinet and reviews council policy and the performance of services.",
        };
        var cabinet = new Committee { CouncilId = council.Id, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet, Quorum = 3, Purpose = "Takes executive decisions." };
        var parenting = new Committee
        {
            CouncilId = council.Id,
            Name = "Corporate Parenting Panel",
            Slug = new Slug("corporate-parenting-panel"),
            BodyType = BodyType.Panel,
            ParentId = cabinet.Id,
            Quorum = 3,
            Purpose = "Champions the interests of children in the council's care.",
        };
        db.AddRange(scrutiny, cabinet, parenting);

        void Seat(Committee c, Person p, MembershipRole role, VotingRight right = VotingRight.Full, string? organisation = null, string? position = null, LocalDate? to = null) =>
            db.Add(new Membership { CommitteeId = c.Id, PersonId = p.Id, Role = role, VotingRight = right, OrganisationRepresented = organisation, Position = position, From = year.StartsOn, To = to });
        Seat(scrutiny, odell, MembershipRole.Chair);
        Seat(scrutiny, cullinane, MembershipRole.ViceChair);
        Seat(scrutiny, miles, MembershipRole.Member);
        Seat(scrutiny, shah, MembershipRole.Member);
        Seat(scrutiny, almond, MembershipRole.Member);
        Seat(scrutiny, reece, MembershipRole.CoOpted, VotingRight.EducationItemsOnly, "Church of England diocesan education authority");
        Seat(cabinet, robson, MembershipRole.Chair);
        Seat(cabinet, odell, MembershipRole.Member);
        Seat(parenting, robson, MembershipRole.Chair);
        Seat(parenting, miles, MembershipRole.Member);
        Seat(parenting, carer, MembershipRole.Advisory, VotingRight.None, position: "Foster Carer");
        db.Add(new Membership { CommitteeId = cabinet.Id, PersonId = miles.Id, Role = MembershipRole.Member, From = new LocalDate(2016, 5, 19), To = new LocalDate(2017, 5, 17) });

        var reserves = new ReserveList { CommitteeId = scrutiny.Id, PartyGroupId = labour.Id, MunicipalYearId = year.Id };
        reserves.Add(anderson.Id);
        reserves.Add(robson.Id);
        db.Add(reserves);

        // Overview and Scrutiny, 19 September 2017: held, agenda and minutes published.
        var held = NewMeeting(scrutiny, HeldOn, published: new LocalDate(2017, 9, 11), minutes: new LocalDate(2017, 9, 28));
        held.MarkHeld(new LocalTime(21, 50));
        var apologies = Item(held, 1, "Attendance by Reserve Members");
        var declarations = Item(held, 2, "Declarations of Interests");
        var safety = Item(held, 3, "Community Safety Strategy", pages: new PageRange(5, 12), reportOf: "Report of the Corporate Director, Community");
        var exempt = Item(held, 4, "Contract for Leisure Services");
        exempt.TakeInPrivate(new Schedule12AParagraph(3));
        db.AddRange(held, apologies, declarations, safety, exempt);

        var report = NewReport(council, safety, "Community Safety Strategy 2017-2020",
            summary: "This report sets out the draft Community Safety Strategy for scrutiny before it goes to Cabinet.",
            body: "Section 2 – Report\n\n1. Background\n\nThe Safer Harrow partnership reviews its strategy every three years.\n\nCrime type\tIncidents 2015/16\tIncidents 2016/17\nBurglary\t1,820\t1,640\nVehicle crime\t2,310\t2,205\n\n• Reduce burglary\n• Reduce anti-social behaviour\n\n2. Options considered\n\nThe partnership considered keeping the current priorities.");
        report.AddEnclosure("Appendix 1 - Draft strategy", "appendix-1.pdf", 6, new string('a', 64));
        db.Add(report);

        db.Add(Attendance.Record(held.Id, odell.Id, AttendanceMark.Present));
        db.Add(Attendance.Record(held.Id, cullinane.Id, AttendanceMark.Present));
        db.Add(Attendance.Record(held.Id, miles.Id, AttendanceMark.Present));
        db.Add(Attendance.Record(held.Id, almond.Id, AttendanceMark.Present));
        db.Add(Attendance.Record(held.Id, shah.Id, AttendanceMark.Apologies));
        db.Add(Attendance.StandingIn(held.Id, anderson.Id, shah.Id, AttendanceMark.Reserve, reserveCategory: 1));
        var officer = Attendance.Record(held.Id, hewitt.Id, AttendanceMark.InAttendance);
        officer.Capacity = "Corporate Director, Community";
        db.Add(officer);
        db.Add(new Declaration { MeetingId = held.Id, PersonId = miles.Id, AgendaItemId = safety.Id, Kind = InterestKind.NonRegistrable, Nature = "He is a governor of a local primary school." });

        var m225 = new Minute { MeetingId = held.Id, CommitteeId = scrutiny.Id, AgendaItemId = apologies.Id, Number = new MinuteNumber(225), Title = "Attendance by Reserve Members" };
        m225.Resolve(ResolutionKind.Noted, "The attendance of Councillor Jeff Anderson for Councillor Sachin Shah.");
        var m226 = new Minute { MeetingId = held.Id, CommitteeId = scrutiny.Id, AgendaItemId = safety.Id, Number = new MinuteNumber(226), Title = "Community Safety Strategy", Body = "The Corporate Director introduced the report.\n\nMembers asked about burglary rates in Pinner." };
        m226.Resolve(ResolutionKind.Recommend, "That Cabinet", "adopt the Community Safety Strategy 2017-2020", "report progress to this committee in six months");
        db.AddRange(m225, m226);

        // Overview and Scrutiny, 11 July 2017: held, for attendance history.
        var july = NewMeeting(scrutiny, new LocalDate(2017, 7, 11), published: new LocalDate(2017, 7, 3), minutes: new LocalDate(2017, 7, 20));
        july.MarkHeld(new LocalTime(21, 15));
        db.Add(july);
        db.Add(Attendance.Record(july.Id, odell.Id, AttendanceMark.Present));
        db.Add(Attendance.Record(july.Id, miles.Id, AttendanceMark.Apologies));
        var m210 = new Minute { MeetingId = july.Id, CommitteeId = scrutiny.Id, Number = new MinuteNumber(210), Title = "Scrutiny Work Programme 2017/18" };
        m210.Resolve(ResolutionKind.Resolved, "That the work programme be agreed.");
        db.Add(m210);

        // To come: one routine, one cancelled.
        db.Add(NewMeeting(scrutiny, new LocalDate(2017, 10, 17)));
        var cancelled = NewMeeting(scrutiny, new LocalDate(2017, 11, 14));
        cancelled.Cancel("There is no business for the meeting.");
        db.Add(cancelled);

        // Cabinet: one held (minutes not yet published), one postponed.
        var cabinetHeld = NewMeeting(cabinet, new LocalDate(2017, 9, 21), published: new LocalDate(2017, 9, 13));
        cabinetHeld.MarkHeld(new LocalTime(20, 10));
        db.Add(cabinetHeld);
        db.Add(Item(cabinetHeld, 1, "Revenue and Capital Monitoring, Quarter 1"));
        var postponed = NewMeeting(cabinet, new LocalDate(2017, 10, 19));
        postponed.Postpone("Postponed to allow the budget consultation to close.");
        db.Add(postponed);

        // Corporate Parenting Panel: agenda published, meeting to come, online as well.
        var panel = NewMeeting(parenting, new LocalDate(2017, 10, 4), published: new LocalDate(2017, 9, 22), time: new LocalTime(18, 30), link: "https://example.org/harrow/live");
        db.Add(panel);
        var panelItem = Item(panel, 1, "Children Looked After: Annual Report");
        db.Add(panelItem);
        db.Add(NewReport(council, panelItem, "Children Looked After Annual Report", "The annual report of the service.", "1. Introduction\n\nThe number of children looked after fell this year."));

        await db.SaveChangesAsync();
    }

    private static Meeting NewMeeting(Committee committee, LocalDate date, LocalDate? published = null, LocalDate? minutes = null, LocalTime? time = null, string? link = null)
    {
        var meeting = new Meeting { CommitteeId = committee.Id, Date = date, StartTime = time ?? new LocalTime(19, 30), AgendaPublishedOn = published, MinutesPublishedOn = minutes };
        meeting.SetPlace("Committee Rooms 1 & 2, Harrow Civic Centre", link);
        return meeting;
    }

    private static AgendaItem Item(Meeting meeting, int number, string title, PageRange? pages = null, string? reportOf = null) =>
        new() { MeetingId = meeting.Id, Number = number, Title = title, Pages = pages, ReportOf = reportOf };

    public static Report NewReport(Council council, AgendaItem item, string subject, string summary, string body, Schedule12AParagraph? exempt = null, bool publish = true)
    {
        var report = new Report
        {
            CouncilId = council.Id,
            AgendaItemId = item.Id,
            ReportFor = "Overview and Scrutiny Committee",
            DateOfMeeting = new LocalDate(2017, 9, 19),
            Subject = subject,
            ResponsibleOfficer = "Paul Hewitt, Corporate Director, Community",
            Summary = summary,
            Recommendations = "That the committee comments on the draft strategy.",
            Body = body,
            ExemptionParagraph = exempt,
        };
        if (publish)
        {
            report.Submit();
            report.Clear();
            report.Publish();
        }
        return report;
    }
}
