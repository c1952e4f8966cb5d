using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Demo;

/// <summary>The standing and business items of the council's agenda template, in template order.</summary>
internal enum ItemKind
{
    MayorsAnnouncements,
    AppointChair,
    Reserves,
    Substitutes,
    AppointViceChair,
    RightToSpeak,
    Declarations,
    Minutes,
    PublicQuestions,
    Petitions,
    Deputations,
    References,
    CouncillorQuestions,
    Business,
    AnyOtherBusiness,
    NextMeeting,
    Exclusion,
    PrivateBusiness,
}

/// <summary>Schedules each body's meetings over the three years and writes their agendas, reports and minutes.</summary>
internal sealed partial class DemoMeetingBuilder(DemoCouncilBuilder builder)
{
    private static readonly LocalTime NineAm = new(9, 0);

    private readonly DemoRandom random = builder.Random;
    private readonly DemoCouncil council = builder.Council;
    private readonly Dictionary<Guid, (ItemKind Kind, DemoSubject? Subject)> plans = [];

    private LocalDate Reference => council.ReferenceDate;

    public void Build()
    {
        foreach (var committee in council.Committees)
        {
            var spec = builder.SpecOf[committee.Id];
            // Minute numbers run on from before the demo's first year.
            var nextMinute = new MinuteNumber(random.Next(20, 400));
            Meeting? lastHeld = null;
            foreach (var year in council.MunicipalYears)
            {
                var bodyYear = builder.Appointments[(committee.Id, year.Id)];
                var dates = MeetingDates(spec, year);
                for (var i = 0; i < dates.Count; i++)
                {
                    var meeting = Schedule(committee, spec, dates[i]);
                    if (meeting.AgendaPublishedOn is not null || meeting.Status == MeetingStatus.Scheduled)
                    {
                        WriteAgenda(meeting, spec, bodyYear, lastHeld, firstOfYear: i == 0);
                    }
                    if (meeting.Status == MeetingStatus.Held)
                    {
                        nextMinute = WriteMinutes(meeting, spec, bodyYear, lastHeld, nextMinute);
                        lastHeld = meeting;
                    }
                }
            }
        }
    }

    private Instant At(LocalDate date) => (date > Reference ? Reference : date).At(NineAm).InUtc().ToInstant();

    private T Stamp<T>(T record, LocalDate date)
        where T : Entity
    {
        record.StampCreated(At(date));
        return record;
    }

    private static List<LocalDate> MeetingDates(DemoBody spec, MunicipalYear year)
    {
        var dates = new List<LocalDate>();
        var first = spec.Style == BodyStyle.FullCouncil ? year.StartsOn : year.StartsOn.PlusDays(14);
        var span = Period.Between(first, year.EndsOn.PlusDays(-7), PeriodUnits.Days).Days;
        for (var i = 0; i < spec.MeetingsPerYear; i++)
        {
            var date = first.PlusDays((int)(span * (double)i / spec.MeetingsPerYear));
            // No committees in the August recess or over Christmas.
            if (date.Month == 8)
            {
                date = new LocalDate(date.Year, 9, 1);
            }
            if ((date.Month == 12 && date.Day > 19) || (date.Month == 1 && date.Day < 4))
            {
                date = new LocalDate(date.Month == 12 ? date.Year + 1 : date.Year, 1, 5);
            }
            while ((spec.MeetingsPerYear <= 26 ? date.DayOfWeek != spec.Day : date.DayOfWeek > IsoDayOfWeek.Thursday) || dates.Contains(date))
            {
                date = date.PlusDays(1);
            }
            if (date <= year.EndsOn)
            {
                dates.Add(date);
            }
        }
        return dates;
    }

    private Meeting Schedule(Committee committee, DemoBody spec, LocalDate date)
    {
        var meeting = new Meeting { Id = random.NextGuid(), CommitteeId = committee.Id, Committee = committee, Date = date, StartTime = spec.StartTime };
        var room = spec.Style switch
        {
            BodyStyle.FullCouncil or BodyStyle.Cabinet => "Council Chamber",
            BodyStyle.LicensingHearing => "Committee Room 5",
            _ => "Committee Rooms 1 & 2",
        };
        var virtualOnly = spec.Style == BodyStyle.LicensingHearing && random.Chance(0.15);
        meeting.SetPlace(virtualOnly ? null : $"{room}, {DemoNames.CivicCentre}", virtualOnly || spec.Style == BodyStyle.Partnership ? DemoNames.VirtualLink : null);
        meeting.IsSpecial = spec.Style is not (BodyStyle.LicensingHearing or BodyStyle.Planning) && random.Chance(0.03);
        council.Meetings.Add(Stamp(meeting, date.PlusDays(-42)));

        var publication = date.PlusDays(-8);
        if (date > Reference)
        {
            meeting.AgendaPublishedOn = publication <= Reference ? publication : null;
            return meeting;
        }
        if (random.Chance(0.03))
        {
            meeting.Cancel(random.Pick(CancellationReasons));
            return meeting;
        }
        meeting.AgendaPublishedOn = publication;
        if (random.Chance(0.015))
        {
            meeting.Postpone(random.Pick(PostponementReasons));
            return meeting;
        }
        meeting.MarkHeld(spec.StartTime.PlusMinutes(random.Next(spec.Style == BodyStyle.LicensingHearing ? 40 : 55, 175)));
        var minutesOut = date.PlusDays(random.Next(5, 13));
        meeting.MinutesPublishedOn = minutesOut <= Reference ? minutesOut : null;
        return meeting;
    }

    private static readonly string[] CancellationReasons =
    [
        "Cancelled due to lack of business.",
        "Cancelled: the business has been deferred to the next scheduled meeting.",
        "Cancelled as the meeting would not have been quorate.",
    ];

    private static readonly string[] PostponementReasons =
    [
        "Postponed at the request of the Chair to allow the outcome of the inspection to be considered.",
        "Postponed because of the general election purdah period.",
    ];

    private void WriteAgenda(Meeting meeting, DemoBody spec, BodyYear bodyYear, Meeting? lastHeld, bool firstOfYear)
    {
        var plan = PlanItems(spec, lastHeld, firstOfYear);
        var page = 5;
        for (var i = 0; i < plan.Count; i++)
        {
            var (kind, title, description, subject) = plan[i];
            var item = new AgendaItem
            {
                Id = random.NextGuid(),
                MeetingId = meeting.Id,
                Meeting = meeting,
                Number = i + 1,
                Title = title,
                Description = description,
                IsEducationMatter = subject?.Education ?? false,
            };
            plans[item.Id] = (kind, subject);
            if (kind == ItemKind.Minutes)
            {
                item.ToFollow = random.Chance(0.05);
                if (!item.ToFollow)
                {
                    var length = random.Next(4, 13);
                    item.Pages = new PageRange(page, page + length - 1);
                    page += length;
                }
            }
            if (subject is not null)
            {
                if (kind == ItemKind.PrivateBusiness)
                {
                    item.TakeInPrivate(new Schedule12AParagraph(subject.ExemptParagraph ?? 3));
                }
                item.ReportOf = spec.Style == BodyStyle.CorporateParenting ? null : $"Report of the {subject.ReportOf}";
                item.ToFollow = random.Chance(0.03);
                var report = WriteReport(meeting, spec, bodyYear, item, subject);
                var length = random.Next(5, 17) + report.Enclosures.Sum(e => e.PageCount);
                length += length % 2;
                if (!item.ToFollow)
                {
                    item.Pages = new PageRange(page, page + length - 1);
                    page += length;
                }
            }
            council.AgendaItems.Add(Stamp(item, meeting.Date.PlusDays(-21)));
        }
    }

    private List<(ItemKind Kind, string Title, string? Description, DemoSubject? Subject)> PlanItems(DemoBody spec, Meeting? lastHeld, bool firstOfYear)
    {
        var executive = spec.Style is BodyStyle.Cabinet or BodyStyle.CorporateParenting or BodyStyle.Advisory;
        var deadline = "three clear working days before the meeting";
        var items = new List<(ItemKind, string, string?, DemoSubject?)>();
        void Add(ItemKind kind, string title, string? description = null, DemoSubject? subject = null) => items.Add((kind, title, description, subject));

        var standing = spec.Style switch
        {
            BodyStyle.FullCouncil => [ItemKind.MayorsAnnouncements, ItemKind.Declarations, ItemKind.Minutes, ItemKind.Petitions, ItemKind.PublicQuestions],
            BodyStyle.Cabinet => [ItemKind.Declarations, ItemKind.Minutes, ItemKind.Petitions, ItemKind.PublicQuestions, ItemKind.CouncillorQuestions],
            BodyStyle.Scrutiny => [ItemKind.Reserves, ItemKind.Declarations, ItemKind.Minutes, ItemKind.PublicQuestions, ItemKind.Petitions, ItemKind.References],
            BodyStyle.Planning => [ItemKind.Reserves, ItemKind.RightToSpeak, ItemKind.Declarations, ItemKind.Minutes, ItemKind.PublicQuestions, ItemKind.Petitions, ItemKind.Deputations, ItemKind.References],
            BodyStyle.LicensingHearing => [ItemKind.AppointChair, ItemKind.Declarations],
            BodyStyle.Partnership => [ItemKind.Substitutes, ItemKind.Declarations, ItemKind.Minutes, .. firstOfYear ? new[] { ItemKind.AppointViceChair } : []],
            BodyStyle.CorporateParenting => [ItemKind.Reserves, .. firstOfYear ? new[] { ItemKind.AppointViceChair } : [], ItemKind.Declarations, ItemKind.Minutes, ItemKind.PublicQuestions, ItemKind.Petitions, ItemKind.Deputations],
            BodyStyle.Pension => [ItemKind.Reserves, ItemKind.Declarations, ItemKind.Minutes, ItemKind.PublicQuestions],
            _ => new[] { ItemKind.Reserves, ItemKind.Declarations, ItemKind.Minutes, ItemKind.PublicQuestions, ItemKind.Petitions, ItemKind.Deputations },
        };
        var bodyWord = spec.BodyType switch
        {
            BodyType.Panel or BodyType.SubCommittee when spec.Name.EndsWith("Panel", StringComparison.Ordinal) => "Panel",
            BodyType.SubCommittee => "Sub-Committee",
            BodyType.PartnershipBoard => "Board",
            BodyType.Council => "Council",
            BodyType.Cabinet => "Cabinet",
            _ => "Committee",
        };
        foreach (var kind in standing)
        {
            switch (kind)
            {
                case ItemKind.MayorsAnnouncements: Add(kind, "Mayor's Announcements"); break;
                case ItemKind.AppointChair: Add(kind, "Appointment of Chair", "To appoint a Chair for the purpose of this hearing."); break;
                case ItemKind.Reserves: Add(kind, "Attendance by Reserve Members", DemoText.ReserveRules); break;
                case ItemKind.Substitutes: Add(kind, "Attendance by Substitute Members", DemoText.SubstituteRules); break;
                case ItemKind.AppointViceChair: Add(kind, "Appointment of Vice-Chair", $"To consider the appointment of a Vice-Chair of the {bodyWord} for the Municipal Year."); break;
                case ItemKind.RightToSpeak: Add(kind, "Right of Members to Speak", "To agree requests to speak from Councillors who are not Members of the Committee, in accordance with Committee Procedure Rule 4.1."); break;
                case ItemKind.Declarations: Add(kind, "Declarations of Interest", spec.Style == BodyStyle.Partnership ? "(if any)." : DemoText.Declarations(bodyWord)); break;
                case ItemKind.Minutes when lastHeld is not null:
                    Add(kind, "Minutes", $"That the minutes of the meeting held on {lastHeld.Date:d MMMM uuuu} be taken as read and signed as a correct record.");
                    break;
                case ItemKind.PublicQuestions: Add(kind, "Public Questions", DemoText.PublicQuestions(executive, deadline)); break;
                case ItemKind.Petitions: Add(kind, "Petitions", DemoText.Petitions(executive)); break;
                case ItemKind.Deputations: Add(kind, "Deputations", DemoText.Deputations(executive)); break;
                case ItemKind.References: Add(kind, spec.Style == BodyStyle.Planning ? "References from Council and Other Committees/Panels" : "References from Council/Cabinet", "(if any)."); break;
                case ItemKind.CouncillorQuestions: Add(kind, "Councillor Questions", "To receive any Councillor questions received in accordance with Executive Procedure Rule 49 (Part 4D of the Constitution)."); break;
            }
        }

        var (low, high) = spec.Style switch
        {
            BodyStyle.Cabinet or BodyStyle.Audit or BodyStyle.CorporateParenting or BodyStyle.Partnership => (3, 5),
            BodyStyle.LicensingHearing or BodyStyle.Licensing => (1, 3),
            _ => (2, 4),
        };
        var publicSubjects = spec.Subjects.Where(s => s.ExemptParagraph is null).ToList();
        foreach (var subject in random.Take(publicSubjects, Math.Min(publicSubjects.Count, random.Next(low, high))))
        {
            var title = spec.Style == BodyStyle.Cabinet && random.Chance(0.5) ? $"Key Decision - {subject.Title}" : subject.Title;
            Add(ItemKind.Business, title, null, subject);
        }
        Add(ItemKind.AnyOtherBusiness, "Any Other Urgent Business", DemoText.AnyOtherBusiness);
        if (spec.Style == BodyStyle.Partnership)
        {
            Add(ItemKind.NextMeeting, "Date of Next Meeting", "To note that the next meeting of the Board will be held on a date to be agreed.");
        }

        var privateSubjects = spec.Subjects.Where(s => s.ExemptParagraph is not null).ToList();
        var privateChance = spec.Style switch { BodyStyle.Pension => 0.4, BodyStyle.Cabinet => 0.3, BodyStyle.Audit or BodyStyle.LicensingHearing => 0.15, _ => 0.0 };
        if (privateSubjects.Count > 0 && random.Chance(privateChance))
        {
            var subject = random.Pick(privateSubjects);
            Add(ItemKind.Exclusion, "Exclusion of the Press and Public", DemoText.Exclusion);
            Add(ItemKind.PrivateBusiness, subject.Title, null, subject);
        }
        return items;
    }
}
