using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.LoadTest;

/// <summary>
/// A council of realistic size for the load test until the demo council generator lands: 12 bodies with 10
/// members each, four years of monthly meetings with 8-item agendas, reports, attendance and minutes.
/// </summary>
public static class SyntheticCouncil
{
    public static async Task SeedAsync(QuorumDbContext db)
    {
        var random = new Random(2017);
        var council = new Council { Name = "Borough of Benchmark", Slug = new Slug("benchmark") };
        var group = new PartyGroup { CouncilId = council.Id, Name = "Independent", Slug = new Slug("independent") };
        var ward = new Ward { CouncilId = council.Id, Name = "Central", Slug = new Slug("central") };
        db.AddRange(council, group, ward);
        var people = Enumerable.Range(1, 60).Select(i => new Person
        {
            CouncilId = council.Id,
            GivenName = $"Member{i}",
            FamilyName = $"Surname{i}",
            Slug = new Slug($"member-{i}"),
            IsCouncillor = true,
            PartyGroupId = group.Id,
            WardId = ward.Id,
        }).ToList();
        db.AddRange(people);
        var start = new LocalDate(2014, 5, 20);
        for (var c = 1; c <= 12; c++)
        {
            var committee = new Committee { CouncilId = council.Id, Name = $"Committee {c}", Slug = new Slug($"committee-{c}"), BodyType = BodyType.Committee, Quorum = 3, Purpose = "Looks after a part of the council's business." };
            db.Add(committee);
            var members = people.OrderBy(_ => random.Next()).Take(10).ToList();
            foreach (var (person, i) in members.Select((p, i) => (p, i)))
            {
                db.Add(new Membership { CommitteeId = committee.Id, PersonId = person.Id, Role = i == 0 ? MembershipRole.Chair : MembershipRole.Member, From = start });
            }
            var minute = 1;
            for (var month = 0; month < 48; month++)
            {
                var date = start.PlusMonths(month).PlusDays(c);
                var meeting = new Meeting { CommitteeId = committee.Id, Date = date, StartTime = new LocalTime(19, 30), AgendaPublishedOn = date.PlusDays(-8), MinutesPublishedOn = date.PlusDays(9) };
                meeting.SetPlace("Council Chamber, Civic Centre", null);
                if (date < new LocalDate(2018, 1, 1))
                {
                    meeting.MarkHeld(new LocalTime(21, 0));
                }
                db.Add(meeting);
                for (var n = 1; n <= 8; n++)
                {
                    var item = new AgendaItem { MeetingId = meeting.Id, Number = n, Title = $"Item {n}: matter {random.Next(1000)}", Pages = new PageRange(n * 10, n * 10 + 8) };
                    if (n == 8)
                    {
                        item.TakeInPrivate(new Schedule12AParagraph(3));
                    }
                    db.Add(item);
                    if (n >= 4)
                    {
                        var report = new Report
                        {
                            CouncilId = council.Id,
                            AgendaItemId = item.Id,
                            ReportFor = committee.Name,
                            DateOfMeeting = date,
                            Subject = item.Title,
                            ResponsibleOfficer = "Corporate Director",
                            Summary = "Summary of the report.",
                            Body = "1. Background\n\nThe background to the report.",
                        };
                        report.Submit();
                        report.Clear();
                        report.Publish();
                        report.AddEnclosure("Appendix A", "appendix-a.pdf", 4, new string('c', 64));
                        db.Add(report);
                    }
                    if (meeting.Status is MeetingStatus.Held && n <= 7)
                    {
                        var m = new Minute { MeetingId = meeting.Id, CommitteeId = committee.Id, AgendaItemId = item.Id, Number = new MinuteNumber(minute++), Title = item.Title, Body = "Members discussed the report." };
                        m.Resolve(ResolutionKind.Resolved, "That the report be noted.");
                        db.Add(m);
                    }
                }
                if (meeting.Status is MeetingStatus.Held)
                {
                    foreach (var person in members)
                    {
                        db.Add(Attendance.Record(meeting.Id, person.Id, random.Next(10) == 0 ? AttendanceMark.Apologies : AttendanceMark.Present));
                    }
                }
            }
        }
        await db.SaveChangesAsync();
    }
}
