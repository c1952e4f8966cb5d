using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;

namespace Quorum.Demo;

internal sealed partial class DemoMeetingBuilder
{
    private MinuteNumber WriteMinutes(Meeting meeting, DemoBody spec, BodyYear bodyYear, Meeting? lastHeld, MinuteNumber next)
    {
        var attendance = RecordAttendance(meeting, spec, bodyYear);
        var present = attendance.Where(a => a.IsPresentAsMember).Select(a => a.PersonId).ToHashSet();
        var members = bodyYear.Seats.Where(s => present.Contains(s.PersonId) && s.Person!.IsCouncillor).Select(s => s.Person!)
            .Concat(attendance.Where(a => a.Mark == AttendanceMark.Reserve).Select(a => council.People.Single(p => p.Id == a.PersonId)))
            .ToList();
        var items = council.AgendaItems.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Number).ToList();
        var declarations = Declare(meeting, spec, members, items);

        foreach (var item in items)
        {
            var (kind, subject) = plans[item.Id];
            var minute = new Minute
            {
                Id = random.NextGuid(),
                MeetingId = meeting.Id,
                Meeting = meeting,
                CommitteeId = meeting.CommitteeId,
                AgendaItemId = item.Id,
                AgendaItem = item,
                Number = next,
                Title = item.Title,
            };
            next = next.Next();
            Stamp(minute, meeting.Date.PlusDays(3));
            council.Minutes.Add(minute);
            switch (kind)
            {
                case ItemKind.Reserves or ItemKind.Substitutes:
                    var standIns = attendance.Where(a => a.ForPersonId is not null).ToList();
                    var word = kind == ItemKind.Reserves ? "Reserve" : "Substitute";
                    if (standIns.Count == 0)
                    {
                        Resolve(minute, ResolutionKind.Resolved, $"To note that no {word} Members had been nominated to attend the meeting.");
                    }
                    else
                    {
                        Resolve(minute, ResolutionKind.Resolved, $"To note the attendance at this meeting of the following duly appointed {word} Member{(standIns.Count > 1 ? "s" : "")}:",
                            [.. standIns.Select(a => $"Ordinary Member: {Name(a.ForPersonId!.Value)}; {word} Member: {Name(a.PersonId)}")]);
                    }
                    break;
                case ItemKind.AppointChair:
                    Resolve(minute, ResolutionKind.Resolved, $"That {bodyYear.Chair.Person!.DisplayName} be appointed Chair for the purpose of this hearing.");
                    break;
                case ItemKind.AppointViceChair:
                    var vice = bodyYear.Seats.FirstOrDefault(s => s.Role == MembershipRole.ViceChair) ?? bodyYear.Seats[^1];
                    Resolve(minute, ResolutionKind.Resolved, $"To appoint {vice.Person!.DisplayName} as Vice-Chair of the {spec.Name} for the Municipal Year {bodyYear.Year.Name}.");
                    break;
                case ItemKind.RightToSpeak:
                    Resolve(minute, ResolutionKind.Resolved, "To note that no Councillors who were not Members of the Committee had asked to speak.");
                    break;
                case ItemKind.Declarations:
                    if (declarations.Count == 0)
                    {
                        Resolve(minute, ResolutionKind.Resolved, "To note that there were no declarations of interests made by Members.");
                    }
                    else
                    {
                        Resolve(minute, ResolutionKind.Resolved, "To note that the following interests were declared:",
                            [.. declarations.Select(d => $"Agenda Item {items.Single(i => i.Id == d.AgendaItemId).Number} – {items.Single(i => i.Id == d.AgendaItemId).Title}: {Name(d.PersonId)} declared a {Describe(d.Kind)} interest in that they {d.Nature}. {(d.LeftTheRoom ? "They left the room whilst the matter was considered and voted upon." : "They would remain in the room whilst the matter was considered and voted upon.")}")]);
                    }
                    break;
                case ItemKind.Minutes:
                    Resolve(minute, ResolutionKind.Resolved, $"That the minutes of the meeting held on {lastHeld!.Date:d MMMM uuuu} be taken as read and signed as a correct record.");
                    break;
                case ItemKind.PublicQuestions or ItemKind.Petitions or ItemKind.Deputations:
                    var what = kind switch { ItemKind.PublicQuestions => "public questions", ItemKind.Petitions => "petitions", _ => "deputations" };
                    if (random.Chance(0.15))
                    {
                        minute.Body = kind == ItemKind.PublicQuestions
                            ? "A public question was put to the Chair, and a response was given. [Note: the question and answer are recorded on the Council's website, and are not reproduced in the minutes.]"
                            : $"A {what[..^1]} was received from residents of {random.Pick(DemoNames.Wards)} ward, containing {random.Next(30, 400)} signatures.";
                        Resolve(minute, ResolutionKind.Resolved, kind == ItemKind.PublicQuestions ? "To note the question and answer." : $"That the {what[..^1]} be received and referred to the {OfficerFor("Corporate Director").Post} for consideration.");
                    }
                    else
                    {
                        Resolve(minute, ResolutionKind.Resolved, $"To note that no {what} were received at this meeting.");
                    }
                    break;
                case ItemKind.References:
                    minute.Body = "There were none.";
                    break;
                case ItemKind.MayorsAnnouncements:
                    minute.Body = "The Mayor reported on the civic engagements she had attended since the last meeting of Council, and thanked Members for their support of the Mayor's charities.";
                    break;
                case ItemKind.CouncillorQuestions:
                    minute.Body = "The questions received and the answers given are recorded on the Council's website.";
                    break;
                case ItemKind.AnyOtherBusiness:
                    minute.Body = "There was no other urgent business.";
                    break;
                case ItemKind.NextMeeting:
                    minute.Body = "It was noted that the date of the next meeting would be confirmed by Democratic Services.";
                    break;
                case ItemKind.Exclusion:
                    var next12A = items.Single(i => i.Number == item.Number + 1);
                    Resolve(minute, ResolutionKind.Resolved,
                        $"That in accordance with Part I of Schedule 12A to the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business, for the reason that it contains exempt information under paragraph {next12A.ExemptionParagraph!.Number}: Agenda Item {next12A.Number} – {next12A.Title}.");
                    break;
                case ItemKind.PrivateBusiness:
                    minute.Body = "The Committee considered the confidential report and the information set out in its appendices.";
                    Resolve(minute, ResolutionKind.Resolved, "That the recommendations set out in the confidential report be agreed.");
                    break;
                case ItemKind.Business:
                    Decide(minute, meeting, spec, subject!, members);
                    break;
            }
        }
        return next;
    }

    private void Decide(Minute minute, Meeting meeting, DemoBody spec, DemoSubject subject, List<Person> members)
    {
        var (officer, post) = OfficerFor(subject.ReportOf);
        var pool = spec.Style switch { BodyStyle.Planning => DemoText.PlanningPoints, BodyStyle.LicensingHearing => DemoText.LicensingPoints, _ => DemoText.DiscussionPoints };
        var points = random.Take(pool, random.Next(2, 4));
        var lead = spec.Style == BodyStyle.Partnership
            ? "During the discussion on this item, Members of the Board made a number of comments as follows:"
            : "Following questions and the discussion that ensued, it was advised that:";
        minute.Body = $"{officer.FullName} ({post}) introduced the report, which {subject.Summary}.\n\n{lead}\n" + string.Join("\n", points.Select(p => $"- {p}"));

        switch (spec.Style)
        {
            case BodyStyle.Partnership:
                Resolve(minute, ResolutionKind.Agreed, random.Chance(0.5) ? "That the report be noted." : $"That the {subject.Title} be approved.");
                Act(minute, meeting, post, $"Circulate the further information requested by Board members on the {subject.Title}.");
                break;
            case BodyStyle.Scrutiny when random.Chance(0.3):
                Resolve(minute, ResolutionKind.Recommend, $"(to Cabinet)\n\nThat the comments of the Committee be referred to Cabinet for consideration when it considers the {subject.Title}.");
                Resolve(minute, ResolutionKind.Resolved, "That", "the report be noted", "an update be provided to a future meeting of the Committee");
                break;
            case BodyStyle.Advisory:
                Resolve(minute, ResolutionKind.Recommend, "(to the Portfolio Holder)\n\nThat the proposals set out in the report be approved for implementation.");
                break;
            case BodyStyle.Cabinet:
                minute.Body += "\n\nReason for Decision: To enable the Council to deliver its priorities within the budget and policy framework.\n\nAlternative Options Considered and Rejected: As set out in the report.\n\nConflict of Interest relating to the matter declared by Cabinet Member / Dispensation Granted: None.";
                Resolve(minute, ResolutionKind.Resolved, "That", $"the {subject.Title} be approved", $"authority be delegated to the {post}, following consultation with the relevant Portfolio Holder, to finalise and implement the proposals");
                break;
            case BodyStyle.FullCouncil:
                Resolve(minute, ResolutionKind.Resolved, "That", $"the recommendations of Cabinet in respect of the {subject.Title} be adopted", "the Chief Executive be authorised to take the necessary action");
                if (subject.Title.StartsWith("Revenue Budget", StringComparison.Ordinal))
                {
                    RecordedVote(minute, meeting, "That the recommendations of Cabinet on the revenue budget and Council Tax be adopted", members);
                }
                break;
            case BodyStyle.Planning:
                var vote = ShowOfHands(minute, meeting, "That planning permission be granted", members.Count);
                Resolve(minute, ResolutionKind.Resolved, vote.Carried
                    ? "That planning permission be granted, subject to the conditions and informatives set out in the officers' report and the completion of a section 106 agreement."
                    : "That planning permission be refused for the reasons set out in the addendum, the Committee considering that the proposal would harm the character of the area and the amenity of neighbouring occupiers.");
                break;
            case BodyStyle.LicensingHearing:
                Resolve(minute, ResolutionKind.Resolved, random.Chance(0.7)
                    ? "That the application be granted, subject to the conditions proposed by the applicant and the following additional conditions:"
                    : "That the application be refused, the Panel being satisfied that granting it would undermine the prevention of crime and disorder and the prevention of public nuisance objectives.",
                    "CCTV shall be installed covering the entrance and be retained for 31 days", "a Challenge 25 policy shall be operated at all times");
                break;
            default:
                if (random.Chance(0.6))
                {
                    Resolve(minute, ResolutionKind.Resolved, "That the report be noted.");
                }
                else
                {
                    Resolve(minute, ResolutionKind.Resolved, "That", "the report be noted", $"the {post} be asked to report back on progress at a future meeting");
                }
                if (spec.Style is BodyStyle.CorporateParenting or BodyStyle.Audit && random.Chance(0.4))
                {
                    Act(minute, meeting, post, $"Provide Members with a written briefing on the points raised about the {subject.Title}.");
                }
                break;
        }
    }

    private void Resolve(Minute minute, ResolutionKind kind, string text, params string[] parts) =>
        Stamp(minute.Resolve(random.NextGuid(), kind, text, parts), minute.Meeting!.Date.PlusDays(3));

    private void Act(Minute minute, Meeting meeting, string owner, string description)
    {
        var action = new ActionPoint { Id = random.NextGuid(), MinuteId = minute.Id, Description = description, Owner = owner, DueOn = meeting.Date.PlusDays(42) };
        if (action.DueOn <= Reference && random.Chance(0.8))
        {
            action.Complete(action.DueOn.Value.PlusDays(-random.Next(0, 14)));
        }
        council.ActionPoints.Add(Stamp(action, meeting.Date.PlusDays(3)));
    }

    private Vote ShowOfHands(Minute minute, Meeting meeting, string motion, int voters)
    {
        var vote = new Vote { Id = random.NextGuid(), MinuteId = minute.Id, Motion = motion };
        var against = random.Chance(0.2) ? random.Next(voters / 2, voters) : random.Next(0, voters / 3 + 1);
        var abstentions = random.Next(0, Math.Max(1, voters - against) / 3 + 1);
        vote.SetTotals(Math.Max(0, voters - against - abstentions), against, abstentions);
        if (vote.For == vote.Against)
        {
            vote.CastingVote(random.Chance(0.5) ? VoteChoice.For : VoteChoice.Against);
        }
        council.Votes.Add(Stamp(vote, meeting.Date.PlusDays(3)));
        return vote;
    }

    private void RecordedVote(Minute minute, Meeting meeting, string motion, List<Person> members)
    {
        var vote = new Vote { Id = random.NextGuid(), MinuteId = minute.Id, Motion = motion };
        foreach (var member in members)
        {
            var choice = builder.GroupOf(member).Name switch { "Labour" => VoteChoice.For, "Conservative" => VoteChoice.Against, _ => VoteChoice.Abstain };
            Stamp(vote.Record(member.Id, choice, random.NextGuid()), meeting.Date.PlusDays(3));
        }
        council.Votes.Add(Stamp(vote, meeting.Date.PlusDays(3)));
    }

    private List<Attendance> RecordAttendance(Meeting meeting, DemoBody spec, BodyYear bodyYear)
    {
        var list = new List<Attendance>();
        var attending = new HashSet<Guid>();
        var usedReserves = new HashSet<Guid>();
        Attendance Add(Attendance attendance)
        {
            attending.Add(attendance.PersonId);
            list.Add(attendance);
            return attendance;
        }
        foreach (var seat in bodyYear.Seats)
        {
            var roll = random.Next(0, 100);
            var mark = seat.Role is MembershipRole.Chair || roll < 85 ? AttendanceMark.Present : roll < 94 ? AttendanceMark.Apologies : AttendanceMark.Absent;
            if (!seat.Person!.IsCouncillor && mark == AttendanceMark.Absent)
            {
                mark = AttendanceMark.Apologies;
            }
            Add(Attendance.Record(meeting.Id, seat.PersonId, mark, random.NextGuid()));
            if (mark != AttendanceMark.Apologies || !random.Chance(0.6))
            {
                continue;
            }
            if (seat.Person.IsCouncillor && bodyYear.Reserves.TryGetValue(builder.GroupOf(seat.Person).Id, out var reserves))
            {
                var entry = reserves.InOrder().FirstOrDefault(e => !usedReserves.Contains(e.PersonId) && !attending.Contains(e.PersonId));
                if (entry is not null)
                {
                    usedReserves.Add(entry.PersonId);
                    Add(Attendance.StandingIn(meeting.Id, entry.PersonId, seat.PersonId, AttendanceMark.Reserve, entry.Position, random.NextGuid()));
                }
            }
            else if (bodyYear.Substitutes.FirstOrDefault(s => s.ForPersonId == seat.PersonId) is { } substitute && !attending.Contains(substitute.PersonId))
            {
                Add(Attendance.StandingIn(meeting.Id, substitute.PersonId, seat.PersonId, AttendanceMark.Substitute, id: random.NextGuid()));
            }
        }
        foreach (var (officer, post) in random.Take(builder.Officers, random.Next(1, 4)).Where(o => !attending.Contains(o.Person.Id)))
        {
            Add(Attendance.Record(meeting.Id, officer.Id, AttendanceMark.InAttendance, random.NextGuid())).Capacity = post;
        }
        foreach (var attendance in list)
        {
            Stamp(attendance, meeting.Date.PlusDays(1));
        }
        council.Attendances.AddRange(list);
        return list;
    }

    private List<Declaration> Declare(Meeting meeting, DemoBody spec, List<Person> members, List<AgendaItem> items)
    {
        // Declarations on exempt business are minuted with it, in private (MinutesService); the demo declares on public business.
        var business = items.Where(i => plans[i.Id].Kind == ItemKind.Business && i.Part == AgendaPart.PartI).ToList();
        var declarations = new List<Declaration>();
        if (business.Count == 0 || members.Count == 0 || spec.Style == BodyStyle.FullCouncil || !random.Chance(0.15))
        {
            return declarations;
        }
        var interests = DemoText.Interests.Where(i => spec.Style == BodyStyle.Planning || i.Kind != "DisclosablePecuniary").ToList();
        var (kind, nature) = random.Pick(interests);
        var declaration = new Declaration
        {
            Id = random.NextGuid(),
            MeetingId = meeting.Id,
            PersonId = random.Pick(members).Id,
            AgendaItemId = random.Pick(business).Id,
            Kind = Enum.Parse<InterestKind>(kind),
            Nature = nature,
            Outcome = kind == "DisclosablePecuniary" ? DeclarationOutcome.Withdrew : DeclarationOutcome.Remained,
        };
        declarations.Add(Stamp(declaration, meeting.Date));
        council.Declarations.AddRange(declarations);
        return declarations;
    }

    private string Name(Guid personId) => council.People.Single(p => p.Id == personId).DisplayName;

    private static string Describe(InterestKind kind) => kind switch
    {
        InterestKind.DisclosablePecuniary => "disclosable pecuniary",
        InterestKind.OtherRegistrable => "registrable",
        _ => "non-pecuniary",
    };
}
