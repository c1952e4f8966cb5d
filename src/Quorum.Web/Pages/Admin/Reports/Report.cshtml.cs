using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// One report: the editor (cover sheet, Sections 1, 2 and 4; the enclosures have their own page) while it is a
/// draft, a preview as it will be printed, and the workflow: the author submits it for clearance, a clearing officer
/// records each statutory officer's clearance and marks it cleared or returns it to the author with a reason.
/// Democratic Services see where the report goes next and take it on to a later meeting's item
/// (<see cref="ReportJourney"/>).
/// </summary>
[Authorize(Roles = ReportAccess.Roles)]
public sealed class ReportModel(QuorumDbContext db, ReportDrafts drafts, SiteClock clock, ReportJourney journeys) : ReportPageModel
{
    public bool CanClear => ReportAccess.CanClear(User, Report);

    public bool CanTakeOn => ReportAccess.CanTakeOn(User);

    /// <summary>The meeting the report was written for, then each later one that considers it.</summary>
    public IReadOnlyList<JourneyStep> Journey { get; private set; } = [];

    /// <summary>Business items of meetings to come that the report could go to next.</summary>
    public IReadOnlyList<ItemChoice> NextItems { get; private set; } = [];

    [BindProperty]
    public Guid? NextItemId { get; set; }

    [BindProperty]
    public ConsultationPurpose? NextPurpose { get; set; }

    [BindProperty]
    public string? NextRecommendation { get; set; }

    [BindProperty]
    public Guid? StepId { get; set; }

    [BindProperty]
    public string? StepOutcome { get; set; }

    [BindProperty]
    public ReportForm Form { get; set; } = new();

    [BindProperty]
    public ClearanceRole? ClearanceRole { get; set; }

    [BindProperty]
    public string? ClearanceName { get; set; }

    [BindProperty]
    public string? OnBehalfOf { get; set; }

    [BindProperty]
    public DateInput Cleared { get; set; } = new();

    [BindProperty]
    public string? ReturnReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(db, id) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        Cleared = DateInput.Of(clock.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostTakeOnAsync(Guid id)
    {
        if (await LoadAsync(db, id, (user, _) => ReportAccess.CanTakeOn(user)) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        if (NextItemId is null)
        {
            Errors["next-item"] = "Choose the meeting and item the report goes to next";
        }
        if (NextPurpose is null)
        {
            Errors["next-purpose"] = "Choose why the report goes to that meeting";
        }
        if (string.IsNullOrWhiteSpace(NextRecommendation))
        {
            Errors["next-recommendation"] = "Enter the recommendation put to that meeting";
        }
        else if (NextRecommendation.Length > 4000)
        {
            Errors["next-recommendation"] = "The recommendation must be 4000 characters or fewer";
        }
        if (Errors.Count == 0)
        {
            try
            {
                await journeys.TakeToAsync(id, NextItemId!.Value, NextPurpose!.Value, NextRecommendation!, HttpContext.RequestAborted);
                Notice = "The report is on that meeting's item; its journey is below.";
                return Redirect($"/admin/reports/{id}#journey");
            }
            catch (ConsultationRefusedException ex)
            {
                Errors["next-item"] = ex.Message;
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRecordOutcomeAsync(Guid id)
    {
        if (await LoadAsync(db, id, (user, _) => ReportAccess.CanTakeOn(user)) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        if (StepId is not { } step || Report.Consultations.All(c => c.Id != step))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(StepOutcome) || StepOutcome.Length > 4000)
        {
            Errors[$"outcome-{step}"] = "Enter what the meeting decided, in 4000 characters or fewer";
        }
        else
        {
            try
            {
                await journeys.RecordOutcomeAsync(step, StepOutcome, cancellationToken: HttpContext.RequestAborted);
                Notice = "Outcome recorded.";
                return Redirect($"/admin/reports/{id}#journey");
            }
            catch (ConsultationRefusedException ex)
            {
                Errors[$"outcome-{step}"] = ex.Message;
            }
        }
        return Page();
    }

    /// <summary>Whichever handler shows the page (first view or a form with errors), the journey is shown with it.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Result is PageResult && Report is not null)
        {
            await LoadJourneyAsync();
        }
    }

    private async Task LoadJourneyAsync()
    {
        Journey = await journeys.StaffJourneyAsync(Report.Id, HttpContext.RequestAborted);
        if (CanTakeOn)
        {
            NextItems = await journeys.ItemsToTakeToAsync(Report.Id, clock.Today, HttpContext.RequestAborted);
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await LoadAsync(db, id, ReportAccess.CanEdit) is { } refused)
        {
            return refused;
        }
        if (!Checked())
        {
            return Page();
        }
        await drafts.SaveAsync(Report, Form.ApplyTo, HttpContext.RequestAborted);
        Notice = "Draft saved.";
        return Redirect($"/admin/reports/{id}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        if (await LoadAsync(db, id, ReportAccess.CanEdit) is { } refused)
        {
            return refused;
        }
        if (!Checked())
        {
            return Page();
        }
        foreach (var missing in await drafts.SubmitAsync(Report, Form.ApplyTo, HttpContext.RequestAborted))
        {
            Errors[FieldOf(missing)] = $"Enter the {missing.ToLowerInvariant()} before submitting the report for clearance";
        }
        if (Errors.Count > 0)
        {
            return Page();
        }
        Notice = "Report submitted for clearance. It cannot be changed unless a clearing officer returns it.";
        return Redirect($"/admin/reports/{id}");
    }

    public async Task<IActionResult> OnPostRecordClearanceAsync(Guid id)
    {
        if (await LoadAsync(db, id, ReportAccess.CanClear) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        if (ClearanceRole is null)
        {
            Errors["clearance-role"] = "Choose whose clearance this is";
        }
        if (string.IsNullOrWhiteSpace(ClearanceName))
        {
            Errors["clearance-name"] = "Enter the name of the officer who cleared the report";
        }
        else if (ClearanceName.Length > 200 || OnBehalfOf?.Length > 200)
        {
            Errors["clearance-name"] = "Names must be 200 characters or fewer";
        }
        var date = Cleared.Check(Errors, DateField.ErrorKeyOf("cleared"), "date of clearance");
        if (Errors.Count > 0)
        {
            return Page();
        }
        // Recording a role again replaces its earlier row: Section 3 has one line per statutory officer.
        var clearance = await drafts.RecordClearanceAsync(Report, ClearanceRole!.Value, ClearanceName!.Trim(), date, string.IsNullOrWhiteSpace(OnBehalfOf) ? null : OnBehalfOf.Trim(), HttpContext.RequestAborted);
        Notice = $"Clearance by {clearance.Name} for the {clearance.Role.Title()} recorded.";
        return Redirect($"/admin/reports/{id}#clearance");
    }

    public async Task<IActionResult> OnPostClearAsync(Guid id)
    {
        if (await LoadAsync(db, id, ReportAccess.CanClear) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        // Section 3's statutory officers: the s.151 officer (finance) and the Monitoring Officer (legal).
        var missing = (await drafts.ClearAsync(Report, HttpContext.RequestAborted)).Select(r => r.Title()).ToList();
        if (missing.Count > 0)
        {
            Errors["clearance-role"] = $"Record the clearance of the {string.Join(" and the ", missing)} before marking the report as cleared";
            return Page();
        }
        Notice = "Report cleared. It will be published with the agenda.";
        return Redirect($"/admin/reports/{id}");
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        if (await LoadAsync(db, id, ReportAccess.CanClear) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        if (string.IsNullOrWhiteSpace(ReturnReason))
        {
            Errors["return-reason"] = "Say what the author needs to change";
            return Page();
        }
        if (ReturnReason.Length > 2000)
        {
            Errors["return-reason"] = "The reason must be 2000 characters or fewer";
            return Page();
        }
        await drafts.ReturnAsync(Report, ReturnReason, HttpContext.RequestAborted);
        Notice = "Report returned to its author with your reason.";
        return Redirect($"/admin/reports/{id}");
    }

    /// <summary>Checks the posted form; false (with errors) when it is not fit to save onto the report.</summary>
    private bool Checked()
    {
        foreach (var (field, message) in Form.Check())
        {
            Errors[field] = message;
        }
        return Errors.Count == 0;
    }

    private static string FieldOf(string missing) => missing switch
    {
        "Report for" => nameof(ReportForm.ReportFor),
        "Responsible Officer" => nameof(ReportForm.ResponsibleOfficer),
        "Wards affected" => nameof(ReportForm.WardsAffected),
        _ => missing,
    };
}
