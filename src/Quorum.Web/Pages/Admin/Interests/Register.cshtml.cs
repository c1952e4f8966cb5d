using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Interests;
using Quorum.Domain.People;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Interests;

/// <summary>
/// One member's register of interests as Democratic Services keep it for the Monitoring Officer: every current entry
/// in full (sensitive ones too, tagged), the forms to add, amend and end entries and to grant a dispensation, and the
/// ended entries. The register service enforces the rules (INT-3, INT-6); this page turns its refusals into the
/// error summary. Each change empties the public page cache so the member's public register shows it at once.
/// </summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class RegisterModel(QuorumDbContext db, InterestsRegister register, SiteClock clock, PublicSiteCache publicPages) : StaffPageModel
{
    public Person Person { get; private set; } = null!;

    public IReadOnlyList<RegisteredInterest> Current { get; private set; } = [];

    /// <summary>Ended and replaced entries, the most recently ended first.</summary>
    public IReadOnlyList<RegisteredInterest> Ended { get; private set; } = [];

    /// <summary>Which entry replaced which, so the history can say "amended" rather than "ended".</summary>
    public HashSet<Guid> Replaced { get; private set; } = [];

    public IReadOnlyList<Dispensation> Dispensations { get; private set; } = [];

    /// <summary>The council's bodies a dispensation may be limited to, by name.</summary>
    public Dictionary<Guid, string> Bodies { get; private set; } = [];

    public LocalDate Today => clock.Today;

    public Dictionary<string, string> Errors { get; } = [];

    // Adding an entry.
    [BindProperty]
    public InterestCategory? Category { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool OfSpouseOrPartner { get; set; }

    [BindProperty]
    public bool Sensitive { get; set; }

    [BindProperty]
    public string? Donor { get; set; }

    /// <summary>As typed, so "£45" or "forty" can be refused with a message rather than silently dropped.</summary>
    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public DateInput Received { get; set; } = new();

    // Amending or ending an entry.
    [BindProperty]
    public Guid? EntryId { get; set; }

    [BindProperty]
    public string? NewDescription { get; set; }

    [BindProperty]
    public DateInput ChangedOn { get; set; } = new();

    // Granting a dispensation.
    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public DispensationGround? Ground { get; set; }

    /// <summary>Empty for every body of the council.</summary>
    [BindProperty]
    public Guid? BodyId { get; set; }

    [BindProperty]
    public string? GrantedBy { get; set; }

    [BindProperty]
    public bool CoversDiscussion { get; set; }

    [BindProperty]
    public bool CoversVoting { get; set; }

    [BindProperty]
    public DateInput From { get; set; } = new();

    [BindProperty]
    public DateInput Expires { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid personId)
    {
        // Most dispensations let the member both speak and vote; the clerk unticks what the grant leaves out.
        (CoversDiscussion, CoversVoting) = (true, true);
        return await LoadAsync(personId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid personId)
    {
        if (!await LoadAsync(personId))
        {
            return NotFound();
        }
        if (Category is null)
        {
            Errors["category"] = "Choose the heading the interest is registered under";
        }
        else if (Category != InterestCategory.GiftsAndHospitality && (!string.IsNullOrWhiteSpace(Donor) || !string.IsNullOrWhiteSpace(Value)))
        {
            Errors["donor"] = "A donor and value are recorded for gifts and hospitality only: choose that heading, or clear them";
        }
        if (Description?.Length > 2000)
        {
            Errors["description"] = "The description must be 2,000 characters or fewer";
        }
        if (Donor?.Length > 300)
        {
            Errors["donor"] = "The donor must be 300 characters or fewer";
        }
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(Value))
        {
            if (decimal.TryParse(Value.Trim().TrimStart('£'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"), out var parsed))
            {
                value = parsed;
            }
            else
            {
                Errors["value"] = "Enter the estimated value in pounds, for example 45 or 45.50";
            }
        }
        var received = DateOf(Received, "received", "date the Monitoring Officer received the notification");
        if (Errors.Count == 0)
        {
            await ChangeAsync("description", async ct =>
            {
                // The service refuses a blank description or a negative value (INT-3), naming the rule.
                var entry = await register.RegisterAsync(new RegisteredInterest
                {
                    PersonId = personId,
                    Category = Category!.Value,
                    Description = Description?.Trim() ?? "",
                    OfSpouseOrPartner = OfSpouseOrPartner,
                    Sensitive = Sensitive,
                    Donor = string.IsNullOrWhiteSpace(Donor) ? null : Donor.Trim(),
                    ValueGbp = value,
                    RegisteredOn = received!.Value,
                }, ct);
                return $"Entry added under {entry.Category.Heading()}.";
            }, ex => ex.Detail.Contains("negative", StringComparison.Ordinal) ? "value" : "description");
        }
        return await AfterAsync(personId, "register");
    }

    public async Task<IActionResult> OnPostAmendAsync(Guid personId)
    {
        if (!await LoadAsync(personId) || Current.FirstOrDefault(e => e.Id == EntryId) is not { } entry)
        {
            return NotFound();
        }
        var on = DateOf(ChangedOn, $"amend-{entry.Id}", "date the change was notified");
        if (Errors.Count == 0)
        {
            await ChangeAsync($"amend-description-{entry.Id}", async ct =>
            {
                // The old entry ends and a new one replaces it, so the public history keeps the old wording.
                await register.AmendAsync(entry.Id, NewDescription?.Trim() ?? "", on!.Value, cancellationToken: ct);
                return $"Entry under {entry.Category.Heading()} amended; the earlier wording is kept in the history.";
            }, ex => ex.Detail.Contains("description", StringComparison.Ordinal) ? $"amend-description-{entry.Id}" : $"amend-{entry.Id}-day");
        }
        return await AfterAsync(personId, "register");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid personId)
    {
        if (!await LoadAsync(personId) || Current.FirstOrDefault(e => e.Id == EntryId) is not { } entry)
        {
            return NotFound();
        }
        var on = DateOf(ChangedOn, $"end-{entry.Id}", "date the interest ended");
        if (Errors.Count == 0)
        {
            await ChangeAsync($"end-{entry.Id}-day", async ct =>
            {
                await register.EndAsync(entry.Id, on!.Value, ct);
                return $"Entry under {entry.Category.Heading()} ended on {Display.Date(on.Value)}.";
            });
        }
        return await AfterAsync(personId, "register");
    }

    public async Task<IActionResult> OnPostDispensationAsync(Guid personId)
    {
        if (!await LoadAsync(personId))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Scope))
        {
            Errors["scope"] = "Enter the matter the dispensation covers";
        }
        else if (Scope.Length > 1000)
        {
            Errors["scope"] = "The matter must be 1,000 characters or fewer";
        }
        if (Ground is null)
        {
            Errors["ground"] = "Choose the ground the dispensation was granted on";
        }
        if (BodyId is { } body && !Bodies.ContainsKey(body))
        {
            Errors["body"] = "Choose a body of this council, or every body";
        }
        if (string.IsNullOrWhiteSpace(GrantedBy))
        {
            Errors["granted-by"] = "Enter who granted the dispensation";
        }
        else if (GrantedBy.Length > 200)
        {
            Errors["granted-by"] = "Who granted it must be 200 characters or fewer";
        }
        if (!CoversDiscussion && !CoversVoting)
        {
            Errors["covers"] = "Choose what the dispensation allows: taking part in the discussion, voting, or both";
        }
        var from = DateOf(From, "from", "date the dispensation starts");
        var expires = DateOf(Expires, "expires", "date the dispensation expires");
        if (Errors.Count == 0)
        {
            await ChangeAsync("expires-day", async ct =>
            {
                // The service refuses a period longer than four years, or one ending before it starts (INT-6).
                await register.GrantDispensationAsync(new Dispensation
                {
                    PersonId = personId,
                    CommitteeId = BodyId,
                    Scope = Scope!.Trim(),
                    Ground = Ground!.Value,
                    GrantedBy = GrantedBy!.Trim(),
                    CoversDiscussion = CoversDiscussion,
                    CoversVoting = CoversVoting,
                }, from!.Value, expires!.Value, ct);
                return $"Dispensation granted until {Display.Date(expires.Value)}.";
            });
        }
        return await AfterAsync(personId, "dispensations");
    }

    /// <summary>The date in a GOV.UK date input, or null with an error naming the field (anchored at its day box).</summary>
    private LocalDate? DateOf(DateInput input, string id, string what) => input.Check(Errors, DateField.ErrorKeyOf(id), what);

    /// <summary>
    /// Makes one change through the register service. On success the public cache is emptied after the commit (the
    /// register is not in the search index, so the cached pages are the only copies); a rule the service refuses
    /// is shown against <paramref name="field"/>, or the field <paramref name="fieldOf"/> picks, and nothing is saved.
    /// </summary>
    private async Task ChangeAsync(string field, Func<CancellationToken, Task<string>> change, Func<ProcedureRuleException, string>? fieldOf = null)
    {
        var ct = HttpContext.RequestAborted;
        try
        {
            Notice = await change(ct);
        }
        catch (ProcedureRuleException ex)
        {
            Errors[fieldOf?.Invoke(ex) ?? field] = Explain(ex);
            return;
        }
        // Every public page is tagged alike, so the cache can only be emptied whole; the member's page and history
        // are among them. Changes to a register are rare enough that this costs nothing noticeable.
        await publicPages.InvalidateAsync(ct);
    }

    private async Task<IActionResult> AfterAsync(Guid personId, string fragment)
    {
        if (Errors.Count > 0)
        {
            // Show the register as stored (the service saved nothing), with the refusal and what the clerk typed.
            Notice = null;
            await LoadAsync(personId);
            return Page();
        }
        return Redirect($"/admin/interests/{personId}#{fragment}");
    }

    private async Task<bool> LoadAsync(Guid personId)
    {
        var ct = HttpContext.RequestAborted;
        db.ChangeTracker.Clear();
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return false;
        }
        Person = person;
        Title = $"Register of interests: {person.DisplayName}";
        var history = await register.HistoryAsync(personId, ct);
        Current = [.. history.Where(e => e.EndedOn is null).OrderBy(e => e.Category).ThenBy(e => e.RegisteredOn)];
        Ended = [.. history.Where(e => e.EndedOn is not null).OrderByDescending(e => e.EndedOn).ThenBy(e => e.Category)];
        Replaced = [.. history.Where(e => e.ReplacesId is not null).Select(e => e.ReplacesId!.Value)];
        Dispensations = await db.Dispensations.AsNoTracking().Where(d => d.PersonId == personId).OrderByDescending(d => d.Expires).ToListAsync(ct);
        Bodies = await db.Committees.AsNoTracking().Where(c => c.CouncilId == person.CouncilId).OrderBy(c => c.Name).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        db.ChangeTracker.Clear();
        return true;
    }
}
