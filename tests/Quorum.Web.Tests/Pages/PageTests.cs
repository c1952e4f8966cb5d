using System.Net;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>Each page type answers at its readable address with the records a resident would look for.</summary>
public sealed class PageTests(SiteHost site) : IClassFixture<SiteHost>
{
    private async Task<string> GetAsync(string path)
    {
        using var response = await site.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    [Fact]
    public async Task Home_page_lists_upcoming_meetings_recent_papers_and_decisions()
    {
        var html = await GetAsync("/");
        Assert.Contains("<title>Committees and meetings – London Borough of Harrow</title>", html);
        Assert.Contains("Corporate Parenting Panel, Wednesday 4 October 2017", html);
        Assert.Contains("Community Safety Strategy 2017-2020", html);
        Assert.Contains("Resolved to RECOMMEND: That Cabinet", html);
    }

    [Fact]
    public async Task Committee_page_shows_roles_groups_reserves_in_order_co_optees_and_quorum()
    {
        var html = await GetAsync("/committees/overview-and-scrutiny");
        Assert.Contains("<title>Overview and Scrutiny Committee – Committees and meetings – London Borough of Harrow</title>", html);
        Assert.Contains("4 members", html);
        Assert.Contains("Labour members", html);
        Assert.Contains("Conservative members", html);
        Assert.Contains("votes on education matters only", html);
        Assert.True(html.IndexOf("Councillor Jeff Anderson", StringComparison.Ordinal) < html.IndexOf("Councillor Christine Robson", html.IndexOf("Labour reserves", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("Cancelled", html);
    }

    [Fact]
    public async Task Meeting_page_shows_agenda_papers_attendance_declarations_minutes_and_question_deadline()
    {
        var html = await GetAsync("/meetings/2017-09-19/overview-and-scrutiny");
        Assert.Contains("Community Safety Strategy 2017-2020", html);
        Assert.Contains("Pages 5 - 12", html);
        Assert.Contains("Contract for Leisure Services", html);
        Assert.Contains("paragraph 3 of Part 1 of Schedule 12A", html);
        Assert.Contains("(reserve for <a class=\"govuk-link\" href=\"/people/sachin-shah\">Councillor Sachin Shah</a>)", html);
        Assert.Contains("He is a governor of a local primary school.", html);
        Assert.Contains("226. Community Safety Strategy", html);
        // Harrow: public questions close at 3pm three working days before the meeting.
        Assert.Contains("3pm on Thursday 14 September 2017", html);
    }

    [Fact]
    public async Task Document_view_renders_report_headings_tables_and_lists()
    {
        var html = await GetAsync("/meetings/2017-09-19/overview-and-scrutiny/items/3");
        Assert.Contains("<h4 class=\"govuk-heading-s\">1. Background</h4>", html);
        Assert.Contains("<th scope=\"col\" class=\"govuk-table__header\">Crime type</th>", html);
        Assert.Contains("<li>Reduce burglary</li>", html);
        Assert.Contains("Appendix 1 - Draft strategy (6 pages)", html);
    }

    [Fact]
    public async Task Person_page_shows_group_ward_memberships_attendance_chart_and_declarations()
    {
        var html = await GetAsync("/people/jerry-miles");
        Assert.Contains("Labour", html);
        Assert.Contains("Greenhill", html);
        Assert.Contains("Former memberships", html);
        Assert.Contains("<svg class=\"quorum-chart\"", html);
        Assert.Contains("He is a governor of a local primary school.", html);
        // Two held scrutiny meetings while a member: present at one, apologies at the other.
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-label=\"Attendance\">50%</td>", html);
    }

    [Fact]
    public async Task Calendar_month_and_list_views_show_cancelled_and_postponed_meetings()
    {
        var month = await GetAsync("/calendar?month=2017-10");
        Assert.Contains("Postponed", month);
        var list = await GetAsync("/calendar?view=list&year=2017&committee=overview-and-scrutiny");
        Assert.Contains("Cancelled", list);
        Assert.DoesNotContain("Cabinet, ", list);
    }

    [Fact]
    public async Task Decisions_register_filters_by_committee_and_date_range()
    {
        var all = await GetAsync("/decisions");
        Assert.Contains("3 decisions found", all);
        var september = await GetAsync("/decisions?committee=overview-and-scrutiny&from=2017-09-01&to=2017-09-30");
        Assert.Contains("2 decisions", september);
        Assert.DoesNotContain("work programme be agreed", september);
    }
}
