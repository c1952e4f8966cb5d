using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;

namespace Quorum.TestSupport;

/// <summary>
/// A meeting of a <see cref="TestCouncil"/> committee: its status, agenda, attendance, declarations and minutes.
/// Attendance and declarations name people already in the council; officers in attendance are added if new.
/// </summary>
public sealed class MeetingBuilder
{
    private readonly TestCouncil council;
    private readonly Committee committee;

    internal MeetingBuilder(TestCouncil council, Committee committee, LocalDate date)
    {
        this.council = council;
        this.committee = committee;
        Meeting = new Meeting { CommitteeId = committee.Id, Date = date, StartTime = council.StartTime };
        Meeting.SetPlace(council.Venue, null);
    }

    public Meeting Meeting { get; }

    public MeetingBuilder At(LocalTime startTime)
    {
        Meeting.StartTime = startTime;
        return this;
    }

    /// <summary>Where the meeting is: a venue, a link to watch or join it, or both.</summary>
    public MeetingBuilder In(string? venue, string? link = null)
    {
        Meeting.SetPlace(venue, link);
        return this;
    }

    /// <summary>Streamed or joinable online as well as held at its venue.</summary>
    public MeetingBuilder Online(string link) => In(Meeting.Venue, link);

    public MeetingBuilder AgendaPublished(LocalDate on)
    {
        Meeting.AgendaPublishedOn = on;
        return this;
    }

    public MeetingBuilder MinutesPublished(LocalDate on)
    {
        Meeting.MinutesPublishedOn = on;
        return this;
    }

    public MeetingBuilder Held(LocalTime closedAt)
    {
        Meeting.MarkHeld(closedAt);
        return this;
    }

    public MeetingBuilder Cancelled(string reason)
    {
        Meeting.Cancel(reason);
        return this;
    }

    public MeetingBuilder Postponed(string reason)
    {
        Meeting.Postpone(reason);
        return this;
    }

    /// <summary>Part I items with these titles, numbered on from the last item.</summary>
    public MeetingBuilder Items(params string[] titles)
    {
        foreach (var title in titles)
        {
            Item(title);
        }
        return this;
    }

    /// <summary>A Part I item numbered on from the last item.</summary>
    public MeetingBuilder Item(string title, Action<ItemBuilder>? configure = null) =>
        Item(Meeting.AgendaItems.Select(i => i.Number).DefaultIfEmpty().Max() + 1, title, configure);

    public MeetingBuilder Item(int number, string title, Action<ItemBuilder>? configure = null)
    {
        var item = new AgendaItem { MeetingId = Meeting.Id, Number = number, Title = title };
        Meeting.AgendaItems.Add(item);
        configure?.Invoke(new ItemBuilder(council, committee, Meeting, item));
        return this;
    }

    /// <summary>An item taken in private under a Schedule 12A paragraph (its reports are exempt under the same one).</summary>
    public MeetingBuilder PartII(int number, string title, int paragraph = 3, Action<ItemBuilder>? configure = null) =>
        Item(number, title, i =>
        {
            i.InPrivate(paragraph);
            configure?.Invoke(i);
        });

    public MeetingBuilder Present(params string[] people) => Mark(AttendanceMark.Present, people);

    public MeetingBuilder Apologies(params string[] people) => Mark(AttendanceMark.Apologies, people);

    public MeetingBuilder Absent(params string[] people) => Mark(AttendanceMark.Absent, people);

    /// <summary>A reserve standing in for an absent member (category as printed in the minutes, 1 to 3).</summary>
    public MeetingBuilder Reserve(string person, string forMember, int category = 1)
    {
        Meeting.Attendances.Add(Attendance.StandingIn(Meeting.Id, council.Records.Person(person).Id, council.Records.Person(forMember).Id, AttendanceMark.Reserve, category));
        return this;
    }

    /// <summary>An officer or guest in attendance, added to the council if new.</summary>
    public MeetingBuilder InAttendance(string person, string? capacity = null)
    {
        var attendance = Attendance.Record(Meeting.Id, council.PersonNamed(person, councillor: false).Id, AttendanceMark.InAttendance);
        attendance.Capacity = capacity;
        Meeting.Attendances.Add(attendance);
        return this;
    }

    public MeetingBuilder Declaration(string person, int? item, InterestKind kind, string nature, Action<Declaration>? edit = null)
    {
        var declaration = new Declaration
        {
            MeetingId = Meeting.Id,
            PersonId = council.Records.Person(person).Id,
            AgendaItemId = item is null ? null : ItemNumbered(item.Value).Id,
            Kind = kind,
            Nature = nature,
        };
        edit?.Invoke(declaration);
        council.Records.DeclarationList.Add(declaration);
        return this;
    }

    /// <summary>
    /// A public question received at <paramref name="receivedAt"/> (numbered next in order of receipt), accepted
    /// unless <paramref name="status"/> says otherwise; the address defaults to one made from the name.
    /// </summary>
    public MeetingBuilder Question(string askedBy, string text, Instant receivedAt, QuestionStatus status = QuestionStatus.Accepted, string? email = null)
    {
        var asked = council.Records.QuestionList.Where(q => q.MeetingId == Meeting.Id).Select(q => q.Number);
        var question = PublicQuestion.Receive(Meeting.Id, QuestionRules.NextNumber(asked), askedBy, email ?? $"{askedBy.Replace(' ', '.').ToLowerInvariant()}@example.org", text, receivedAt);
        if (status is QuestionStatus.Accepted)
        {
            question.Accept("clerk", receivedAt);
        }
        else if (status is QuestionStatus.Rejected)
        {
            question.Reject(QuestionRejection.NotACouncilMatter, "clerk", receivedAt);
        }
        council.Records.QuestionList.Add(question);
        return this;
    }

    public MeetingBuilder Minute(int number, string title, Action<MinuteBuilder>? configure = null)
    {
        var minute = new Minute { MeetingId = Meeting.Id, CommitteeId = committee.Id, Number = new MinuteNumber(number), Title = title };
        council.Records.MinuteList.Add(minute);
        configure?.Invoke(new MinuteBuilder(council, this, minute));
        return this;
    }

    /// <summary>A bare minute for every item so far, titled as the item and numbered on from <paramref name="first"/>.</summary>
    public MeetingBuilder MinuteEachItem(int first)
    {
        foreach (var item in Meeting.AgendaItems.OrderBy(i => i.Number))
        {
            Minute(first++, item.Title, m => m.OnItem(item.Number));
        }
        return this;
    }

    public MeetingBuilder Edit(Action<Meeting> edit)
    {
        edit(Meeting);
        return this;
    }

    internal AgendaItem ItemNumbered(int number) =>
        Meeting.AgendaItems.SingleOrDefault(i => i.Number == number)
        ?? throw new InvalidOperationException($"The meeting of {Meeting.Date:uuuu-MM-dd} has no item {number} yet.");

    private MeetingBuilder Mark(AttendanceMark mark, string[] people)
    {
        foreach (var person in people)
        {
            Meeting.Attendances.Add(Attendance.Record(Meeting.Id, council.Records.Person(person).Id, mark));
        }
        return this;
    }
}

/// <summary>An agenda item: its pages, author, Part II status, and the reports that go with it.</summary>
public sealed class ItemBuilder
{
    private readonly TestCouncil council;
    private readonly Committee committee;
    private readonly Meeting meeting;

    internal ItemBuilder(TestCouncil council, Committee committee, Meeting meeting, AgendaItem item)
    {
        this.council = council;
        this.committee = committee;
        this.meeting = meeting;
        Item = item;
    }

    public AgendaItem Item { get; }

    public ItemBuilder Pages(int first, int last)
    {
        Item.Pages = new PageRange(first, last);
        return this;
    }

    public ItemBuilder ReportOf(string author)
    {
        Item.ReportOf = author;
        return this;
    }

    /// <summary>An education matter, on which education co-optees vote.</summary>
    public ItemBuilder Education()
    {
        Item.IsEducationMatter = true;
        return this;
    }

    public ItemBuilder ToFollow()
    {
        Item.ToFollow = true;
        return this;
    }

    public ItemBuilder InPrivate(int paragraph)
    {
        Item.TakeInPrivate(new Schedule12AParagraph(paragraph));
        return this;
    }

    /// <summary>A report on this item, for the committee and date of the meeting, published unless drafted.</summary>
    public ItemBuilder Report(string subject, Action<ReportBuilder>? configure = null)
    {
        council.Records.ReportList.Add(ReportBuilder.Make(council.Records.Council.Id, Item, subject, r =>
        {
            r.For(committee.Name, meeting.Date);
            configure?.Invoke(r);
        }));
        return this;
    }

    public ItemBuilder Edit(Action<AgendaItem> edit)
    {
        edit(Item);
        return this;
    }
}

/// <summary>A minute: the item it records, its text, resolutions, votes and actions.</summary>
public sealed class MinuteBuilder
{
    private readonly TestCouncil council;
    private readonly MeetingBuilder meeting;
    private Vote? lastVote;

    internal MinuteBuilder(TestCouncil council, MeetingBuilder meeting, Minute minute)
    {
        this.council = council;
        this.meeting = meeting;
        Minute = minute;
    }

    public Minute Minute { get; }

    public MinuteBuilder OnItem(int number)
    {
        Minute.AgendaItemId = meeting.ItemNumbered(number).Id;
        return this;
    }

    public MinuteBuilder Body(string body)
    {
        Minute.Body = body;
        return this;
    }

    public MinuteBuilder Resolved(ResolutionKind kind, string text, params string[] parts)
    {
        Minute.Resolve(kind, text, parts);
        return this;
    }

    /// <summary>A recorded vote: each named member's choice.</summary>
    public MinuteBuilder RecordedVote(string motion, params (string Person, VoteChoice Choice)[] votes)
    {
        var vote = NewVote(motion);
        foreach (var (person, choice) in votes)
        {
            vote.Record(council.Records.Person(person).Id, choice);
        }
        return this;
    }

    /// <summary>A vote by show of hands: totals only.</summary>
    public MinuteBuilder VoteTotals(string motion, int @for, int against, int abstentions = 0)
    {
        NewVote(motion).SetTotals(@for, against, abstentions);
        return this;
    }

    /// <summary>The chair's casting vote on the last (tied) vote.</summary>
    public MinuteBuilder CastingVote(VoteChoice choice)
    {
        (lastVote ?? throw new InvalidOperationException("Record a vote before the casting vote.")).CastingVote(choice);
        return this;
    }

    public MinuteBuilder Action(string description, string owner, LocalDate? due = null)
    {
        council.Records.ActionList.Add(new ActionPoint { MinuteId = Minute.Id, Description = description, Owner = owner, DueOn = due });
        return this;
    }

    private Vote NewVote(string motion)
    {
        lastVote = new Vote { MinuteId = Minute.Id, Motion = motion };
        council.Records.VoteList.Add(lastVote);
        return lastVote;
    }
}
