using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Quorum.Application.Reports;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// One report: the editor (cover sheet, Sections 1, 2 and 4; the enclosures have their own page) while it is a
/// draft, a preview as it will be printed, and the workflow: the author submits it for clearance, a clearing officer
/// records each statutory officer's clearance and marks it cleared or returns it to the author with a reason.
/// </summary>
[Authorize(Roles = ReportAccess.Roles)]
public sealed class ReportModel(QuorumDbContext db, ReportDrafts drafts, SiteClock clock) : ReportPageModel
{
    public bool CanClear => ReportAccess.CanClear(User, Report);

    [BindProperty]
    public ReportForm Form { get; set; } = new();

    [BindProperty]
    public ClearanceRole? ClearanceRole { get; set; }

    [BindProperty]
    public string? ClearanceName { get; set; }

    [BindProperty]
    public string? OnBehalfOf { get; set; }

    [BindProperty]
    public int? ClearedDay { get; set; }

    [BindProperty]
    public int? ClearedMonth { get; set; }

    [BindProperty]
    public int? ClearedYear { get; set; }

    [BindProperty]
    public string? ReturnReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(db, id) is { } refused)
        {
            return refused;
        }
        Form = ReportForm.From(Report);
        var today = clock.Today;
        (ClearedDay, ClearedMonth, ClearedYear) = (today.Day, today.Month, today.Year);
        return Page();
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
        LocalDate? date = null;
        try
        {
            date = new LocalDate(ClearedYear ?? 0, ClearedMonth ?? 0, ClearedDay ?? 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            Errors["cleared-day"] = "Enter the date of clearance as a real date, for example 27 3 2026";
        }
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
