using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Mail;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Mail;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.Search.Indexing;

namespace Quorum.Application.Participation;

/// <summary>A question as the public agenda prints it: its number, who asked and what. Never the e-mail address.</summary>
public sealed record PrintedQuestion(int Number, string AskedBy, string Text, string? AnsweredBy = null, string? Answer = null);

/// <summary>A form that was not taken: each problem names its field (null for the meeting), in plain words.</summary>
public sealed class QuestionRefusedException(IReadOnlyList<QuestionProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<QuestionProblem> Problems { get; } = problems;
}

/// <summary>
/// Public questions to a meeting (CPR-4): a resident asks one while the body's deadline has not passed, the clerk
/// accepts or rejects it with a reason from the rules, and accepted questions are printed under the Public Questions
/// item in order of receipt. An acceptance changes the public agenda, so it is announced (cache and search follow).
/// </summary>
public sealed class PublicQuestions(QuorumDbContext db, ProcedureRulebook rulebook, PublicationEvents publication, MailSettings mail)
{
    /// <summary>When questions to the meeting close under its body's settings on its date.</summary>
    public LocalDateTime Deadline(Meeting meeting)
    {
        var committee = meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
        return DeadlinesFor(meeting, committee.Name).PublicQuestionDeadline(meeting.Date);
    }

    /// <summary>Why the meeting takes no question now, or null when it does.</summary>
    public string? Closed(Meeting meeting)
    {
        var committee = meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
        return QuestionRules.Closed(meeting, DeadlinesFor(meeting, committee.Name), Now);
    }

    /// <summary>
    /// Takes a resident's question: refused with the field at fault, or after the deadline (naming it). Numbered next
    /// in order of receipt, and the number is mailed to the address given. A second question from an address that has
    /// already asked for this meeting (one per person) is answered alike on the page and null here: only the address
    /// is told, by mail, since the page's answer would tell anyone who typed an address whether its owner had asked.
    /// </summary>
    public async Task<PublicQuestion?> AskAsync(Guid meetingId, QuestionForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.Meetings.AsNoTracking().WherePublic().Include(m => m.Committee)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new QuestionRefusedException([new(null, "There is no such meeting.")]);
        if (Closed(meeting) is { } closed)
        {
            throw new QuestionRefusedException([new(null, closed)]);
        }
        if (QuestionRules.Check(form) is { Count: > 0 } problems)
        {
            throw new QuestionRefusedException(problems);
        }
        var meetingName = $"{meeting.Committee!.Name} on {meeting.Date.ToString("dddd d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture)}";
        var meetingLink = mail.Link(PublicLinks.Meeting(meeting.Date, meeting.Committee.Slug));
        // The loser of two forms sent at once is checked again (one question per person) as well as numbered again.
        return await ReceiptOrder.SaveAsync(db, async () =>
        {
            var asked = await db.PublicQuestions.Where(q => q.MeetingId == meetingId)
                .Select(q => new { q.Number, q.EmailKey }).ToListAsync(cancellationToken);
            if (QuestionRules.AlreadyAsked(asked.Select(a => a.EmailKey), form.Email!))
            {
                db.OutgoingMail.Add(new OutgoingMail
                {
                    To = form.Email!.Trim(),
                    Subject = OutgoingMail.Fitted($"You have already sent a question: {meetingName}"),
                    Text = $"Someone, we hope you, tried to send another question to the {meetingName} with this email address. "
                        + "Each person may send one question to a meeting, so the new one has not been taken and your first question stands.\n\n"
                        + $"The meeting:\n{meetingLink}",
                    DueAt = db.Clock.GetCurrentInstant(),
                });
                return (PublicQuestion?)null;
            }
            var question = PublicQuestion.Receive(meetingId, QuestionRules.NextNumber(asked.Select(a => a.Number)), form.Name!, form.Email!, form.Question!, db.Clock.GetCurrentInstant());
            db.PublicQuestions.Add(question);
            db.OutgoingMail.Add(new OutgoingMail
            {
                To = question.Email,
                Subject = OutgoingMail.Fitted($"Question received: {meetingName}"),
                Text = $"Thank you for your question to the {meetingName}. It is number {question.Number} in the order questions were received.\n\n"
                    + $"Democratic Services will check it against the council's rules after questions close at {QuestionRules.Spoken(Deadline(meeting))}. "
                    + "If it is accepted, your name and your question will be printed on the agenda under Public Questions.\n\n"
                    + $"The meeting:\n{meetingLink}",
                DueAt = db.Clock.GetCurrentInstant(),
            });
            return question;
        }, cancellationToken);
    }

    /// <summary>Every question to the meeting in order of receipt, for the clerk (staff only: it carries e-mail addresses).</summary>
    public Task<List<PublicQuestion>> ForClerkAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        db.PublicQuestions.AsNoTracking().Where(q => q.MeetingId == meetingId).OrderBy(q => q.Number).ToListAsync(cancellationToken);

    /// <summary>The accepted questions in order of receipt, as the agenda prints them.</summary>
    public Task<List<PrintedQuestion>> PrintedAsync(Guid meetingId, CancellationToken cancellationToken = default) => Printed(db, meetingId, cancellationToken);

    /// <summary>The one query every public path reads questions through: accepted only, name and text only.</summary>
    public static Task<List<PrintedQuestion>> Printed(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PublicQuestions.AsNoTracking().WherePublic()
            .Where(q => q.MeetingId == meetingId)
            .OrderBy(q => q.Number)
            .Select(q => new PrintedQuestion(q.Number, q.AskedBy, q.Text, q.AnsweredBy, q.Answer))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Accepts the question: it is printed under Public Questions, and the change is announced.</summary>
    public Task<PublicQuestion> AcceptAsync(Guid questionId, string decidedBy, CancellationToken cancellationToken = default) =>
        DecideAsync(questionId, q => q.Accept(decidedBy, db.Clock.GetCurrentInstant()), announce: true, cancellationToken);

    /// <summary>Rejects the question for a reason the rules give; nothing public changes.</summary>
    public Task<PublicQuestion> RejectAsync(Guid questionId, QuestionRejection reason, string decidedBy, CancellationToken cancellationToken = default) =>
        DecideAsync(questionId, q => q.Reject(reason, decidedBy, db.Clock.GetCurrentInstant()), announce: false, cancellationToken);

    /// <summary>
    /// Records the answer given at the meeting to an accepted question, on or after the meeting's day; it is shown
    /// under the question on the meeting page (not in the minutes, CPR-4), so the change is announced.
    /// </summary>
    public async Task<PublicQuestion> RecordAnswerAsync(Guid questionId, string answeredBy, string answer, CancellationToken cancellationToken = default)
    {
        var question = await db.PublicQuestions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken)
            ?? throw new ProcedureRuleException("CPR-4", "the question was not found; it may have been withdrawn");
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleAsync(m => m.Id == question.MeetingId, cancellationToken);
        if (meeting.Date > Now.Date)
        {
            throw new ProcedureRuleException("CPR-4", $"the meeting of {meeting.Date:d MMMM uuuu} has not yet taken place, so no answer has been given");
        }
        if (answeredBy.Trim().Length > QuestionRules.MaxAnsweredByLength || answer.Trim().Length > QuestionRules.MaxAnswerLength)
        {
            throw new ProcedureRuleException("CPR-4", $"the name is limited to {QuestionRules.MaxAnsweredByLength} characters and the answer to {QuestionRules.MaxAnswerLength:N0}");
        }
        question.RecordAnswer(answeredBy, answer);
        await db.SaveChangesAsync(cancellationToken);
        await publication.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meeting.Id, PublishedContent.PublicQuestions), cancellationToken);
        return question;
    }

    private async Task<PublicQuestion> DecideAsync(Guid questionId, Action<PublicQuestion> decide, bool announce, CancellationToken cancellationToken)
    {
        var question = await db.PublicQuestions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken)
            ?? throw new ProcedureRuleException("CPR-4", "the question was not found; it may have been withdrawn");
        decide(question);
        // Saved with the signed-in clerk as the context's actor, so the decision is in the audit log with its values.
        await db.SaveChangesAsync(cancellationToken);
        if (announce)
        {
            var councilId = await db.Meetings.Where(m => m.Id == question.MeetingId).Select(m => m.Committee!.CouncilId).SingleAsync(cancellationToken);
            await publication.PublishedAsync(new PublishedChange(councilId, question.MeetingId, PublishedContent.PublicQuestions), cancellationToken);
        }
        return question;
    }

    private Deadlines DeadlinesFor(Meeting meeting, string committee) => new(rulebook.For(meeting.Date, committee));

    private LocalDateTime Now => db.Clock.GetCurrentInstant().InZone(CouncilTime.London).LocalDateTime;
}
