using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quorum.Application.Work;
using Quorum.Data.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Meetings;

/// <summary>Democratic Services' list of past and coming meetings, filtered by body and date, each linked to its pages.</summary>
[Authorize(Roles = $"{StaffRoles.Clerk},{StaffRoles.Administrator}")]
public sealed class IndexModel(MeetingIndex index, SiteClock clock) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Body { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public MeetingList List { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = [];

    public NodaTime.LocalDate Today => clock.Today;

    public async Task OnGetAsync()
    {
        Title = "Meetings";
        var from = From.IsEmpty ? null : From.Check(Errors, DateField.ErrorKeyOf("from"), "date to show meetings from");
        var to = To.IsEmpty ? null : To.Check(Errors, DateField.ErrorKeyOf("to"), "date to show meetings until");
        if (from is { } f && to is { } t && t < f)
        {
            Errors[DateField.ErrorKeyOf("to")] = "The date to show meetings until must be the same as or after the date to show them from";
            to = null;
        }
        List = await index.ListAsync(await CouncilIdAsync() ?? Guid.Empty, new MeetingFilter(Body, from, to), clock.Today, HttpContext.RequestAborted);
    }
}
