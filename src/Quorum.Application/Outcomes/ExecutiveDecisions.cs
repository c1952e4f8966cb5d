using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.Outcomes;

/// <summary>Executive decision notices (EX-7) through publication, call-in and implementation (EX-8).</summary>
public sealed class ExecutiveDecisions(QuorumDbContext db, ProcedureRulebook rulebook, PublicationEvents publication)
{
    public async Task<ExecutiveDecision> RecordAsync(ExecutiveDecision decision, string reasons, string alternativesRejected, CancellationToken cancellationToken = default)
    {
        var committee = await db.Committees.SingleOrDefaultAsync(c => c.Id == decision.CommitteeId, cancellationToken)
            ?? throw new ProcedureRuleException("EX-7", $"no body with id {decision.CommitteeId}");
        if (!committee.IsExecutive)
        {
            throw new ProcedureRuleException("EX-7", $"{committee.Name} is not an executive body; its decisions are minuted, not published as executive decision notices");
        }
        decision.Explain(reasons, alternativesRejected);
        db.ExecutiveDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>
    /// Publishes the notice; the call-in window is the rules engine's for the body's settings on that date. A reason
    /// for urgency waives call-in (<see cref="ExecutiveDecision.Publish"/>).
    /// </summary>
    public Task<ExecutiveDecision> PublishAsync(Guid decisionId, LocalDate on, string? callInWaivedBecause = null, CancellationToken cancellationToken = default)
        => ChangeAsync(decisionId, (d, name) => d.Publish(on, new Deadlines(rulebook.For(on, name)), callInWaivedBecause), cancellationToken);

    public Task<ExecutiveDecision> CallInAsync(Guid decisionId, LocalDate on, CancellationToken cancellationToken = default)
        => ChangeAsync(decisionId, (d, _) => d.CallIn(on), cancellationToken);

    public Task<ExecutiveDecision> ImplementAsync(Guid decisionId, LocalDate on, bool callInConcluded = false, CancellationToken cancellationToken = default)
        => ChangeAsync(decisionId, (d, _) => d.Implement(on, callInConcluded), cancellationToken);

    private async Task<ExecutiveDecision> ChangeAsync(Guid decisionId, Action<ExecutiveDecision, string> change, CancellationToken cancellationToken)
    {
        var decision = await db.ExecutiveDecisions.SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken)
            ?? throw new ProcedureRuleException("EX-7", $"no executive decision with id {decisionId}");
        var body = await db.Committees.Where(c => c.Id == decision.CommitteeId).Select(c => new { c.Name, c.CouncilId }).SingleAsync(cancellationToken);
        try
        {
            change(decision, body.Name);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        // After the commit: the public register, the notice and search show the new status at once; a notice taken
        // from a meeting's minutes changes that meeting's documents too.
        var meetingId = decision.MinuteId is { } minuteId
            ? await db.Minutes.Where(m => m.Id == minuteId).Select(m => (Guid?)m.MeetingId).SingleOrDefaultAsync(cancellationToken)
            : null;
        await publication.PublishedAsync(new PublishedChange(body.CouncilId, meetingId, PublishedContent.Decision), cancellationToken);
        return decision;
    }
}
