using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Quorum.Application.Participation;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Meetings.Deputations;

/// <summary>
/// A resident asks to address a meeting on an item of its business (CPR-7) while requests are open. Not cached: it
/// shows whether the deadline has passed as of now. The rules are <see cref="Application.Participation.Deputations"/>'s.
/// </summary>
public sealed class NewModel(QuorumDbContext db, CurrentCouncil current, Application.Participation.Deputations deputations) : SitePageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public LocalDateTime Deadline { get; private set; }

    public int MinutesAllowed { get; private set; }

    public List<DeputationItem> Items { get; private set; } = [];

    /// <summary>Why requests cannot be sent now, or null while open.</summary>
    public string? ClosedBecause { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public int? Item { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public string MeetingUrl => SiteUrls.Meeting(Meeting.Date, Meeting.Committee!.Slug);

    public async Task<IActionResult> OnGetAsync(string date, string committee) => await LoadAsync(date, committee) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string date, string committee)
    {
        if (!await LoadAsync(date, committee))
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Website))
        {
            // A robot: thanked as a person would be, and nothing is stored.
            return RedirectToPage("Received", new { date, committee });
        }
        if (ClosedBecause is not null)
        {
            return Page();
        }
        try
        {
            await deputations.RequestAsync(Meeting.Id, new DeputationForm(Name, Organisation, Email, Item, Subject), HttpContext.RequestAborted);
            return RedirectToPage("Received", new { date, committee });
        }
        catch (DeputationRefusedException refused)
        {
            foreach (var problem in refused.Problems)
            {
                if (problem.Field is null)
                {
                    ClosedBecause = problem.Message;
                }
                else
                {
                    Errors.TryAdd(problem.Field, problem.Message);
                }
            }
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string date, string committee)
    {
        if (!await LoadCouncilAsync(current) || await MeetingAddress.FindAsync(db, Council!.Id, date, committee, HttpContext.RequestAborted) is not { } meeting)
        {
            return false;
        }
        Meeting = meeting;
        Deadline = deputations.Deadline(meeting);
        MinutesAllowed = deputations.Rule(meeting).Minutes;
        ClosedBecause = deputations.Closed(meeting);
        Items = ClosedBecause is null ? await deputations.ItemsAsync(meeting.Id, HttpContext.RequestAborted) : [];
        Title = $"Ask to address the meeting: {meeting.Committee!.Name}, {Display.Date(meeting.Date)}";
        Crumbs(("Committees", SiteUrls.Committees), (meeting.Committee.Name, SiteUrls.Committee(meeting.Committee.Slug)), (Display.Date(meeting.Date), MeetingUrl));
        return true;
    }
}
