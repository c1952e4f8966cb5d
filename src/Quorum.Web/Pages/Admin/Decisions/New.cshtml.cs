using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Decisions;

/// <summary>
/// Records an executive decision for its notice (EX-7): the body, the minute when a meeting took it, the decision
/// maker, the decision, its reasons and the alternatives rejected. The notice is published from the decision's page.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class NewModel(QuorumDbContext db, ExecutiveDecisions decisions, SiteClock clock) : StaffPageModel
{
    /// <summary>Minutes of meetings held within this many months are offered: decisions are recorded soon after the meeting.</summary>
    public const int MinutesFromMonths = 12;

    public sealed record MinuteChoice(Guid Id, Guid CommitteeId, LocalDate MeetingDate, string Text);

    public List<Committee> Bodies { get; private set; } = [];

    public List<MinuteChoice> Minutes { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public Guid? CommitteeId { get; set; }

    /// <summary>The minute of the meeting that took the decision; none for a portfolio holder's decision.</summary>
    [BindProperty]
    public Guid? MinuteId { get; set; }

    [BindProperty]
    public string? DecisionMaker { get; set; }

    [BindProperty]
    public string? DecisionTitle { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public DateInput DecidedOn { get; set; } = new();

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? AlternativesRejected { get; set; }

    [BindProperty]
    public string? ConflictsDeclared { get; set; }

    [BindProperty]
    public bool? KeyDecision { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        DecidedOn = DateInput.Of(clock.Today);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var body = Bodies.FirstOrDefault(c => c.Id == CommitteeId);
        var minute = Minutes.FirstOrDefault(m => m.Id == MinuteId);
        if (body is null)
        {
            Errors["committee"] = "Choose the executive body that took the decision, or whose member did";
        }
        else if (MinuteId is not null && minute?.CommitteeId != body.Id)
        {
            Errors["minute"] = $"Choose a minute of a {body.Name} meeting, or none for a portfolio holder's decision";
        }
        Required(DecisionMaker, "decision-maker", "Enter who took the decision, for example Cabinet or Portfolio Holder for Finance", 300);
        Required(DecisionTitle, "title", "Enter the title of the decision", 500);
        Required(Decision, "decision", "Enter the decision as it was made", int.MaxValue);
        var decidedOn = DecidedOn.Check(Errors, DateField.ErrorKeyOf("decided-on"), "date the decision was made");
        if (decidedOn > clock.Today)
        {
            Errors[DateField.ErrorKeyOf("decided-on")] = "The date the decision was made must be today or in the past";
        }
        else if (minute is not null && decidedOn is { } on && on != minute.MeetingDate)
        {
            // A meeting decides on the day it meets; a different date means the wrong minute or a typing slip.
            Errors[DateField.ErrorKeyOf("decided-on")] = $"A decision taken at a meeting is dated the day of the meeting, {Display.Date(minute.MeetingDate)}";
        }
        if (KeyDecision is null)
        {
            Errors["key-decision"] = "Choose whether this is a key decision";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        var decision = new ExecutiveDecision
        {
            CommitteeId = body!.Id,
            MinuteId = minute?.Id,
            DecisionMaker = DecisionMaker!.Trim(),
            Title = DecisionTitle!.Trim(),
            Decision = Decision!.Trim(),
            DecidedOn = decidedOn!.Value,
            ConflictsDeclared = string.IsNullOrWhiteSpace(ConflictsDeclared) ? null : ConflictsDeclared.Trim(),
            KeyDecision = KeyDecision!.Value,
        };
        try
        {
            await decisions.RecordAsync(decision, Reasons ?? "", AlternativesRejected ?? "", HttpContext.RequestAborted);
        }
        catch (ProcedureRuleException ex)
        {
            // The notice's statutory contents (reg 12): the regulation cited in the refusal says which box is short.
            Errors[ex.Detail.Contains("reg 12(c)", StringComparison.Ordinal) ? "alternatives" : ex.Detail.Contains("reg 12(b)", StringComparison.Ordinal) ? "reasons" : "committee"] = Explain(ex);
            return Page();
        }
        Notice = "Decision recorded. Publish the decision notice when it is ready: the call-in period runs from publication.";
        return Redirect($"/admin/decisions/{decision.Id}");
    }

    private void Required(string? value, string field, string message, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors[field] = message;
        }
        else if (value.Trim().Length > maxLength)
        {
            Errors[field] = $"{message} in {maxLength} characters or fewer";
        }
    }

    private async Task LoadAsync()
    {
        Title = "Record an executive decision";
        var ct = HttpContext.RequestAborted;
        // IsExecutive looks at a panel's parent, so it is decided here rather than in SQL.
        var council = await CouncilIdAsync();
        Bodies = [.. (await db.Committees.AsNoTracking().Include(c => c.Parent).Where(c => c.CouncilId == council).ToListAsync(ct)).Where(c => c.IsExecutive).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
        var ids = Bodies.Select(b => b.Id).ToList();
        var from = clock.Today.PlusMonths(-MinutesFromMonths);
        var minutes = await db.Minutes.AsNoTracking()
            .Where(m => ids.Contains(m.CommitteeId) && m.Meeting!.Status == MeetingStatus.Held && m.Meeting.Date >= from)
            .Select(m => new { m.Id, m.CommitteeId, m.Meeting!.Date, m.Number, m.Title })
            .ToListAsync(ct);
        Minutes = [.. minutes.OrderByDescending(m => m.Date).ThenBy(m => m.Number.Value)
            .Select(m => new MinuteChoice(m.Id, m.CommitteeId, m.Date, $"{Display.ShortDate(m.Date)}, minute {m.Number.Value}: {m.Title}"))];
    }
}
