using Quorum.Web.Site;

namespace Quorum.Web.Pages.Calendar;

/// <summary>
/// <c>/meetings</c>, the address a resident types for "the meetings", goes to the calendar, keeping any filter
/// (<c>?committee=</c>) given. Only the bare address: each meeting lives below it (<c>/meetings/{date}/{committee}</c>).
/// </summary>
public static class MeetingsAddress
{
    public static IEndpointRouteBuilder MapMeetingsAddress(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings", (HttpRequest request) => Results.Redirect(SiteUrls.Calendar + request.QueryString))
            .ExcludeFromDescription();
        return app;
    }
}
