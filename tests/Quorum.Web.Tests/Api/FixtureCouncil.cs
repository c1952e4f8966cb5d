using System.Text;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Reports;
using Quorum.TestSupport;
using Quorum.Application.Documents;

namespace Quorum.Web.Tests.Api;

/// <summary>
/// A small council with one record of every public kind and, beside them, material that must never leave the
/// building: every exempt, draft, unpublished or withdrawn text contains <see cref="Canary"/>.
/// </summary>
public sealed class FixtureCouncil
{
    public const string Canary = "CANARY";

    public Council Council { get; } = new() { Name = "Anytown Borough Council", Slug = new Slug("anytown"), ContactEmail = "democratic.services@anytown.gov.uk" };

    public Committee Planning { get; private set; } = null!;

    public Committee Cabinet { get; private set; } = null!;

    public Person Chair { get; private set; } = null!;

    public Person Reserve { get; private set; } = null!;

    public Meeting HeldMeeting { get; private set; } = null!;

    public Meeting CabinetMeeting { get; private set; } = null!;

    public Meeting FutureMeeting { get; private set; } = null!;

    public Report PublicReport { get; private set; } = null!;

    public Report WithdrawnReport { get; private set; } = null!;

    public Person WithdrawnPerson { get; private set; } = null!;

    public byte[] AppendixBytes { get; } = Encoding.UTF8.GetBytes("%PDF-1.4 appendix: Anytown local plan site assessments");

    public async Task SeedAsync(QuorumDbContext db, DocumentStore documents, TestClock clock)
    {
        var year = new MunicipalYear(Council.Id, new LocalDate(2024, 5, 16), new LocalDate(2025, 5, 21));
        var labour = new PartyGroup { CouncilId = Council.Id, Name = "Labour", Slug = new Slug("labour") };
        var conservative = new PartyGroup { CouncilId = Council.Id, Name = "Conservative", Slug = new Slug("conservative") };
        var ward = new Ward { CouncilId = Council.Id, Name = "Greenhill", Slug = new Slug("greenhill") };
        Cabinet = new Committee { CouncilId = Council.Id, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet, Quorum = 3 };
        Planning = new Committee { CouncilId = Council.Id, Name = "Planning Committee", Slug = new Slug("planning-committee"), BodyType = BodyType.Committee, Quorum = 3, Purpose = "Determines planning applications." };
        var subCommittee = new Committee { CouncilId = Council.Id, Name = "Planning Sub-Committee", Slug = new Slug("planning-sub-committee"), BodyType = BodyType.SubCommittee, ParentId = Planning.Id };

        Person Councillor(string given, string family, PartyGroup group) => new()
        {
            CouncilId = Council.Id,
            GivenName = given,
            FamilyName = family,
            Slug = Slug.From($"{given} {family}"),
            IsCouncillor = true,
            WardId = ward.Id,
            PartyGroupId = group.Id,
            Email = $"{given.ToLowerInvariant()}.{family.ToLowerInvariant()}@anytown.gov.uk",
        };
        Chair = Councillor("Amara", "Okafor", labour);
        var member = Councillor("Ben", "Holt", conservative);
        var absent = Councillor("Cara", "Lind", labour);
        Reserve = Councillor("Dev", "Patel", labour);
        var officer = new Person { CouncilId = Council.Id, GivenName = "Erin", FamilyName = "Walsh", Slug = new Slug("erin-walsh"), Title = "Ms", Email = "CANARY-officer-private@anytown.gov.uk" };
        WithdrawnPerson = Councillor("Finn", "Gray", conservative);

        Planning.Memberships.Add(new Membership { CommitteeId = Planning.Id, PersonId = Chair.Id, Role = MembershipRole.Chair, From = year.StartsOn });
        Planning.Memberships.Add(new Membership { CommitteeId = Planning.Id, PersonId = member.Id, Role = MembershipRole.Member, From = year.StartsOn, To = year.EndsOn });
        Planning.Memberships.Add(new Membership { CommitteeId = Planning.Id, PersonId = absent.Id, Role = MembershipRole.Member, From = year.StartsOn });
        Cabinet.Memberships.Add(new Membership { CommitteeId = Cabinet.Id, PersonId = Chair.Id, Role = MembershipRole.Member, From = year.StartsOn });
        var reserves = new ReserveList { CommitteeId = Planning.Id, PartyGroupId = labour.Id, MunicipalYearId = year.Id };
        reserves.Add(Reserve.Id);

        HeldMeeting = new Meeting
        {
            CommitteeId = Planning.Id,
            Date = new LocalDate(2024, 7, 10),
            StartTime = new LocalTime(19, 30),
            AgendaPublishedOn = new LocalDate(2024, 7, 2),
            MinutesPublishedOn = new LocalDate(2024, 7, 18),
        };
        HeldMeeting.SetPlace("Council Chamber, Anytown Civic Centre", null);
        HeldMeeting.MarkHeld(new LocalTime(21, 5));
        var apologies = new AgendaItem { MeetingId = HeldMeeting.Id, Number = 1, Title = "Apologies for absence" };
        var plan = new AgendaItem { MeetingId = HeldMeeting.Id, Number = 2, Title = "Local Plan: Site Allocations", ReportOf = "Director of Place" };
        var land = new AgendaItem { MeetingId = HeldMeeting.Id, Number = 3, Title = "Disposal of land at Mill Lane" };
        land.TakeInPrivate(new Schedule12AParagraph(3));
        HeldMeeting.AgendaItems.AddRange([apologies, plan, land]);
        HeldMeeting.Attendances.Add(Attendance.Record(HeldMeeting.Id, Chair.Id, AttendanceMark.Present));
        HeldMeeting.Attendances.Add(Attendance.Record(HeldMeeting.Id, member.Id, AttendanceMark.Present));
        HeldMeeting.Attendances.Add(Attendance.Record(HeldMeeting.Id, absent.Id, AttendanceMark.Apologies));
        HeldMeeting.Attendances.Add(Attendance.StandingIn(HeldMeeting.Id, Reserve.Id, absent.Id, AttendanceMark.Reserve, reserveCategory: 1));

        var appendixSha = await documents.AddAsync(AppendixBytes, "Site assessments for the Anytown local plan; commas, semicolons; and a backslash \\ survive.");
        PublicReport = Published(new Report
        {
            CouncilId = Council.Id,
            AgendaItemId = plan.Id,
            ReportFor = "PLANNING COMMITTEE",
            DateOfMeeting = HeldMeeting.Date,
            Subject = "Local Plan: Site Allocations",
            ResponsibleOfficer = "Director of Place",
            KeyDecision = true,
            Summary = "Proposes the sites for the local plan.",
            Recommendations = "That the sites be approved.",
        });
        PublicReport.AddEnclosure("Appendix 1: Site assessments", "site-assessments.pdf", 12, appendixSha);
        var exemptAppendix = PublicReport.AddEnclosure("CANARY Appendix 2: valuations", "CANARY-valuations.pdf", 3, new string('b', 64));
        exemptAppendix.ExemptionParagraph = new Schedule12AParagraph(3);
        var exemptReport = Published(new Report
        {
            CouncilId = Council.Id,
            AgendaItemId = land.Id,
            ReportFor = "PLANNING COMMITTEE",
            DateOfMeeting = HeldMeeting.Date,
            Subject = "CANARY Mill Lane valuation",
            ResponsibleOfficer = "CANARY Head of Property",
            Summary = "CANARY price",
        });
        exemptReport.ExemptionParagraph = new Schedule12AParagraph(3);

        var planMinute = new Minute { MeetingId = HeldMeeting.Id, CommitteeId = Planning.Id, AgendaItemId = plan.Id, Number = new MinuteNumber(41), Title = "Local Plan: Site Allocations", Body = "Members discussed the sites." };
        planMinute.Resolve(ResolutionKind.Resolved, "That the site allocations be approved.");
        var vote = new Vote { MinuteId = planMinute.Id, Motion = "That the site allocations be approved" };
        vote.Record(Chair.Id, VoteChoice.For);
        vote.Record(Reserve.Id, VoteChoice.For);
        vote.Record(member.Id, VoteChoice.Against);
        var action = new ActionPoint { MinuteId = planMinute.Id, Description = "Publish the approved allocations.", Owner = "Director of Place", DueOn = new LocalDate(2024, 8, 1) };
        var landMinute = new Minute { MeetingId = HeldMeeting.Id, CommitteeId = Planning.Id, AgendaItemId = land.Id, Number = new MinuteNumber(42), Title = "CANARY Mill Lane", Body = "CANARY bids were" };
        landMinute.Resolve(ResolutionKind.Resolved, "CANARY That the land be sold to the highest bidder.");
        var landVote = new Vote { MinuteId = landMinute.Id, Motion = "CANARY sale motion" };
        landVote.SetTotals(3, 0, 0);
        var landAction = new ActionPoint { MinuteId = landMinute.Id, Description = "CANARY complete the sale", Owner = "CANARY owner" };
        var declaration = new Declaration { MeetingId = HeldMeeting.Id, PersonId = member.Id, AgendaItemId = plan.Id, Kind = InterestKind.NonRegistrable, Nature = "Lives near one of the sites." };
        var sensitiveDeclaration = new Declaration { MeetingId = HeldMeeting.Id, PersonId = Chair.Id, AgendaItemId = plan.Id, Kind = InterestKind.OtherRegistrable, Nature = "CANARY sensitive: address withheld", Sensitive = true };
        var privateDeclaration = new Declaration { MeetingId = HeldMeeting.Id, PersonId = Chair.Id, AgendaItemId = land.Id, Kind = InterestKind.DisclosablePecuniary, Nature = "CANARY owns the neighbouring plot", Outcome = DeclarationOutcome.Withdrew };

        // Agenda published, minutes not yet: decisions stay private until the minutes are.
        CabinetMeeting = new Meeting { CommitteeId = Cabinet.Id, Date = new LocalDate(2024, 11, 14), StartTime = new LocalTime(18, 30), AgendaPublishedOn = new LocalDate(2024, 11, 6) };
        CabinetMeeting.SetPlace("Committee Room 1, Anytown Civic Centre", "https://video.anytown.gov.uk/cabinet");
        var budget = new AgendaItem { MeetingId = CabinetMeeting.Id, Number = 1, Title = "Budget Monitoring Q2" };
        CabinetMeeting.AgendaItems.Add(budget);
        var budgetMinute = new Minute { MeetingId = CabinetMeeting.Id, CommitteeId = Cabinet.Id, AgendaItemId = budget.Id, Number = new MinuteNumber(7), Title = "Budget", Body = "CANARY unpublished minutes" };
        budgetMinute.Resolve(ResolutionKind.Agreed, "CANARY draft decision");
        CabinetMeeting.Attendances.Add(Attendance.Record(CabinetMeeting.Id, officer.Id, AttendanceMark.InAttendance));

        // Scheduled, agenda not yet published.
        FutureMeeting = new Meeting { CommitteeId = Planning.Id, Date = new LocalDate(2025, 1, 15), StartTime = new LocalTime(19, 0) };
        FutureMeeting.SetPlace("Council Chamber, Anytown Civic Centre", null);
        var future = new AgendaItem { MeetingId = FutureMeeting.Id, Number = 1, Title = "CANARY unpublished agenda item" };
        FutureMeeting.AgendaItems.Add(future);
        var draft = new Report
        {
            CouncilId = Council.Id,
            AgendaItemId = future.Id,
            ReportFor = "PLANNING COMMITTEE",
            DateOfMeeting = FutureMeeting.Date,
            Subject = "CANARY draft report",
            ResponsibleOfficer = "Director of Place",
        };
        draft.AddEnclosure("CANARY draft appendix", "CANARY-draft.pdf", 1, new string('c', 64));
        var cancelled = new Meeting { CommitteeId = subCommittee.Id, Date = new LocalDate(2024, 9, 3), StartTime = new LocalTime(10, 0) };
        cancelled.SetPlace(null, "https://video.anytown.gov.uk/sub");
        cancelled.Cancel("No business; the applications were withdrawn.");

        WithdrawnReport = Published(new Report
        {
            CouncilId = Council.Id,
            ReportFor = "CABINET",
            DateOfMeeting = CabinetMeeting.Date,
            Subject = "Withdrawn: Leisure Centre options",
            ResponsibleOfficer = "Director of Place",
        });
        var withdrawnDraft = new Report { CouncilId = Council.Id, ReportFor = "CABINET", DateOfMeeting = CabinetMeeting.Date, Subject = "CANARY withdrawn draft", ResponsibleOfficer = "x" };

        db.AddRange(Council, year, labour, conservative, ward, Cabinet, Planning, subCommittee, Chair, member, absent, Reserve, officer, WithdrawnPerson, reserves);
        db.AddRange(HeldMeeting, CabinetMeeting, FutureMeeting, cancelled, PublicReport, exemptReport, draft, WithdrawnReport, withdrawnDraft);
        db.AddRange(planMinute, landMinute, budgetMinute, vote, landVote, action, landAction, declaration, sensitiveDeclaration, privateDeclaration);
        await db.SaveChangesAsync();

        clock.Advance(Duration.FromHours(1));
        db.Remove(WithdrawnReport);
        db.Remove(withdrawnDraft);
        db.Remove(WithdrawnPerson);
        await db.SaveChangesAsync();
    }

    private static Report Published(Report report)
    {
        report.Submit();
        report.Clear();
        report.Publish();
        return report;
    }
}
