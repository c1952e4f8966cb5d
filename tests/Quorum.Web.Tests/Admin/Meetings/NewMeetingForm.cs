using System.Globalization;
using NodaTime.Text;

namespace Quorum.Web.Tests.Admin.Meetings;

/// <summary>The fields "Create a meeting" posts: the date in the GOV.UK day, month and year boxes.</summary>
internal static class NewMeetingForm
{
    public static Dictionary<string, string> Of(Guid committee, string isoDate, string venue)
    {
        var date = LocalDatePattern.Iso.Parse(isoDate).Value;
        return new()
        {
            ["CommitteeId"] = committee.ToString(),
            ["Date.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
            ["Date.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
            ["Date.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
            ["StartTime"] = "19:30",
            ["Venue"] = venue,
        };
    }
}
