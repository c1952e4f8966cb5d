using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Setup;

/// <summary>
/// A clerk keeping the council's years on the staff pages, over HTTP on the small Harrow site (not the demo): the
/// next year added, an election checked and then recorded (a councillor not re-elected leaves office with their seats,
/// a new one is added), the year's reserve list carried over in order after the check page, and a year ending before
/// it starts refused naming the field with nothing stored.
/// </summary>
public sealed class MunicipalYearPagesTests(SiteHost site) : IClassFixture<SiteHost>
{
    private static readonly LocalDate NextStarts = new(2018, 5, 17);

    private static readonly LocalDate ElectionDay = new(2018, 5, 3);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_clerk_adds_the_next_year_records_the_election_after_checking_it_and_carries_the_reserve_list_over()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains("href=\"/admin/years\"", await clerk.GetPageAsync("/admin"), StringComparison.Ordinal);
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync("/admin/years",
            Date("Ends", new LocalDate(2019, 5, 15), Date("Starts", NextStarts, []))), "adding the next year");

        await using (var db = Db())
        {
            var sitting = (await db.People.Where(p => p.IsCouncillor).ToListAsync(Cancel)).Where(p => p.FullName != "Richard Almond").ToList();
            var conservative = await db.PartyGroups.Where(g => g.Name == "Conservative").Select(g => g.Id).SingleAsync(Cancel);
            var result = Date("Day", ElectionDay, new()
            {
                ["Elected[0].GivenName"] = "Ann",
                ["Elected[0].FamilyName"] = "Patel",
                ["Elected[0].GroupId"] = conservative.ToString(),
            });
            for (var i = 0; i < sitting.Count; i++)
            {
                result[$"ReElected[{i}]"] = sitting[i].Id.ToString();
            }
            var check = await clerk.PostFormAsync("/admin/years/election?handler=Check", result, formPage: "/admin/years/election");
            var checkPage = PlainWords.VisibleText(WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync(Cancel)));
            Assert.Contains("Check the election result before recording it", checkPage, StringComparison.Ordinal);
            Assert.Contains("Councillor Richard Almond", checkPage, StringComparison.Ordinal);
            Assert.Contains("Councillor Ann Patel, Conservative", checkPage, StringComparison.Ordinal);
            Assert.Null(await db.People.Where(p => p.GivenName == "Ann" && p.FamilyName == "Patel").Select(p => (Guid?)p.Id).FirstOrDefaultAsync(Cancel));

            await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync("/admin/years/election?handler=Confirm", result, formPage: "/admin/years/election"), "recording the election");
        }

        Guid nextYear;
        await using (var db = Db())
        {
            var almond = (await db.People.ToListAsync(Cancel)).Single(p => p.FullName == "Richard Almond");
            Assert.Equal(ElectionDay, almond.CouncillorUntil);
            Assert.All(await db.Memberships.Where(m => m.PersonId == almond.Id).ToListAsync(Cancel), m => Assert.Equal(ElectionDay, m.To));
            Assert.True(await db.People.AnyAsync(p => p.GivenName == "Ann" && p.FamilyName == "Patel" && p.IsCouncillor, Cancel));
            var year = await db.MunicipalYears.SingleAsync(y => y.StartsOn == NextStarts, Cancel);
            Assert.Equal(ElectionDay, year.ElectionOn);
            nextYear = year.Id;
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityId == almond.Id && a.Action == "Modified", Cancel));
        }

        await using (var db = Db())
        {
            var thisYear = await db.MunicipalYears.Where(y => y.StartsOn == new LocalDate(2017, 5, 18)).Select(y => y.Id).SingleAsync(Cancel);
            var rollOver = $"/admin/years/{thisYear}/roll-over";
            var proposal = PlainWords.VisibleText(WebUtility.HtmlDecode(await clerk.GetPageAsync(rollOver)));
            Assert.Contains("Labour reserves for Overview and Scrutiny Committee", proposal, StringComparison.Ordinal);
            Assert.Contains("In order: 1. Councillor Jeff Anderson, 2. Councillor Christine Robson", proposal, StringComparison.Ordinal);
            // The Overview and Scrutiny Committee's list: another test in this class may add a board with reserves of its own.
            var scrutiny = await db.Committees.Where(c => c.Name == "Overview and Scrutiny Committee").Select(c => c.Id).SingleAsync(Cancel);
            var list = await db.ReserveLists.Where(l => l.MunicipalYearId == thisYear && l.CommitteeId == scrutiny).Select(l => l.Id).SingleAsync(Cancel);
            await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync(rollOver, new() { ["ReserveListIds[0]"] = list.ToString(), ["Minute"] = "Council, 17 May 2018, minute 9" }), "rolling the year over");
        }

        await using var stored = Db();
        var carried = await stored.ReserveLists.Include(l => l.Entries).SingleAsync(l => l.MunicipalYearId == nextYear && stored.Committees.Any(c => c.Id == l.CommitteeId && c.Name == "Overview and Scrutiny Committee"), Cancel);
        var names = await stored.People.ToDictionaryAsync(p => p.Id, p => p.FullName, Cancel);
        Assert.Equal(["Jeff Anderson", "Christine Robson"], carried.InOrder().Select(e => names[e.PersonId]));
    }

    [Fact]
    public async Task A_year_ending_before_it_starts_is_refused_naming_the_field_and_nothing_is_stored()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        int years;
        await using (var db = Db())
        {
            years = await db.MunicipalYears.CountAsync(Cancel);
        }

        var backwards = await clerk.PostFormAsync("/admin/years", Date("Ends", new LocalDate(2020, 5, 1), Date("Starts", new LocalDate(2020, 5, 20), [])));

        Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
        Assert.Equal("The year must end after it starts (20 May 2020)", await DemoMeetingToRecord.ErrorSummaryAsync(backwards));
        Assert.Contains("href=\"#ends-day\"", await backwards.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var check = Db();
        Assert.Equal(years, await check.MunicipalYears.CountAsync(Cancel));
    }

    [Fact]
    public async Task The_public_body_page_shows_its_vacancies_and_reserves_in_order_and_the_staff_page_the_minute_of_an_appointment()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var created = await clerk.PostFormAsync("/admin/bodies/new", new() { ["Form.Name"] = "Health Partnership Board", ["Form.Type"] = "PartnershipBoard", ["Form.Quorum"] = "", ["Form.ParentId"] = "", ["Form.Seats"] = "3" });
        await DemoMeetingToRecord.AssertRedirectedAsync(created, "adding the board");
        var bodyPage = created.Headers.Location!.OriginalString;
        await using (var db = Db())
        {
            var people = await db.People.ToListAsync(Cancel);
            Guid Person(string name) => people.Single(p => p.FullName == name).Id;
            var labour = await db.PartyGroups.Where(g => g.Name == "Labour").Select(g => g.Id).SingleAsync(Cancel);
            await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{bodyPage}?handler=AddSeat",
                Date("Start", new LocalDate(2017, 9, 25), new() { ["PersonId"] = Person("Sachin Shah").ToString(), ["Role"] = "Chair", ["Voting"] = "", ["Minute"] = "Cabinet, 21 September 2017, minute 88" }), formPage: bodyPage), "adding the chair");
            foreach (var reserve in new[] { "Christine Robson", "Jeff Anderson" })
            {
                await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{bodyPage}?handler=AddReserve",
                    new() { ["ReserveGroupId"] = labour.ToString(), ["ReservePersonId"] = Person(reserve).ToString() }, formPage: bodyPage), $"adding {reserve} as a reserve");
            }
        }

        Assert.Contains("Appointed by Cabinet, 21 September 2017, minute 88", PlainWords.VisibleText(await clerk.GetPageAsync(bodyPage)), StringComparison.Ordinal);
        var board = string.Join(' ', PlainWords.VisibleText(WebUtility.HtmlDecode(await site.Client.GetStringAsync("/committees/health-partnership-board", Cancel))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 vacancies of 3 seats.", board, StringComparison.Ordinal);
        Assert.Contains("Labour reserves Councillor Christine Robson Councillor Jeff Anderson", board, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Date(string name, LocalDate date, Dictionary<string, string> fields)
    {
        fields[$"{name}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture);
        fields[$"{name}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture);
        fields[$"{name}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture);
        return fields;
    }
}
