using System.Globalization;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.OpenData;
using Quorum.Domain.Meetings;
using Quorum.Web.Api.OParl;
// Ical.Net's CalendarEvent and Calendar clash with NodaTime and System names; keep them qualified.
using ICalDateTime = Ical.Net.DataTypes.CalDateTime;
using ICalendar = Ical.Net.Calendar;
using ICalendarEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace Quorum.Web.Api.Feeds;

/// <summary>iCalendar feeds of public meetings: all of them, one committee's, or those of the bodies a person sits on.</summary>
public static class CalendarFeeds
{
    private const string TimeZone = "Europe/London";

    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/meetings.ics", AllMeetings).WithName("MeetingsCalendar").WithSummary("Every public meeting, as iCalendar (times in Europe/London).");
        feeds.MapGet("/committees/{id}.ics", CommitteeMeetings).WithName("CommitteeCalendar").WithSummary("One committee's meetings, as iCalendar.");
        feeds.MapGet("/people/{id}.ics", PersonMeetings).WithName("PersonCalendar").WithSummary("Meetings of the bodies a person sits on (or sat on at the time), as iCalendar.");
        return app;
    }

    private static async Task<ContentHttpResult> AllMeetings(HttpRequest request, PublicRecords records, CancellationToken cancellationToken) =>
        await RenderAsync(request, records.Meetings, "All meetings", cancellationToken);

    private static async Task<Results<ContentHttpResult, JsonHttpResult<OParlError>>> CommitteeMeetings(HttpRequest request, PublicRecords records, string id, CancellationToken cancellationToken)
    {
        var committee = Guid.TryParse(id, out var guid) ? await records.Committees.Where(c => c.Id == guid).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) : null;
        if (committee is null)
        {
            return OParlError.NotFound($"There is no committee '{id}'.");
        }
        return await RenderAsync(request, records.Meetings.Where(m => m.CommitteeId == guid), committee, cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, JsonHttpResult<OParlError>>> PersonMeetings(HttpRequest request, PublicRecords records, string id, CancellationToken cancellationToken)
    {
        var person = Guid.TryParse(id, out var guid) ? await records.People.Where(p => p.Id == guid).FirstOrDefaultAsync(cancellationToken) : null;
        if (person is null)
        {
            return OParlError.NotFound($"There is no person '{id}'.");
        }
        var seats = records.Memberships.Where(s => s.PersonId == guid);
        var meetings = records.Meetings.Where(m => seats.Any(s => s.CommitteeId == m.CommitteeId && s.From <= m.Date && (s.To == null || s.To >= m.Date)));
        return await RenderAsync(request, meetings, person.DisplayName, cancellationToken);
    }

    private static async Task<ContentHttpResult> RenderAsync(HttpRequest request, IQueryable<Meeting> meetings, string title, CancellationToken cancellationToken)
    {
        var urls = OParlUrls.For(request);
        var rows = await meetings.AsNoTracking().Include(m => m.Committee).OrderBy(m => m.Date).ThenBy(m => m.StartTime).ToListAsync(cancellationToken);
        var calendar = new ICalendar { ProductId = "-//Quorum//Council meetings//EN" };
        calendar.AddTimeZone(TimeZone);
        calendar.AddProperty("X-WR-CALNAME", title);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        var host = new Uri(urls.Base).Host;
        foreach (var meeting in rows)
        {
            var start = meeting.Start;
            var entry = new ICalendarEvent
            {
                Uid = $"{meeting.Id}@{host}",
                Summary = meeting.Status == MeetingStatus.Cancelled ? $"CANCELLED: {meeting.Committee!.Name}" : meeting.Committee!.Name,
                DtStart = new ICalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, TimeZone),
                Location = meeting.Venue ?? meeting.VirtualLink,
                Url = new Uri(urls.Meeting(meeting.Id)),
                Status = meeting.Status switch
                {
                    MeetingStatus.Cancelled => "CANCELLED",
                    MeetingStatus.Postponed => "TENTATIVE",
                    _ => "CONFIRMED",
                },
                DtStamp = new ICalDateTime(meeting.Modified.ToDateTimeUtc(), "UTC", true),
                LastModified = new ICalDateTime(meeting.Modified.ToDateTimeUtc(), "UTC", true),
                Description = meeting.StatusReason ?? (meeting.IsSpecial ? "Special meeting." : null),
            };
            if (meeting.ClosedAt is { } closed)
            {
                var end = meeting.Date + closed;
                entry.DtEnd = new ICalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, TimeZone);
            }
            calendar.Events.Add(entry);
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        request.HttpContext.Response.Headers.ContentDisposition = "inline; filename=\"" + string.Concat(title.Where(char.IsAsciiLetterOrDigit)).ToLower(CultureInfo.InvariantCulture) + ".ics\"";
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }
}
