using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.Data.Tests;

/// <summary>One record of every kind, shaped like the Overview and Scrutiny pack of 19 September 2017.</summary>
public sealed class SampleRecords
{
    public SampleRecords()
    {
        Council = new Council { Name = "London Borough of Harrow", Slug = new Slug("harrow"), ContactEmail = "democratic.services@harrow.gov.uk" };
        Year = new MunicipalYear(Council.Id, new LocalDate(2017, 5, 18), new LocalDate(2018, 5, 16));
        Labour = new PartyGroup { CouncilId = Council.Id, Name = "Labour", Slug = new Slug("labour") };
        Ward = new Ward { CouncilId = Council.Id, Name = "Greenhill", Slug = new Slug("greenhill") };
        Cabinet = new Committee { CouncilId = Council.Id, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet, Quorum = 3 };
        Scrutiny = new Committee
        {
            CouncilId = Council.Id,
            Name = "Overview and Scrutiny Committee",
            Slug = new Slug("overview-and-scrutiny-committee"),
            BodyType = BodyType.Committee,
            Quorum = 4,
            Purpose = "Scrutinises the executive and reviews policy.",
        };
        Chair = new Person
        {
            CouncilId = Council.Id,
            GivenName = "Phillip",
            FamilyName = "O'Dell",
            Slug = new Slug("phillip-odell"),
            IsCouncillor = true,
            WardId = Ward.Id,
            PartyGroupId = Labour.Id,
        };
        Chair.AddAlias("Phil O'Dell");
        Reserve = new Person
        {
            CouncilId = Council.Id,
            GivenName = "Jeff",
            FamilyName = "Anderson",
            Slug = new Slug("jeff-anderson"),
            IsCouncillor = true,
            WardId = Ward.Id,
            PartyGroupId = Labour.Id,
        };
        Cooptee = new Person { CouncilId = Council.Id, Title = "Reverend", GivenName = "P", FamilyName = "Reece", Slug = new Slug("p-reece") };
        ChairSeat = new Membership { CommitteeId = Scrutiny.Id, PersonId = Chair.Id, Role = MembershipRole.Chair, From = Year.StartsOn };
        CoopteeSeat = new Membership
        {
            CommitteeId = Scrutiny.Id,
            PersonId = Cooptee.Id,
            Role = MembershipRole.CoOpted,
            VotingRight = VotingRight.EducationItemsOnly,
            OrganisationRepresented = "Church of England diocesan education authority",
            From = Year.StartsOn,
            To = Year.EndsOn,
        };
        Scrutiny.Memberships.Add(ChairSeat);
        Scrutiny.Memberships.Add(CoopteeSeat);
        Reserves = new ReserveList { CommitteeId = Scrutiny.Id, PartyGroupId = Labour.Id, MunicipalYearId = Year.Id };
        Reserves.Add(Reserve.Id);
        NamedSubstitute = new Substitute { CommitteeId = Scrutiny.Id, PersonId = Reserve.Id, Organisation = "Harrow Youth Parliament", ForPersonId = Cooptee.Id, From = Year.StartsOn };

        Meeting = new Meeting
        {
            CommitteeId = Scrutiny.Id,
            Date = new LocalDate(2017, 9, 19),
            StartTime = new LocalTime(19, 30),
            AgendaPublishedOn = new LocalDate(2017, 9, 11),
            MinutesPublishedOn = new LocalDate(2017, 9, 28),
        };
        Meeting.SetPlace("Committee Rooms 1 & 2, Harrow Civic Centre", null);
        Meeting.MarkHeld(new LocalTime(21, 50));
        ReportItem = new AgendaItem
        {
            MeetingId = Meeting.Id,
            Number = 7,
            Title = "OFSTED INSPECTION - ACTION PLAN",
            Pages = new PageRange(21, 82),
            ReportOf = "Corporate Director, People Services",
            IsEducationMatter = true,
        };
        PrivateItem = new AgendaItem { MeetingId = Meeting.Id, Number = 10, Title = "Contract Award: Youth Services", ToFollow = true };
        PrivateItem.TakeInPrivate(new Schedule12AParagraph(3));
        Meeting.AgendaItems.Add(ReportItem);
        Meeting.AgendaItems.Add(PrivateItem);
        Meeting.Attendances.Add(Attendance.Record(Meeting.Id, Chair.Id, AttendanceMark.Present));
        Meeting.Attendances.Add(Attendance.StandingIn(Meeting.Id, Reserve.Id, Cooptee.Id, AttendanceMark.Reserve, reserveCategory: 3));
        Meeting.Attendances.Add(Attendance.Record(Meeting.Id, Cooptee.Id, AttendanceMark.Apologies));

        Report = new Report
        {
            CouncilId = Council.Id,
            AgendaItemId = ReportItem.Id,
            ReportFor = "OVERVIEW AND SCRUTINY COMMITTEE",
            DateOfMeeting = Meeting.Date,
            Subject = "Scrutiny of action plan following Ofsted report",
            ResponsibleOfficer = "Chris Spencer, Corporate Director, People Services",
            ScrutinyLeadMember = "Cllr Jerry Miles",
            WardsAffected = "All",
            Summary = "This report sets out the action plan.",
            Recommendations = "That the report be noted.",
        };
        Report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", new LocalDate(2017, 9, 5), onBehalfOf: "the Chief Financial Officer");
        Report.AddEnclosure("Ofsted report January 2017", "ofsted-2017.pdf", 52, new string('a', 64));
        Report.Submit();
        Report.Clear();
        Report.Publish();

        Minute = new Minute { MeetingId = Meeting.Id, CommitteeId = Scrutiny.Id, AgendaItemId = ReportItem.Id, Number = new MinuteNumber(231), Title = "Ofsted Inspection - Action Plan" };
        Minute.Resolve(ResolutionKind.Resolved, "That", "to endorse the action plan", "to acknowledge the progress made");
        Declaration = new Declaration
        {
            MeetingId = Meeting.Id,
            PersonId = Chair.Id,
            AgendaItemId = ReportItem.Id,
            Kind = InterestKind.NonRegistrable,
            Nature = "His daughter is a teacher at a Harrow school.",
        };
        Vote = new Vote { MinuteId = Minute.Id, Motion = "That the action plan be endorsed" };
        Vote.Record(Chair.Id, VoteChoice.For);
        Vote.Record(Reserve.Id, VoteChoice.Against);
        Vote.CastingVote(VoteChoice.For);
        Action = new ActionPoint { MinuteId = Minute.Id, Description = "Circulate the updated action plan to Members.", Owner = "Corporate Director, People Services", DueOn = new LocalDate(2017, 10, 31) };
    }

    public Council Council { get; }
    public MunicipalYear Year { get; }
    public PartyGroup Labour { get; }
    public Ward Ward { get; }
    public Committee Cabinet { get; }
    public Committee Scrutiny { get; }
    public Person Chair { get; }
    public Person Reserve { get; }
    public Person Cooptee { get; }
    public Membership ChairSeat { get; }
    public Membership CoopteeSeat { get; }
    public ReserveList Reserves { get; }
    public Substitute NamedSubstitute { get; }
    public Meeting Meeting { get; }
    public AgendaItem ReportItem { get; }
    public AgendaItem PrivateItem { get; }
    public Report Report { get; }
    public Minute Minute { get; }
    public Declaration Declaration { get; }
    public Vote Vote { get; }
    public ActionPoint Action { get; }

    public void AddTo(QuorumDbContext db)
    {
        db.AddRange(Council, Year, Labour, Ward, Cabinet, Scrutiny, Chair, Reserve, Cooptee, Reserves, NamedSubstitute);
        db.AddRange(Meeting, Report, Minute, Declaration, Vote, Action);
    }
}
