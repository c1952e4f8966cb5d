using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.KeyDecisions;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain.Committees;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.ForwardPlan;

/// <summary>
/// Adds a key decision to the forward plan, or changes one: the matter, the decision maker (an executive body, by
/// its meeting when one is set, or an executive member), the date, wards, documents and any Schedule 12A paragraph.
/// Saving a new entry keeps it as a draft; it is published from its page.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class EditModel(QuorumDbContext db, CurrentCouncil current, Application.KeyDecisions.ForwardPlan plan) : StaffPageModel
{
    public Dictionary<string, string> Errors { get; } = [];

    public bool IsNew { get; private set; }

    /// <summary>The executive bodies a decision maker is chosen from.</summary>
    public List<(Guid Id, string Name)> Bodies { get; private set; } = [];

    /// <summary>Coming meetings of those bodies.</summary>
    public List<(Guid Id, string Text)> Meetings { get; private set; } = [];

    [BindProperty]
    public string? Matter { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public Guid? MeetingId { get; set; }

    [BindProperty]
    public Guid? BodyId { get; set; }

    [BindProperty]
    public string? MemberName { get; set; }

    [BindProperty]
    public DateInput DecisionDate { get; set; } = new();

    [BindProperty]
    public string? Wards { get; set; }

    [BindProperty]
    public string? Documents { get; set; }

    [BindProperty]
    public int? Paragraph { get; set; }

    [BindProperty]
    public string? ExemptionDetail { get; set; }

    /// <summary>The key-decision report the entry is made for, when staff come from a meeting's warning.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Report { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? meeting)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        if (id is { } existing)
        {
            if (await db.ForwardPlanEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == existing && e.CouncilId == council.Id, HttpContext.RequestAborted) is not { } entry)
            {
                return NotFound();
            }
            (Matter, Decision, MeetingId, BodyId, MemberName, DecisionDate, Wards, Documents, Paragraph, ExemptionDetail) = (
                entry.Matter, entry.Decision, entry.MeetingId, entry.MeetingId is null ? entry.DecisionMakerBodyId : null, entry.DecisionMakerName,
                DateInput.Of(entry.DecisionDate), entry.Wards, entry.Documents, entry.ExemptionParagraph?.Number, entry.ExemptionDetail);
        }
        else
        {
            MeetingId = meeting;
            if (Report is { } report)
            {
                Matter = await db.Reports.Where(r => r.Id == report).Select(r => r.Subject).SingleOrDefaultAsync(HttpContext.RequestAborted);
            }
        }
        await LoadAsync(council.Id, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council)
        {
            return NotFound();
        }
        var date = DecisionDate.IsEmpty || MeetingId is not null ? null : DecisionDate.Check(Errors, DateField.ErrorKeyOf("decision-date"), "date the decision is expected to be made");
        var form = new ForwardPlanForm(Matter, Decision, BodyId, MemberName, date, MeetingId, Wards, Documents, Paragraph, ExemptionDetail);
        if (Errors.Count == 0)
        {
            try
            {
                var saved = await plan.SaveAsync(council.Id, id, form, Report, HttpContext.RequestAborted);
                Notice = id is null ? $"Key decision {saved.Number} added. Publish it on the forward plan when it is ready." : $"Key decision {saved.Number} saved.";
                return Redirect($"/admin/forward-plan/{saved.Id}");
            }
            catch (ForwardPlanRefusedException refused)
            {
                AddErrors(refused.Problems);
            }
        }
        else
        {
            // The date could not be read: show the other fields' problems with it, all at once.
            AddErrors(KeyDecisionRules.Check(form).Where(p => p.Field != "decision-date"));
        }
        await LoadAsync(council.Id, id);
        return Page();
    }

    private void AddErrors(IEnumerable<ForwardPlanProblem> problems)
    {
        foreach (var problem in problems)
        {
            Errors.TryAdd(problem.Field == "decision-date" ? DateField.ErrorKeyOf("decision-date") : problem.Field, problem.Message);
        }
    }

    private async Task LoadAsync(Guid councilId, Guid? id)
    {
        IsNew = id is null;
        Title = IsNew ? "Add a key decision" : "Change a key decision";
        var bodies = await db.Committees.AsNoTracking().Include(c => c.Parent)
            .Where(c => c.CouncilId == councilId && c.RetiredOn == null && (c.BodyType == BodyType.Cabinet || c.Parent!.BodyType == BodyType.Cabinet))
            .OrderBy(c => c.Name).ToListAsync(HttpContext.RequestAborted);
        Bodies = [.. bodies.Select(b => (b.Id, b.Name))];
        var ids = bodies.Select(b => b.Id).ToList();
        var today = CouncilToday;
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .Where(m => ids.Contains(m.CommitteeId) && (m.Date >= today || m.Id == MeetingId) && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.Date).ToListAsync(HttpContext.RequestAborted);
        Meetings = [.. meetings.Select(m => (m.Id, $"{m.Committee!.Name}, {Display.Date(m.Date)}"))];
    }

    private NodaTime.LocalDate CouncilToday => plan.Today;
}
