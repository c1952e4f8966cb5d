using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.Participation;

/// <summary>A deputation as the agenda prints it under its item: never the e-mail address.</summary>
public sealed record PrintedDeputation(Guid AgendaItemId, int Number, string Speaker, string? Organisation, string Subject, int Minutes);

/// <summary>An item a deputation may be about: Part I business on the published agenda.</summary>
public sealed record DeputationItem(int Number, string Title);

/// <summary>A request that was not taken: each problem names its field (null for the meeting), in plain words.</summary>
public sealed class DeputationRefusedException(IReadOnlyList<DeputationProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<DeputationProblem> Problems { get; } = problems;
}

/// <summary>
/// Deputations to a meeting (CPR-7): residents ask to address the committee on an item of its business before the
/// body's deadline, the clerk records the chair's decision with its reason and the time allowed, and accepted
/// deputations are printed under their item on the agenda and in the pack. An acceptance is announced.
/// </summary>
public sealed class Deputations(QuorumDbContext db, ProcedureRulebook rulebook, PublicationEvents publication)
{
    /// <summary>The body's deputation rule on the meeting's date.</summary>
    public DeputationRule Rule(Meeting meeting) => Settings(meeting).Deputations;

    public LocalDateTime Deadline(Meeting meeting) => DeputationRules.Deadline(meeting.Date, Rule(meeting), new Deadlines(Settings(meeting)));

    /// <summary>Why the meeting takes no request now, or null when it does.</summary>
    public string? Closed(Meeting meeting)
    {
        var committee = meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.");
        var settings = Settings(meeting);
        return DeputationRules.Closed(meeting, committee.BodyType, settings.Deputations, new Deadlines(settings), Now);
    }

    /// <summary>The items a deputation may be about: the published agenda's Part I business, in order.</summary>
    public Task<List<DeputationItem>> ItemsAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        db.AgendaItems.AsNoTracking().WherePublic()
            .Where(i => i.MeetingId == meetingId && i.Part == AgendaPart.PartI && i.Standing == null)
            .OrderBy(i => i.Number).Select(i => new DeputationItem(i.Number, i.Title)).ToListAsync(cancellationToken);

    /// <summary>Takes a request: refused with the field at fault, or after the deadline (naming it). Numbered in order of receipt.</summary>
    public async Task<Deputation> RequestAsync(Guid meetingId, DeputationForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var meeting = await db.Meetings.AsNoTracking().WherePublic().Include(m => m.Committee)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new DeputationRefusedException([new(null, "There is no such meeting.")]);
        if (Closed(meeting) is { } closed)
        {
            throw new DeputationRefusedException([new(null, closed)]);
        }
        var items = await ItemsAsync(meetingId, cancellationToken);
        if (DeputationRules.Check(form, [.. items.Select(i => i.Number)]) is { Count: > 0 } problems)
        {
            throw new DeputationRefusedException(problems);
        }
        var itemId = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Number == form.ItemNumber).Select(i => i.Id).SingleAsync(cancellationToken);
        return await ReceiptOrder.SaveAsync(db, async () =>
        {
            var numbers = await db.Deputations.Where(d => d.MeetingId == meetingId).Select(d => d.Number).ToListAsync(cancellationToken);
            var deputation = Deputation.Receive(meetingId, itemId, QuestionRules.NextNumber(numbers), form, db.Clock.GetCurrentInstant());
            db.Deputations.Add(deputation);
            return deputation;
        }, cancellationToken);
    }

    /// <summary>Every request to the meeting in order of receipt, for the clerk (staff only: it carries e-mail addresses).</summary>
    public Task<List<Deputation>> ForClerkAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        db.Deputations.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Number).ToListAsync(cancellationToken);

    /// <summary>The one query every public path reads deputations through: accepted only, never contact details.</summary>
    public static Task<List<PrintedDeputation>> Printed(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Deputations.AsNoTracking().WherePublic()
            .Where(d => d.MeetingId == meetingId)
            .OrderBy(d => d.Number)
            .Select(d => new PrintedDeputation(d.AgendaItemId, d.Number, d.Speaker, d.Organisation, d.Subject, d.MinutesAllowed ?? 0))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records the chair's agreement and the time allowed: printed under its item, and announced.</summary>
    public async Task<Deputation> AcceptAsync(Guid deputationId, int minutes, string? reason, string recordedBy, CancellationToken cancellationToken = default)
    {
        var (deputation, meeting) = await LoadAsync(deputationId, cancellationToken);
        Decide(() => deputation.Accept(minutes, Rule(meeting).Minutes, reason, recordedBy, db.Clock.GetCurrentInstant()));
        // Saved with the signed-in clerk as the context's actor, so the decision is in the audit log with its values.
        await db.SaveChangesAsync(cancellationToken);
        await publication.PublishedAsync(new PublishedChange(meeting.Committee!.CouncilId, meeting.Id, PublishedContent.Deputations), cancellationToken);
        return deputation;
    }

    /// <summary>Records the chair's refusal with its reason; nothing public changes.</summary>
    public async Task<Deputation> RefuseAsync(Guid deputationId, string reason, string recordedBy, CancellationToken cancellationToken = default)
    {
        var (deputation, _) = await LoadAsync(deputationId, cancellationToken);
        Decide(() => deputation.Refuse(reason, recordedBy, db.Clock.GetCurrentInstant()));
        await db.SaveChangesAsync(cancellationToken);
        return deputation;
    }

    private void Decide(Action decide)
    {
        try
        {
            decide();
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<(Deputation, Meeting)> LoadAsync(Guid deputationId, CancellationToken cancellationToken)
    {
        var deputation = await db.Deputations.SingleOrDefaultAsync(d => d.Id == deputationId, cancellationToken)
            ?? throw new ProcedureRuleException("CPR-7", "the deputation was not found; it may have been withdrawn");
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleAsync(m => m.Id == deputation.MeetingId, cancellationToken);
        return (deputation, meeting);
    }

    private ProcedureSettings Settings(Meeting meeting) =>
        rulebook.For(meeting.Date, (meeting.Committee ?? throw new InvalidOperationException("The meeting's committee is not loaded.")).Name);

    private LocalDateTime Now => db.Clock.GetCurrentInstant().InZone(CouncilTime.London).LocalDateTime;
}
