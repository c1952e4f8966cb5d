using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Outcomes;

namespace Quorum.Web.Pages.Admin.Decisions;

/// <summary>Democratic Services' register of executive decision notices, newest first, with where each stands in call-in.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db) : StaffPageModel
{
    public const int PageSize = 50;

    public sealed record Row(ExecutiveDecision Decision, string Body);

    public List<Row> Decisions { get; private set; } = [];

    /// <summary>Only decisions with this status; null for all.</summary>
    public ExecutiveDecisionStatus? Status { get; private set; }

    public int PageNumber { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? status, int? page)
    {
        Title = "Executive decisions";
        var ct = HttpContext.RequestAborted;
        Status = Enum.TryParse<ExecutiveDecisionStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        PageNumber = Math.Max(1, page ?? 1);
        var council = await CouncilIdAsync();
        var decisions = db.ExecutiveDecisions.AsNoTracking().Where(d => db.Committees.Any(c => c.Id == d.CommitteeId && c.CouncilId == council));
        if (Status is { } only)
        {
            decisions = decisions.Where(d => d.Status == only);
        }
        Total = await decisions.CountAsync(ct);
        var rows = await decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Created)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == council).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        Decisions = [.. rows.Select(d => new Row(d, bodies[d.CommitteeId]))];
    }

    public string Link(ExecutiveDecisionStatus? status, int page = 1)
    {
        var query = new List<string>();
        if (status is { } s)
        {
            query.Add($"status={s}");
        }
        if (page > 1)
        {
            query.Add($"page={page}");
        }
        return "/admin/decisions" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
