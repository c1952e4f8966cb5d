using System.Text.RegularExpressions;
using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Outcomes.Minutes;

namespace Quorum.Domain.Tests.Outcomes;

/// <summary>Minutes the clerk edits as text keep the structure of the generated draft: headings, minute anchors, tables.</summary>
public partial class EditedMinutesTests
{
    private static readonly MinutesContent Sample = new(
        "Overview and Scrutiny Committee",
        Special: false,
        new LocalDate(2017, 9, 19),
        new LocalTime(19, 30),
        new LocalTime(21, 5),
        [
            new AttendanceRow("Chair", [new AttendanceEntry("Councillor Jerry Miles", AttendanceMark.Present)]),
            new AttendanceRow("Councillors", [new AttendanceEntry("Councillor Ghazanfar Ali", AttendanceMark.Present), new AttendanceEntry("Councillor Ameet Jogia", AttendanceMark.Apologies), new AttendanceEntry("Councillor Barry Macleod-Cullinane", AttendanceMark.Reserve, 2)]),
        ],
        [],
        [new InAttendanceEntry("Andrew Howe", "Minute 230")],
        [
            new MinuteContent(228, "Attendance by Reserve Members", MinuteSection.Standing, "", [], [], [new DecisionText(ResolutionKind.Resolved, "To note the attendance at this meeting of the following duly appointed Reserve Member:", [])], [new ReserveLine("Councillor Ameet Jogia", "Councillor Barry Macleod-Cullinane")]),
            new MinuteContent(229, "Health Visiting Scrutiny Review", MinuteSection.Resolved, "Members considered the review.", [], [], [new DecisionText(ResolutionKind.Resolved, "That", ["the findings be endorsed", "the report be referred to Cabinet"])], []),
        ],
        "Jerry Miles");

    [Fact]
    public void The_generated_text_read_back_has_the_headings_anchors_and_tables_of_the_generated_html()
    {
        var generated = MinutesWriter.ToHtml(Sample);
        var edited = EditedMinutes.ToHtml(MinutesWriter.ToText(Sample));

        // The title as the text prints it (capitals, as Harrow does); the same words as the generated page's.
        Assert.Equal(Tags(generated, "h1").Single(), Tags(edited, "h1").Single(), ignoreCase: true);
        Assert.Equal(["RESOLVED ITEMS"], Tags(edited, "h2"));
        Assert.Equal(["228. Attendance by Reserve Members", "229. Health Visiting Scrutiny Review"], Tags(edited, "h3"));
        Assert.Contains("id=\"minute-228\"", edited, StringComparison.Ordinal);
        Assert.Contains("id=\"minute-229\"", edited, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\">Councillors</th><td class=\"govuk-table__cell\">* Councillor Ghazanfar Ali<br>† Councillor Ameet Jogia<br>* Councillor Barry Macleod-Cullinane (2)</td>", edited, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Councillor Ameet Jogia</td><td class=\"govuk-table__cell\">Councillor Barry Macleod-Cullinane</td>", edited, StringComparison.Ordinal);
        Assert.Contains("<li>† Denotes apologies received</li>", edited, StringComparison.Ordinal);
        Assert.Contains("<strong>RESOLVED: That</strong>", edited, StringComparison.Ordinal);
        // The parts "(1) …" stay paragraphs of minute 229, not headings; the sections are balanced.
        Assert.Equal(Regex.Count(edited, "<section "), Regex.Count(edited, "</section>"));
    }

    [Fact]
    public void A_clerk_edit_is_kept_and_nothing_typed_becomes_markup()
    {
        var text = MinutesWriter.ToText(Sample).Replace("Members considered the review.", "Members considered the review <script>alert(1)</script> & agreed.\n\n1. That a numbered line inside a minute stays a paragraph", StringComparison.Ordinal);

        var edited = EditedMinutes.ToHtml(text);

        Assert.DoesNotContain("<script>", edited, StringComparison.Ordinal);
        Assert.Contains("review &lt;script&gt;alert(1)&lt;/script&gt; &amp; agreed.", edited, StringComparison.Ordinal);
        Assert.Contains("<p class=\"govuk-body\">1. That a numbered line inside a minute stays a paragraph</p>", edited, StringComparison.Ordinal);
    }

    private static List<string> Tags(string html, string tag)
        => [.. Regex.Matches(html, $"<{tag}[^>]*>(.*?)</{tag}>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];
}
