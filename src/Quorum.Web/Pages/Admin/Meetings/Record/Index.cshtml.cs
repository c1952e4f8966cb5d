using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes.Recording;
using Quorum.Domain.People;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings.Record;

/// <summary>
/// Recording a meeting, first page: who attended (members present, with late arrival or early departure by item;
/// apologies; absent), reserves and substitutes standing in for named members, others in attendance, and the quorum
/// of every item as the rules count it. Before the day only apologies can be noted, as members send them. Every
/// change goes through <see cref="MeetingRecorder"/>, whose refusals name the rule.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(QuorumDbContext db, MeetingRecorder recorder, MeetingLifecycle lifecycle, SiteClock clock) : StaffPageModel
{
    /// <summary>The meeting's day has not yet come: members' apologies may be noted, nothing else.</summary>
    public bool Ahead => Meeting.Date > clock.Today;

    public Meeting Meeting { get; private set; } = null!;

    public MeetingRecord Record { get; private set; } = null!;

    public IReadOnlyList<ItemQuorum> Quorum { get; private set; } = [];

    /// <summary>Why the quorum cannot be counted (the body has no quorum stored), shown instead of the quorum table.</summary>
    public string? QuorumProblem { get; private set; }

    /// <summary>People who may be noted as in attendance: anyone not holding a seat on the body.</summary>
    public List<Person> Others { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public Dictionary<Guid, AttendanceMark> Mark { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, int?> Arrived { get; set; } = [];

    [BindProperty]
    public Dictionary<Guid, int?> Left { get; set; } = [];

    [BindProperty]
    public Guid? ReserveId { get; set; }

    [BindProperty]
    public Guid? ReserveFor { get; set; }

    [BindProperty]
    public int? ReserveArrived { get; set; }

    [BindProperty]
    public Guid? SubstituteId { get; set; }

    [BindProperty]
    public Guid? SubstituteFor { get; set; }

    [BindProperty]
    public Guid? InAttendanceId { get; set; }

    [BindProperty]
    public string? Capacity { get; set; }

    /// <summary>The closing time as typed ("21:15"), kept to show it again when it is refused.</summary>
    [BindProperty]
    public string? ClosedAt { get; set; }

    public Attendance? AttendanceOf(Guid personId) => Meeting.Attendances.FirstOrDefault(a => a.PersonId == personId);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Saves the whole attendance list at once: either every mark is accepted or none is.</summary>
    public async Task<IActionResult> OnPostAttendanceAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var marks = Record.Seats.Where(seat => Mark.ContainsKey(seat.PersonId)).Select(seat => Mark[seat.PersonId] == AttendanceMark.Present
            ? new AttendanceMarkInput(seat.PersonId, AttendanceMark.Present, Arrived.GetValueOrDefault(seat.PersonId), Left.GetValueOrDefault(seat.PersonId))
            : new AttendanceMarkInput(seat.PersonId, Mark[seat.PersonId]));
        try
        {
            await recorder.RecordAttendanceListAsync(id, [.. marks], HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is ProcedureRuleException or ArgumentException)
        {
            // A reserve or substitute posted as a plain mark is refused too: they are recorded with whom they stand in for.
            Errors["attendance"] = ex is ProcedureRuleException refusal ? Explain(refusal) : ex.Message.Split(" (Parameter", 2)[0];
        }
        return await AfterAsync(id, "Attendance saved; the quorum below is counted from it.");
    }

    /// <summary>Records that the meeting took place and when it closed.</summary>
    public async Task<IActionResult> OnPostHeldAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(ClosedAt?.Trim() ?? "") is not { Success: true } closed)
        {
            Errors["held"] = "Enter the time the meeting closed, for example 21:15";
            return Page();
        }
        try
        {
            await lifecycle.MarkHeldAsync(id, closed.Value, HttpContext.RequestAborted);
        }
        catch (ProcedureRuleException ex)
        {
            // Not a procedure rule but a fact about the meeting: the words, without a code.
            Errors["held"] = char.ToUpperInvariant(ex.Detail[0]) + ex.Detail[1..];
        }
        return await AfterAsync(id, "The meeting is recorded as held.");
    }

    public async Task<IActionResult> OnPostReserveAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (ReserveId is null)
        {
            Errors["reserve-id"] = "Choose the reserve member who attended";
        }
        if (ReserveFor is null)
        {
            Errors["reserve-for"] = "Choose the member the reserve attended for";
        }
        if (Errors.Count == 0)
        {
            try
            {
                await recorder.RecordReserveAsync(id, ReserveId!.Value, ReserveFor!.Value, arrivedDuringItem: ReserveArrived, cancellationToken: HttpContext.RequestAborted);
            }
            catch (ProcedureRuleException ex)
            {
                Errors["reserve-for"] = Explain(ex);
            }
        }
        return await AfterAsync(id, $"Reserve recorded{(ReserveArrived is { } item ? $", arriving during item {item}" : "")}.");
    }

    public async Task<IActionResult> OnPostSubstituteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (SubstituteId is null || SubstituteFor is null)
        {
            Errors["substitute-id"] = "Choose the substitute and the representative they attended for";
        }
        else
        {
            try
            {
                await recorder.RecordSubstituteAsync(id, SubstituteId.Value, SubstituteFor.Value, HttpContext.RequestAborted);
            }
            catch (ProcedureRuleException ex)
            {
                Errors["substitute-id"] = Explain(ex);
            }
        }
        return await AfterAsync(id, "Substitute recorded.");
    }

    public async Task<IActionResult> OnPostInAttendanceAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (InAttendanceId is null)
        {
            Errors["in-attendance"] = "Choose who was in attendance";
        }
        else
        {
            try
            {
                await recorder.RecordAttendanceAsync(id, InAttendanceId.Value, AttendanceMark.InAttendance, capacity: Capacity, cancellationToken: HttpContext.RequestAborted);
            }
            catch (ProcedureRuleException ex)
            {
                Errors["in-attendance"] = Explain(ex);
            }
        }
        return await AfterAsync(id, "In attendance recorded.");
    }

    private async Task<IActionResult> AfterAsync(Guid id, string notice)
    {
        if (Errors.Count > 0)
        {
            // The recorder has rolled back; show the page as stored, with the refusal.
            await LoadAsync(id);
            return Page();
        }
        Notice = notice;
        return Redirect($"/admin/meetings/{id}/record");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        db.ChangeTracker.Clear();
        if (!await db.Meetings.AnyAsync(m => m.Id == id, ct))
        {
            return false;
        }
        Record = await recorder.RecordOfAsync(id, ct);
        Meeting = Record.Meeting;
        Title = $"Record: {Meeting.Committee!.Name}, {Display.Date(Meeting.Date)}";
        try
        {
            Quorum = await recorder.QuorumAsync(id, ct);
        }
        catch (ProcedureRuleException ex)
        {
            // Attendance can still be taken; the clerk is told what the rules are missing.
            (Quorum, QuorumProblem) = ([], Explain(ex));
        }
        var seatIds = Record.Seats.Select(s => s.PersonId).ToHashSet();
        Others = [.. (await db.People.AsNoTracking().Where(p => p.CouncilId == Meeting.Committee.CouncilId).ToListAsync(ct))
            .Where(p => !seatIds.Contains(p.Id))
            .OrderBy(p => p.FamilyName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.GivenName, StringComparer.OrdinalIgnoreCase)];
        return true;
    }
}
