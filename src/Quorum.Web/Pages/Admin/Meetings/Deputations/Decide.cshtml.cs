using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Web.Pages.Admin.Meetings.Deputations;

/// <summary>
/// The clerk records the Chair's decision on one deputation request: accepted with the time allowed (up to the
/// council's limit) or refused, with the Chair's reason (required for a refusal); then confirms it, since the
/// requester is told and it cannot be changed.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class DecideModel(QuorumDbContext db, Application.Participation.Deputations deputations) : StaffPageModel
{
    public const string Accept = "accept";
    public const string Refuse = "refuse";

    public Meeting Meeting { get; private set; } = null!;

    public Deputation Deputation { get; private set; } = null!;

    public string ItemTitle { get; private set; } = "";

    public int MaxMinutes { get; private set; }

    public bool Confirming { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public int? Minutes { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string Back => $"/admin/meetings/{Meeting.Id}/deputations";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid deputationId)
    {
        if (!await LoadAsync(id, deputationId))
        {
            return NotFound();
        }
        Minutes = MaxMinutes;
        return Page();
    }

    public async Task<IActionResult> OnPostChooseAsync(Guid id, Guid deputationId)
    {
        if (!await LoadAsync(id, deputationId))
        {
            return NotFound();
        }
        Check();
        Confirming = Errors.Count == 0;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid id, Guid deputationId)
    {
        if (!await LoadAsync(id, deputationId))
        {
            return NotFound();
        }
        if (!Check())
        {
            return Page();
        }
        try
        {
            if (Decision == Accept)
            {
                await deputations.AcceptAsync(deputationId, Minutes!.Value, Reason, Actor, HttpContext.RequestAborted);
                Notice = $"Deputation {Deputation.Number} accepted for {Minutes} minutes. It is printed under its item on the meeting's public page, and will be in the agenda pack when the agenda is next published.";
            }
            else
            {
                await deputations.RefuseAsync(deputationId, Reason!, Actor, HttpContext.RequestAborted);
                Notice = $"Deputation {Deputation.Number} refused. Tell the requester the Chair's reason.";
            }
        }
        catch (ProcedureRuleException ex)
        {
            Notice = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..] + ".";
        }
        return Redirect(Back);
    }

    private bool Check()
    {
        if (Decision is not (Accept or Refuse))
        {
            Errors["decision"] = "Choose whether the Chair accepted or refused the deputation";
        }
        if (Decision == Accept && (Minutes is not { } minutes || minutes < 1 || minutes > MaxMinutes))
        {
            Errors["minutes"] = $"Enter the minutes allowed, from 1 to {MaxMinutes}";
        }
        if (Decision == Refuse && string.IsNullOrWhiteSpace(Reason))
        {
            Errors["reason"] = "Enter the Chair's reason for refusing the deputation";
        }
        if (Reason?.Trim().Length > DeputationRules.MaxReasonLength)
        {
            Errors["reason"] = $"The reason must be {DeputationRules.MaxReasonLength:N0} characters or fewer";
        }
        return Errors.Count == 0;
    }

    private async Task<bool> LoadAsync(Guid id, Guid deputationId)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, ct) is not { } meeting
            || await db.Deputations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deputationId && d.MeetingId == id, ct) is not { } request)
        {
            return false;
        }
        Meeting = meeting;
        Deputation = request;
        ItemTitle = await db.AgendaItems.Where(i => i.Id == request.AgendaItemId).Select(i => "Item " + i.Number + ": " + i.Title).SingleAsync(ct);
        MaxMinutes = deputations.Rule(meeting).Minutes;
        Title = $"Deputation {request.Number}: {meeting.Committee!.Name}, {Site.Display.Date(meeting.Date)}";
        return true;
    }
}
