using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Quorum.Application.KeyDecisions;
using Quorum.Domain.KeyDecisions;
using Quorum.Web.Api.OParl;
using Quorum.Web.Pages.ForwardPlan;
using Quorum.Web.Site;
using ICalDateOnly = Ical.Net.DataTypes.CalDateTime;
using ICalendar = Ical.Net.Calendar;
using ICalendarEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Quorum.Web.Api.Feeds;

/// <summary>
/// The forward plan as a news feed (RSS or Atom: each entry and notice as published or changed) and as a calendar of
/// decision dates. Read through <see cref="ForwardPlan.PublishedAsync(Guid, CancellationToken)"/>, so drafts and
/// exemption details never reach them. In OParl the entries are Papers (<see cref="KeyDecisionNotices"/>).
/// </summary>
public static class ForwardPlanFeeds
{
    public static IEndpointRouteBuilder MapForwardPlanFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/forward-plan.{format:regex(^(rss|atom)$)}", News).WithName("ForwardPlanFeed").WithSummary("The forward plan of key decisions and its notices (format: rss or atom).");
        feeds.MapGet("/forward-plan.ics", Calendar).WithName("ForwardPlanCalendar").WithSummary("The dates key decisions are due to be taken, as iCalendar all-day events.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> News(HttpRequest request, CurrentCouncil current, ForwardPlan plan, string format, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } council)
        {
            return TypedResults.NotFound();
        }
        var urls = OParlUrls.For(request);
        var entries = (await plan.PublishedAsync(council.Id, cancellationToken)).Select(e => new NewsFeeds.Entry(
            Guid.Empty,
            $"Key decision {e.Number}: {e.Matter}",
            $"<p>{NewsFeeds.Encoded($"{e.DecisionMaker}, {Display.Date(e.DecisionDate)}. {ForwardPlanText.Status(e)}. {ForwardPlanText.Notice(e)}.")}</p><p>{NewsFeeds.Encoded(e.Decision)}</p>",
            urls.Base + SiteUrls.PlannedDecision(e.Number),
            e.Modified,
            "Key decision")).ToList();
        return NewsFeeds.Render(request, format, "Forward plan of key decisions", $"Key decisions {council.Name} plans to take, with their notices.", urls.Base + "/feeds/forward-plan." + format, entries);
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Calendar(HttpRequest request, CurrentCouncil current, ForwardPlan plan, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } council)
        {
            return TypedResults.NotFound();
        }
        var urls = OParlUrls.For(request);
        var host = new Uri(urls.Base).Host;
        var calendar = new ICalendar { ProductId = "-//Quorum//Forward plan//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Forward plan of key decisions");
        foreach (var e in await plan.PublishedAsync(council.Id, cancellationToken))
        {
            calendar.Events.Add(new ICalendarEvent
            {
                Uid = $"key-decision-{e.Number}@{host}",
                Summary = $"Key decision: {e.Matter}",
                // A decision date, not a time: an all-day event.
                DtStart = new ICalDateOnly(e.DecisionDate.Year, e.DecisionDate.Month, e.DecisionDate.Day),
                Description = $"{e.DecisionMaker}. {ForwardPlanText.Status(e)}.",
                Url = new Uri(urls.Base + SiteUrls.PlannedDecision(e.Number)),
                Status = e.Status is ForwardPlanStatus.Withdrawn ? "CANCELLED" : "CONFIRMED",
                DtStamp = new ICalDateOnly(e.Modified.ToDateTimeUtc(), "UTC", true),
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        request.HttpContext.Response.Headers.ContentDisposition = "inline; filename=\"forward-plan.ics\"";
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }
}
