using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Outcomes.Recording;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings.Record;

/// <summary>
/// Recording one agenda item: its quorum (who counts, who does not and why), declarations of interest against the
/// register and dispensations, and the decision: the motion, how it was decided (without a vote, a show of hands,
/// or a recorded vote with the chair's casting vote) and the resolution under the item's automatically numbered minute.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class ItemModel(QuorumDbContext db, MeetingRecorder recorder, ActionTracker actions) : StaffPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public AgendaItem Item { get; private set; } = null!;

    public MeetingRecord Record { get; private set; } = null!;

    public ItemQuorum Quorum { get; private set; } = null!;

    /// <summary>Members who may vote on this item: present for it, entitled, and not excluded by a declaration.</summary>
    public List<Guid> Voters { get; private set; } = [];

    public List<Guid> PresentMembers { get; private set; } = [];

    public List<RegisteredInterest> RegisterEntries { get; private set; } = [];

    public List<Dispensation> Dispensations { get; private set; } = [];

    public List<Declaration> Declarations { get; private set; } = [];

    public Minute? Minute { get; private set; }

    public List<Vote> Votes { get; private set; } = [];

    /// <summary>Actions arising from this item's decisions.</summary>
    public List<ActionPoint> Actions { get; private set; } = [];

    /// <summary>Later meetings of the same body, which an action's owner may be asked to report back to.</summary>
    public List<Meeting> LaterMeetings { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public Guid? DeclarantId { get; set; }

    [BindProperty]
    public Guid? RegisteredInterestId { get; set; }

    [BindProperty]
    public InterestKind? Kind { get; set; }

    [BindProperty]
    public string? Nature { get; set; }

    [BindProperty]
    public DeclarationOutcome? DeclarationOutcome { get; set; }

    [BindProperty]
    public Guid? DispensationId { get; set; }

    [BindProperty]
    public string? Motion { get; set; }

    /// <summary>How the motion was decided: WithoutVote, Hands or Recorded; empty when the clerk did not say.</summary>
    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public int? For { get; set; }

    [BindProperty]
    public int? Against { get; set; }

    [BindProperty]
    public int? Abstentions { get; set; }

    [BindProperty]
    public Dictionary<Guid, string> Recorded { get; set; } = [];

    [BindProperty]
    public VoteChoice? CastingVote { get; set; }

    [BindProperty]
    public ResolutionKind ResolutionKind { get; set; } = ResolutionKind.Resolved;

    [BindProperty]
    public string? ResolutionText { get; set; }

    /// <summary>Parts of a multi-part resolution, one a line.</summary>
    [BindProperty]
    public string? Parts { get; set; }

    [BindProperty]
    public Guid? ActionResolutionId { get; set; }

    [BindProperty]
    public string? ActionDescription { get; set; }

    [BindProperty]
    public string? ActionOwner { get; set; }

    /// <summary>The due date in the day, month and year boxes; all blank for none.</summary>
    [BindProperty]
    public DateInput ActionDue { get; set; } = new();

    [BindProperty]
    public Guid? ActionReportBack { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number) => await LoadAsync(id, number) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeclareAsync(Guid id, int number)
    {
        if (!await LoadAsync(id, number))
        {
            return NotFound();
        }
        if (DeclarantId is null)
        {
            Errors["declarant"] = "Choose the member who declared the interest";
        }
        if (DeclarationOutcome is null)
        {
            Errors["declaration-outcome"] = "Choose whether the member remained, withdrew or did not vote";
        }
        if (Errors.Count == 0)
        {
            try
            {
                var input = new DeclarationInput(DeclarationOutcome!.Value, RegisteredInterestId, Kind, Nature, DispensationId);
                var recorded = await recorder.DeclareAsync(id, number, DeclarantId!.Value, input, HttpContext.RequestAborted);
                Notice = recorded.NotifyMonitoringOfficerBy is { } by
                    ? $"Declaration recorded. The interest is not on the register: the member must notify the Monitoring Officer by {Display.Date(by)}."
                    : "Declaration recorded.";
            }
            catch (ProcedureRuleException ex)
            {
                Errors[ex.Rule == "INT-6" ? "dispensation" : RegisteredInterestId is null ? "nature" : "register-entry"] = Explain(ex);
            }
        }
        return await AfterAsync(id, number);
    }

    public async Task<IActionResult> OnPostResolveAsync(Guid id, int number)
    {
        if (!await LoadAsync(id, number))
        {
            return NotFound();
        }
        try
        {
            // No outcome chosen is passed on as none: the recorder refuses it under CPR-8, naming the rule.
            var outcome = Outcome switch
            {
                "WithoutVote" => MotionOutcome.WithoutVote,
                "Hands" or "Recorded" => MotionOutcome.PutToVote(VoteInput()),
                _ => null,
            };
            await recorder.ResolveAsync(id, number, ResolutionKind, ResolutionText ?? "", PartsList(), outcome, HttpContext.RequestAborted);
            Notice = "Decision recorded.";
        }
        catch (ProcedureRuleException ex)
        {
            Errors[FieldOf(ex)] = Explain(ex);
        }
        return await AfterAsync(id, number);
    }

    /// <summary>A vote that makes no resolution: a lost motion, or an amendment.</summary>
    public async Task<IActionResult> OnPostVoteAsync(Guid id, int number)
    {
        if (!await LoadAsync(id, number))
        {
            return NotFound();
        }
        if (Outcome is not ("Hands" or "Recorded"))
        {
            Errors["outcome"] = "Choose a show of hands or a recorded vote to record a vote";
            return Page();
        }
        try
        {
            var vote = await recorder.RecordVoteAsync(id, number, VoteInput(), HttpContext.RequestAborted);
            Notice = $"Vote recorded: {vote.For} for, {vote.Against} against, {vote.Abstentions} abstaining; the motion was {(vote.Carried ? "carried" : "lost")}.";
        }
        catch (ProcedureRuleException ex)
        {
            Errors[FieldOf(ex)] = Explain(ex);
        }
        return await AfterAsync(id, number);
    }

    /// <summary>An action arising from one of the item's resolutions, with its owner, due date and report-back meeting.</summary>
    public async Task<IActionResult> OnPostActionAsync(Guid id, int number)
    {
        if (!await LoadAsync(id, number))
        {
            return NotFound();
        }
        var resolution = Minute?.Resolutions.FirstOrDefault(r => r.Id == ActionResolutionId);
        if (resolution is null)
        {
            Errors["action-resolution"] = Minute is { Resolutions.Count: > 0 }
                ? "Choose the decision the action carries out"
                : "Record the decision first: an action arises from a resolution";
        }
        if (string.IsNullOrWhiteSpace(ActionDescription))
        {
            Errors["action-description"] = "Enter what is to be done";
        }
        if (string.IsNullOrWhiteSpace(ActionOwner))
        {
            Errors["action-owner"] = "Enter who is to do it: an officer's name or post";
        }
        var due = ActionDue.IsEmpty ? null : ActionDue.Check(Errors, DateField.ErrorKeyOf("action-due"), "due date of the action");
        if (Errors.Count == 0)
        {
            try
            {
                await actions.AddAsync(resolution!.Id, ActionDescription!, ActionOwner!, due, ActionReportBack, HttpContext.RequestAborted);
                Notice = "Action recorded. It appears in the committee's action tracker once these minutes are published.";
            }
            catch (ProcedureRuleException ex)
            {
                Errors[ex.Detail.Contains("report-back", StringComparison.Ordinal) ? "action-report-back" : DateField.ErrorKeyOf("action-due")] = Explain(ex);
            }
        }
        return await AfterAsync(id, number);
    }

    private VoteInput VoteInput()
    {
        if (Outcome == "Recorded")
        {
            var recorded = new Dictionary<Guid, VoteChoice>();
            foreach (var (personId, choice) in Recorded)
            {
                if (Enum.TryParse<VoteChoice>(choice, out var parsed))
                {
                    recorded[personId] = parsed;
                }
            }
            return new VoteInput(Motion ?? "", Recorded: recorded, CastingVote: CastingVote);
        }
        return new VoteInput(Motion ?? "", For ?? 0, Against ?? 0, Abstentions ?? 0, CastingVote: CastingVote);
    }

    private List<string> PartsList()
        => [.. (Parts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private string FieldOf(ProcedureRuleException ex) => Outcome switch
    {
        null or "" => "outcome",
        _ when ex.Detail.Contains("needs the motion", StringComparison.Ordinal) => "motion",
        _ when ex.Detail.Contains("has no text", StringComparison.Ordinal) => "resolution-text",
        "Hands" => "vote-for",
        "Recorded" => "recorded",
        _ => "resolution-text",
    };

    private async Task<IActionResult> AfterAsync(Guid id, int number)
    {
        if (Errors.Count > 0)
        {
            // The recorder has rolled back; show the item as stored, with the refusal and the clerk's input.
            Notice = null;
            await LoadAsync(id, number);
            return Page();
        }
        return Redirect($"/admin/meetings/{id}/record/items/{number}");
    }

    private async Task<bool> LoadAsync(Guid id, int number)
    {
        var ct = HttpContext.RequestAborted;
        db.ChangeTracker.Clear();
        if (!await db.AgendaItems.AnyAsync(i => i.MeetingId == id && i.Number == number, ct))
        {
            return false;
        }
        Record = await recorder.RecordOfAsync(id, ct);
        Meeting = Record.Meeting;
        Item = Meeting.AgendaItems.Single(i => i.Number == number);
        Title = $"Item {number}: {Item.Title}";
        try
        {
            Quorum = (await recorder.QuorumAsync(id, ct)).Single(q => q.ItemNumber == number);
            var check = await recorder.CheckItemAsync(id, number, ct);
            Voters = [.. check.Voters.Where(v => !check.DeclaredNotVoting.Contains(v) && check.Eligibility.MayVote(Record.KeyOf(v)))];
        }
        catch (ProcedureRuleException ex)
        {
            // Without a stored quorum nobody can be counted: the page says so, and a vote is refused with the rule.
            Quorum = new ItemQuorum(number, Item.Title, 0, false, [], [], [Explain(ex)]);
            Voters = [];
        }
        PresentMembers = [.. Meeting.Attendances.Where(a => a.IsPresentAsMember).Select(a => a.PersonId)];
        var date = Meeting.Date;
        RegisterEntries = [.. (await db.RegisteredInterests.AsNoTracking().Where(i => PresentMembers.Contains(i.PersonId) && i.RegisteredOn <= date).ToListAsync(ct))
            .Where(i => i.IsCurrentOn(date))
            .OrderBy(i => Record.NameOf(i.PersonId), StringComparer.OrdinalIgnoreCase)];
        Dispensations = await db.Dispensations.AsNoTracking().Where(d => PresentMembers.Contains(d.PersonId) && d.From <= date && d.Expires >= date).ToListAsync(ct);
        Declarations = [.. Record.Declarations.Where(d => d.AgendaItemId == Item.Id)];
        Minute = await db.Minutes.AsNoTracking().Include(m => m.Resolutions).SingleOrDefaultAsync(m => m.AgendaItemId == Item.Id, ct);
        Votes = Minute is null ? [] : await db.Votes.AsNoTracking().Include(v => v.MemberVotes).Where(v => v.MinuteId == Minute.Id).ToListAsync(ct);
        Actions = Minute is null ? [] : await db.ActionPoints.AsNoTracking().Where(a => a.MinuteId == Minute.Id).ToListAsync(ct);
        LaterMeetings = await db.Meetings.AsNoTracking()
            .Where(m => m.CommitteeId == Meeting.CommitteeId && m.Date > date && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.Date).Take(12).ToListAsync(ct);
        return true;
    }
}
