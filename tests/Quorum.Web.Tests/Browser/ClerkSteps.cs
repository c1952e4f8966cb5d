using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NodaTime;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// What a clerk does on the staff pages, by labels, links and buttons as they read them, shared by the browser walks
/// (the clerk's cycle on the demo council, a council set up from nothing).
/// </summary>
internal static partial class ClerkSteps
{
    public static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static ILocator StaffHome(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Staff menu" }).GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true });

    /// <summary>A link in the staff home's work due; Chromium spaces the hidden ": subject" of its name as it likes, so the text is matched.</summary>
    public static ILocator WorkDue(IPage page, string todo, string subject) =>
        page.Locator("table[aria-labelledby='work-due'] td[data-label='To do'] a").Filter(new() { HasText = $"{todo}: {subject}" });

    public static Task SeesAsync(IPage page, string text) => Assertions.Expect(page.GetByText(text).First).ToBeVisibleAsync();

    /// <summary>From the staff home, creates a meeting of <paramref name="committee"/> from its template.</summary>
    public static async Task CreateMeetingAsync(IPage clerk, string committee, LocalDate date, string venue)
    {
        await StaffHome(clerk).ClickAsync();
        await Link(clerk, "Meetings and agendas").ClickAsync();
        await Link(clerk, "Create a meeting from the template").ClickAsync();
        await clerk.GetByLabel("Committee").SelectOptionAsync(new SelectOptionValue { Label = committee });
        await DateBoxes.FillAsync(clerk, "date", date);
        await clerk.GetByLabel("Venue").FillAsync(venue);
        await Button(clerk, "Create meeting").ClickAsync();
        await SeesAsync(clerk, "Meeting created with");
    }

    /// <summary>On the new meeting's page, adds a business item and starts its report, naming its author.</summary>
    public static async Task AddItemAndStartReportAsync(IPage clerk, string subject, string reportOf, string officer, string author)
    {
        await clerk.GetByLabel("Title").FillAsync(subject);
        await clerk.GetByLabel("Report of").FillAsync(reportOf);
        await Button(clerk, "Add item").ClickAsync();
        await SeesAsync(clerk, $"Added '{subject}'");
        await clerk.GetByRole(AriaRole.Link, new() { NameRegex = StartReport() }).ClickAsync();
        await clerk.GetByLabel("Responsible Officer").FillAsync(officer);
        await clerk.GetByLabel("Report author").SelectOptionAsync(new SelectOptionValue { Label = author });
        await Button(clerk, "Start the report").ClickAsync();
        await Assertions.Expect(clerk.Locator("#report-state")).ToHaveTextAsync("Draft");
    }

    /// <summary>Writes the report just started and submits it.</summary>
    public static async Task WriteAndSubmitReportAsync(IPage clerk, string summary, string recommendations, string body, string contact)
    {
        await clerk.Locator("#Summary").FillAsync(summary);
        await clerk.Locator("#Recommendations").FillAsync(recommendations);
        await clerk.Locator("#Body").FillAsync(body);
        await clerk.Locator("#ContactOfficer").FillAsync(contact);
        await Button(clerk, "Submit for clearance").ClickAsync();
        await Assertions.Expect(clerk.Locator("#report-state")).ToHaveTextAsync("Submitted for clearance");
    }

    /// <summary>A clearing officer finds the report in their work due, records the statutory officers' clearance and clears it.</summary>
    public static async Task ClearReportAsync(IPage clearing, string subject)
    {
        await clearing.GotoAsync("/admin");
        await WorkDue(clearing, "Clear the report", subject).ClickAsync();
        foreach (var (role, name) in new[] { ("Chief Financial Officer", "Jo Frost"), ("Monitoring Officer", "Sarah Wilson") })
        {
            await clearing.GetByRole(AriaRole.Radio, new() { Name = role }).CheckAsync();
            await clearing.GetByLabel("Name of the officer who cleared it").FillAsync(name);
            await Button(clearing, "Record clearance").ClickAsync();
            await SeesAsync(clearing, $"Clearance by {name} for the {role} recorded.");
        }
        await Button(clearing, "Mark as cleared").ClickAsync();
        await Assertions.Expect(clearing.Locator("#report-state")).ToHaveTextAsync("Cleared");
    }

    /// <summary>From the staff home's work due, publishes the agenda through its confirmation page.</summary>
    public static async Task PublishAgendaAsync(IPage clerk, string meeting)
    {
        await StaffHome(clerk).ClickAsync();
        await WorkDue(clerk, "Publish the agenda", meeting).ClickAsync();
        // The meeting page offers Publish as a button-styled link to the confirmation page.
        await Button(clerk, "Publish agenda").ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to publish the agenda?" })).ToBeVisibleAsync();
        await Button(clerk, "Publish agenda").ClickAsync();
        await SeesAsync(clerk, "Agenda published (version 1");
    }

    /// <summary>From the staff home's work due, opens the recording of the meeting.</summary>
    public static async Task OpenRecordingAsync(IPage clerk, string meeting)
    {
        await StaffHome(clerk).ClickAsync();
        await WorkDue(clerk, "Record the meeting", meeting).ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Record the meeting" })).ToBeVisibleAsync();
    }

    /// <summary>Marks everyone present, then the named member as sending apologies, and saves.</summary>
    public static async Task SaveAttendanceAsync(IPage clerk, string? apologies = null, (string Member, string Item)? late = null)
    {
        foreach (var present in await clerk.Locator("input[type=radio][value=Present]").AllAsync())
        {
            await present.CheckAsync();
        }
        if (apologies is not null)
        {
            await clerk.GetByRole(AriaRole.Group, new() { Name = $"Attendance of {apologies}" }).GetByLabel("Apologies").CheckAsync();
        }
        if (late is { } arrival)
        {
            await clerk.GetByLabel($"Item {arrival.Member} arrived during").SelectOptionAsync(arrival.Item);
        }
        await Button(clerk, "Save attendance").ClickAsync();
        await SeesAsync(clerk, "Attendance saved");
    }

    /// <summary>The reserve at <paramref name="position"/> on their group's list attends for the member who sent apologies.</summary>
    public static async Task RecordReserveAsync(IPage clerk, string reserve, int position, string replaced)
    {
        await clerk.GetByLabel("Reserve member").SelectOptionAsync(new SelectOptionValue { Label = $"{reserve} (reserve {position})" });
        await clerk.GetByLabel("Attending for").SelectOptionAsync(new SelectOptionValue { Label = replaced });
        await Button(clerk, "Record reserve").ClickAsync();
        await SeesAsync(clerk, reserve);
    }

    public static async Task RecordHeldAsync(IPage clerk, string closed, string shown)
    {
        await clerk.GetByLabel("Time the meeting closed").FillAsync(closed);
        await Button(clerk, "Record the meeting as held").ClickAsync();
        await Assertions.Expect(clerk.Locator("#held-at")).ToContainTextAsync(shown);
    }

    /// <summary>On an item's page: the motion carried on a show of hands, and the resolution.</summary>
    public static async Task RecordVoteAndDecisionAsync(IPage clerk, string motion, (int For, int Against, int Abstentions) votes, string decision)
    {
        await clerk.GetByLabel("Motion put").FillAsync(motion);
        await clerk.GetByLabel("Show of hands (give the totals)").CheckAsync();
        await clerk.GetByLabel("For", new() { Exact = true }).FillAsync(votes.For.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await clerk.GetByLabel("Against", new() { Exact = true }).FillAsync(votes.Against.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await clerk.GetByLabel("Abstentions", new() { Exact = true }).FillAsync(votes.Abstentions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await clerk.GetByLabel("RESOLVED", new() { Exact = true }).CheckAsync();
        await clerk.GetByLabel("Resolution text").FillAsync(decision);
        await Button(clerk, "Record the decision").ClickAsync();
        await Assertions.Expect(clerk.Locator("#resolutions")).ToContainTextAsync(decision);
    }

    /// <summary>From an item's page: the minutes drafted from the record, then the item's minute written in the editor.</summary>
    public static async Task DraftMinutesAsync(IPage clerk, string heading, string narrative)
    {
        await Link(clerk, "Minutes").ClickAsync();
        await Button(clerk, "Generate draft minutes").ClickAsync();
        await SeesAsync(clerk, "Draft minutes generated from the record.");
        var minute = clerk.Locator("form.minute-edit").Filter(new() { Has = clerk.Locator($"input[name=Heading][value='{heading}']") });
        await Assertions.Expect(minute).ToHaveCountAsync(1);
        await minute.GetByLabel("Text of the minute").FillAsync(narrative);
        await minute.GetByRole(AriaRole.Button).ClickAsync();
        await SeesAsync(clerk, "Your changes to minute");
        await Assertions.Expect(clerk.Locator("#minutes-text")).ToContainTextAsync(narrative);
    }

    /// <summary>
    /// From the staff home's work due: the minutes approved and signed at the body's next meeting (already recorded)
    /// and published; then the public meeting page, reached from the staff pages.
    /// </summary>
    public static async Task ApprovePublishAndOpenPublicPageAsync(IPage clerk, string meeting, LocalDate approvedAt)
    {
        await StaffHome(clerk).ClickAsync();
        await WorkDue(clerk, "Approve the minutes", meeting).ClickAsync();
        await clerk.GetByLabel("Meeting at which the minutes were approved and signed").SelectOptionAsync(new SelectOptionValue { Label = Web.Site.Display.Date(approvedAt) });
        await Button(clerk, "Record approval").ClickAsync();
        await SeesAsync(clerk, "Approval recorded.");
        await Button(clerk, "Publish minutes").ClickAsync();
        await SeesAsync(clerk, "Are you sure you want to publish the minutes?");
        await PageChecks.AssertFitsAndAccessibleAsync(clerk, "admin-publish-minutes", clerk.ViewportSize!.Width);
        await Button(clerk, "Yes, publish the minutes").ClickAsync();
        await SeesAsync(clerk, "Minutes published");
        await Link(clerk, "Back to recording the meeting").ClickAsync();
        await Link(clerk, "Back to the meeting").ClickAsync();
        await Link(clerk, "public page").ClickAsync();
    }

    [GeneratedRegex("^No report yet – start one")]
    private static partial Regex StartReport();
}
