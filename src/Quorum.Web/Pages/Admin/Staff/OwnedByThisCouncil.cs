using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>
/// The other half of <see cref="ServesThisCouncil"/>: a staff page for one record (<c>/admin/meetings/{id}</c>,
/// <c>/admin/reports/{id}</c>, a body, a person...) answers 404 when the record is another council's than the
/// host's. So a council's staff cannot reach another council's records by their ids on their own host, and a
/// shared-service account works on each council's records at that council's host, under its rules.
/// </summary>
public sealed class OwnedByThisCouncil(QuorumDbContext db, CurrentCouncil current) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var ct = context.HttpContext.RequestAborted;
        // Every record page's route is /admin/{kind}/{id}/…; nested records (a question, a deputation) are the meeting's.
        var segments = context.HttpContext.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (segments.Length >= 3 && Guid.TryParse(segments[2], out var id)
            && await OwnerAsync(segments[1].ToLowerInvariant(), id, ct) is { } owner
            && owner != (await current.GetAsync(ct))?.Id)
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }

    // Query filters ignored: a retired body or a withdrawn entry still belongs to its council.
    private Task<Guid?> OwnerAsync(string kind, Guid id, CancellationToken ct) => kind switch
    {
        "meetings" or "papers" => db.Meetings.IgnoreQueryFilters().Where(m => m.Id == id)
            .Join(db.Committees.IgnoreQueryFilters(), m => m.CommitteeId, c => c.Id, (m, c) => (Guid?)c.CouncilId).FirstOrDefaultAsync(ct),
        "bodies" or "actions" => db.Committees.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => (Guid?)c.CouncilId).FirstOrDefaultAsync(ct),
        "decisions" => db.ExecutiveDecisions.IgnoreQueryFilters().Where(d => d.Id == id)
            .Join(db.Committees.IgnoreQueryFilters(), d => d.CommitteeId, c => c.Id, (d, c) => (Guid?)c.CouncilId).FirstOrDefaultAsync(ct),
        "forward-plan" => db.ForwardPlanEntries.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => (Guid?)e.CouncilId).FirstOrDefaultAsync(ct),
        "people" or "interests" => db.People.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => (Guid?)p.CouncilId).FirstOrDefaultAsync(ct),
        "petitions" => db.Petitions.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => (Guid?)p.CouncilId).FirstOrDefaultAsync(ct),
        "reports" => db.Reports.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => (Guid?)r.CouncilId).FirstOrDefaultAsync(ct),
        "years" => db.MunicipalYears.IgnoreQueryFilters().Where(y => y.Id == id).Select(y => (Guid?)y.CouncilId).FirstOrDefaultAsync(ct),
        _ => Task.FromResult<Guid?>(null),
    };
}
