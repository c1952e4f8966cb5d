using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Participation;

/// <summary>
/// Residents' questions to a meeting, stored: taken up to the body's deadline and refused after it, one per person,
/// numbered in order of receipt, accepted (announced) or rejected by the clerk, printed without e-mail addresses.
/// </summary>
public abstract class PublicQuestionsTests : IAsyncLifetime
{
    private const string Panel = "Housing Scrutiny Panel";

    // Tuesday 10 December 2024: questions close at 3pm on Thursday 5 December (3rd working day before, CPR-4).
    private static readonly LocalDate MeetingDay = new(2024, 12, 10);
    private static readonly Instant Deadline = new LocalDateTime(2024, 12, 5, 15, 0).InZoneStrictly(CouncilTime.London).ToInstant();

    private readonly List<PublishedChange> heard = [];
    private DatabaseSettings? settings;

    private TestClock Clock { get; } = new(Instant.FromUtc(2024, 12, 2, 10, 0));

    private BuiltCouncil Council { get; } = TestCouncil.Named("Fernbridge District Council")
        .WithCouncillor("Ann Chair", "Independent")
        .WithCommittee(Panel, c => c.Chair("Ann Chair"))
        .WithMeeting(Panel, MeetingDay, m => m
            .AgendaPublished(new LocalDate(2024, 12, 2))
            .Item(1, "Declarations of Interest")
            .Item(2, "Public Questions", i => i.Edit(item => item.Standing = StandingItem.PublicQuestions))
            .Item(3, "Temporary Accommodation")
            .Question("Early Bird", "Already asked before this test", Instant.FromUtc(2024, 12, 1, 8, 0), QuestionStatus.Received))
        .Build();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Guid MeetingId => Council.Meeting(MeetingDay).Id;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);

    private PublicQuestions Questions(QuorumDbContext db) => new(db, ProcedureRulebook.Harrow, new PublicationEvents([new Listener(heard)]), new Application.Mail.MailSettings { SiteAddress = "https://democracy.example.gov.uk" });

    private async Task<PublicQuestion> AskAsync(string name, string email, string text) =>
        await AskAgainAsync(name, email, text) ?? throw new InvalidOperationException($"{email} had already asked.");

    private async Task<PublicQuestion?> AskAgainAsync(string name, string email, string text)
    {
        await using var db = Open();
        return await Questions(db).AskAsync(MeetingId, new QuestionForm(name, email, text), Cancel);
    }

    [Fact]
    public async Task A_question_is_taken_up_to_3pm_on_the_deadline_day_and_refused_a_second_later_naming_the_deadline()
    {
        Clock.Advance(Deadline - Clock.Now);
        var onTime = await AskAsync("Ruth Resident", "ruth@example.org", "How many households are in temporary accommodation?");
        Assert.Equal((2, QuestionStatus.Received, Deadline), (onTime.Number, onTime.Status, onTime.ReceivedAt));

        Clock.Advance(Duration.FromSeconds(1));
        var late = await Assert.ThrowsAsync<QuestionRefusedException>(() => AskAsync("Late Larry", "larry@example.org", "Is it too late?"));
        var problem = Assert.Single(late.Problems);
        Assert.Null(problem.Field);
        Assert.Equal("The deadline for public questions to this meeting was 3pm on Thursday 5 December 2024. Questions can no longer be sent for it.", problem.Message);
        await using var db = Open();
        Assert.Equal(2, await db.PublicQuestions.CountAsync(q => q.MeetingId == MeetingId, Cancel));
    }

    [Fact]
    public async Task One_question_per_person_per_meeting_and_questions_are_numbered_in_order_of_receipt()
    {
        var first = await AskAsync("Ruth Resident", "Ruth@Example.org", "First question");
        Clock.Advance(Duration.FromMinutes(5));
        var second = await AskAsync("Sam Someone", "sam@example.org", "Second question");
        // The same address again (any case, spaces) is not taken; the caller is told nothing it could not tell before,
        // and the address alone learns by mail that its first question stands.
        Assert.Null(await AskAgainAsync("Ruth R", " ruth@example.ORG", "Another one"));

        await using var db = Open();
        var all = await Questions(db).ForClerkAsync(MeetingId, Cancel);
        Assert.Equal(["Early Bird", "Ruth Resident", "Sam Someone"], all.Select(q => q.AskedBy));
        Assert.Equal([1, 2, 3], all.Select(q => q.Number));
        Assert.Equal((2, 3), (first.Number, second.Number));
        var mailed = await db.OutgoingMail.Where(m => m.To != "").Select(m => new { m.To, m.Subject, m.Text }).ToListAsync(Cancel);
        Assert.Equal(
            ["Question received: Housing Scrutiny Panel on Tuesday 10 December 2024 | Ruth@Example.org",
             "Question received: Housing Scrutiny Panel on Tuesday 10 December 2024 | sam@example.org",
             "You have already sent a question: Housing Scrutiny Panel on Tuesday 10 December 2024 | ruth@example.ORG"],
            mailed.Select(m => $"{m.Subject} | {m.To}").Order(StringComparer.Ordinal));
        Assert.Contains("It is number 3 in the order questions were received", mailed.Single(m => m.To == "sam@example.org").Text, StringComparison.Ordinal);
        Assert.Contains("after questions close at 3pm on Thursday 5 December 2024", mailed[0].Text, StringComparison.Ordinal);
        Assert.Contains("https://democracy.example.gov.uk/meetings/2024-12-10/", mailed[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_a_problem_is_refused_field_by_field_and_nothing_is_stored()
    {
        var refused = await Assert.ThrowsAsync<QuestionRefusedException>(() => AskAsync("", "nobody", new string('?', QuestionRules.MaxQuestionLength + 1)));
        Assert.Equal(["name", "email", "question"], refused.Problems.Select(p => p.Field));
        await using var db = Open();
        Assert.Equal(1, await db.PublicQuestions.CountAsync(Cancel));
    }

    [Fact]
    public async Task Accepted_questions_print_in_order_of_receipt_without_addresses_and_the_acceptance_is_announced()
    {
        var hostile = await AskAsync("Mallory <b>Bold</b>", "mallory@example.org", "<script>alert('x')</script> Why?");
        var rejected = await AskAsync("Trent Troll", "trent@example.org", "Something rude");
        Guid early;
        await using (var db = Open())
        {
            early = (await db.PublicQuestions.SingleAsync(q => q.Number == 1, Cancel)).Id;
            db.Actor = "clerk";
            var service = Questions(db);
            await service.AcceptAsync(hostile.Id, "clerk", Cancel);
            await service.RejectAsync(rejected.Id, QuestionRejection.Defamatory, "clerk", Cancel);
            await service.AcceptAsync(early, "clerk", Cancel);
        }
        await using (var db = Open())
        {
            var printed = await Questions(db).PrintedAsync(MeetingId, Cancel);
            // Stored as typed; every page and the pack escape it where they print it.
            Assert.Equal([new PrintedQuestion(1, "Early Bird", "Already asked before this test"), new PrintedQuestion(2, "Mallory <b>Bold</b>", "<script>alert('x')</script> Why?")], printed);
            var stored = await db.PublicQuestions.SingleAsync(q => q.Id == rejected.Id, Cancel);
            Assert.Equal((QuestionStatus.Rejected, QuestionRejection.Defamatory, "clerk"), (stored.Status, stored.RejectedBecause, stored.DecidedBy));
            // The decisions are audited as every staff change is: who, which record, before and after.
            var audit = await db.AuditEntries.Where(a => a.EntityId == rejected.Id).ToListAsync(Cancel);
            Assert.Contains(audit, a => a.Actor == "clerk" && a.After!.Contains("Defamatory", StringComparison.Ordinal));
            // A decision is final.
            var again = await Assert.ThrowsAsync<ProcedureRuleException>(() => Questions(db).AcceptAsync(rejected.Id, "clerk", Cancel));
            Assert.Contains("already been rejected", again.Detail, StringComparison.Ordinal);
        }
        Assert.Equal(2, heard.Count);
        Assert.All(heard, c => Assert.Equal((MeetingId, PublishedContent.PublicQuestions, Council.Council.Id), (c.MeetingId!.Value, c.Content, c.CouncilId)));
    }

    [Fact]
    public async Task The_answer_given_at_the_meeting_is_recorded_for_an_accepted_question_from_the_meeting_day_and_announced()
    {
        var asked = await AskAsync("Ruth Resident", "ruth@example.org", "How many households are in temporary accommodation?");
        Guid rejected;
        await using (var db = Open())
        {
            rejected = (await db.PublicQuestions.SingleAsync(q => q.Number == 1, Cancel)).Id;
            await Questions(db).AcceptAsync(asked.Id, "clerk", Cancel);
            await Questions(db).RejectAsync(rejected, QuestionRejection.SameAsRecentQuestion, "clerk", Cancel);
            var early = await Assert.ThrowsAsync<ProcedureRuleException>(() => Questions(db).RecordAnswerAsync(asked.Id, "Councillor Ann Chair", "Four hundred.", Cancel));
            Assert.Contains("has not yet taken place", early.Detail, StringComparison.Ordinal);
        }
        Clock.Advance(MeetingDay.At(new LocalTime(21, 0)).InZoneStrictly(CouncilTime.London).ToInstant() - Clock.Now);
        await using (var db = Open())
        {
            await Questions(db).RecordAnswerAsync(asked.Id, "Councillor Ann Chair", "Four hundred and twelve.", Cancel);
            var notPut = await Assert.ThrowsAsync<ProcedureRuleException>(() => Questions(db).RecordAnswerAsync(rejected, "Councillor Ann Chair", "None.", Cancel));
            Assert.Contains("was not accepted", notPut.Detail, StringComparison.Ordinal);
        }
        await using (var db = Open())
        {
            var printed = Assert.Single(await Questions(db).PrintedAsync(MeetingId, Cancel));
            Assert.Equal(("Councillor Ann Chair", "Four hundred and twelve."), (printed.AnsweredBy, printed.Answer));
        }
        Assert.Equal(2, heard.Count(c => c.Content == PublishedContent.PublicQuestions));
    }

    [Fact]
    public async Task A_cancelled_meeting_takes_no_questions()
    {
        await using (var db = Open())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == MeetingId, Cancel);
            meeting.Cancel("No business");
            await db.SaveChangesAsync(Cancel);
        }
        var refused = await Assert.ThrowsAsync<QuestionRefusedException>(() => AskAsync("Ruth Resident", "ruth@example.org", "Why?"));
        Assert.Equal("This meeting has been cancelled, so it takes no public questions.", Assert.Single(refused.Problems).Message);
    }

    private sealed class Listener(List<PublishedChange> heard) : IPublicationListener
    {
        public Task OnPublishedAsync(PublishedChange change, CancellationToken cancellationToken)
        {
            heard.Add(change);
            return Task.CompletedTask;
        }
    }
}

public sealed class SqlitePublicQuestionsTests : PublicQuestionsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());
}

public sealed class PostgresPublicQuestionsTests : PublicQuestionsTests
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
