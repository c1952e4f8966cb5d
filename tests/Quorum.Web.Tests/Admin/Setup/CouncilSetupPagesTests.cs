using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Setup;

/// <summary>
/// Democratic Services setting a council up on the staff pages, over HTTP on the small Harrow site (not the demo): a
/// body made, members, a co-optee and a reserve added, the public committee page showing them at once; bad input
/// refused with the field named in the error summary and nothing stored; a body retired after asking; people,
/// groups and wards kept. The tests share the site's database, so each uses its own body and people.
/// </summary>
public sealed class CouncilSetupPagesTests(SiteHost site) : IClassFixture<SiteHost>
{
    private const string Scrutiny = "Overview and Scrutiny Committee";

    private static readonly LocalDate Today = new(2017, 9, 25);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_clerk_adds_a_body_with_a_chair_a_voting_co_optee_and_a_reserve_and_the_public_committee_page_shows_them_at_once_audited()
    {
        // Read the public list first, so it sits in the output cache and the change must evict it.
        Assert.DoesNotContain("Licensing Committee", await PublicPageAsync("/committees"), StringComparison.Ordinal);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains("href=\"/admin/bodies\"", await clerk.GetPageAsync("/admin"), StringComparison.Ordinal);

        var bodyPage = await CreateBodyAsync(clerk, "Licensing Committee", nameof(BodyType.Committee), quorum: "3");
        var added = await clerk.PostFormAsync("/admin/people/new", new() { ["Form.Title"] = "Mrs", ["Form.GivenName"] = "Ann", ["Form.FamilyName"] = "Baker" });
        await DemoMeetingToRecord.AssertRedirectedAsync(added, "adding a person");
        var cooptee = Guid.Parse(added.Headers.Location!.OriginalString.Split('/')[^1]);
        await DemoMeetingToRecord.AssertRedirectedAsync(await AddSeatAsync(clerk, bodyPage, await PersonAsync("Richard Almond"), nameof(MembershipRole.Chair)), "adding the chair");
        await DemoMeetingToRecord.AssertRedirectedAsync(await AddSeatAsync(clerk, bodyPage, cooptee, nameof(MembershipRole.CoOpted), new() { ["Voting"] = nameof(VotingRight.Full), ["Organisation"] = "Harrow Licensed Victuallers" }), "adding the co-optee");
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{bodyPage}?handler=AddReserve", new() { ["ReserveGroupId"] = (await GroupAsync("Conservative")).ToString(), ["ReservePersonId"] = (await PersonAsync("Barry Macleod-Cullinane")).ToString() }, formPage: bodyPage), "adding a reserve");

        var staff = PlainWords.VisibleText(await clerk.GetPageAsync(bodyPage));
        PlainWords.AssertPlain(staff, bodyPage);
        Assert.Contains("Councillor Richard Almond Chair Voting", Squeezed(staff), StringComparison.Ordinal);
        Assert.Contains("Mrs Ann Baker Co-opted member Voting For Harrow Licensed Victuallers", Squeezed(staff), StringComparison.Ordinal);
        Assert.Contains("Conservative reserves, 2017-2018 Councillor Barry Macleod-Cullinane", Squeezed(staff), StringComparison.Ordinal);
        Assert.Contains("Licensing Committee", await PublicPageAsync("/committees"), StringComparison.Ordinal);
        var committee = await PublicPageAsync("/committees/licensing-committee");
        Assert.Contains("Richard Almond", committee, StringComparison.Ordinal);
        Assert.Contains("Ann Baker", committee, StringComparison.Ordinal);
        await using var db = Db();
        var body = await db.Committees.SingleAsync(c => c.Name == "Licensing Committee", Cancel);
        Assert.Equal((BodyType.Committee, (int?)3), (body.BodyType, body.Quorum));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityType == nameof(Committee) && a.EntityId == body.Id && a.Action == "Added", Cancel));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityType == nameof(Membership) && a.Action == "Added", Cancel));
    }

    [Fact]
    public async Task A_second_chair_a_seat_ending_before_it_starts_and_a_reserve_from_another_group_are_refused_naming_the_field_and_nothing_is_stored()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var scrutiny = await BodyAsync(Scrutiny);
        var page = $"/admin/bodies/{scrutiny}";
        int seats;
        await using (var db = Db())
        {
            seats = await db.Memberships.CountAsync(m => m.CommitteeId == scrutiny, Cancel);
        }

        var secondChair = await AddSeatAsync(clerk, page, await PersonAsync("Christine Robson"), nameof(MembershipRole.Chair));
        var backwards = await AddSeatAsync(clerk, page, await PersonAsync("Christine Robson"), nameof(MembershipRole.Member), Date("End", Today.PlusDays(-1), []));
        var outsider = await clerk.PostFormAsync($"{page}?handler=AddReserve", new() { ["ReserveGroupId"] = (await GroupAsync("Labour")).ToString(), ["ReservePersonId"] = (await PersonAsync("Richard Almond")).ToString() }, formPage: page);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (secondChair.StatusCode, backwards.StatusCode, outsider.StatusCode));
        Assert.Equal($"A second chair of {Scrutiny} at the same time: Phillip O'Dell is chair from 18 May 2017", await DemoMeetingToRecord.ErrorSummaryAsync(secondChair));
        Assert.Contains("href=\"#role\"", await secondChair.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("The membership ends (24 September 2017) before it starts (25 September 2017)", await DemoMeetingToRecord.ErrorSummaryAsync(backwards));
        Assert.Contains("href=\"#end-day\"", await backwards.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal("Richard Almond is not in the Labour group (their group is Conservative), so cannot be one of its reserves", await DemoMeetingToRecord.ErrorSummaryAsync(outsider));
        Assert.Contains("href=\"#reserve-person\"", await outsider.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var check = Db();
        Assert.Equal(seats, await check.Memberships.CountAsync(m => m.CommitteeId == scrutiny, Cancel));
        Assert.False(await check.ReserveListEntries.AnyAsync(e => e.PersonId == check.People.Single(p => p.FamilyName == "Almond").Id, Cancel));
    }

    [Fact]
    public async Task Retiring_a_body_asks_first_then_ends_its_seats_and_it_is_listed_as_retired_and_offered_for_no_new_meeting()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var bodyPage = await CreateBodyAsync(clerk, "Appeals Panel", nameof(BodyType.Panel));
        await DemoMeetingToRecord.AssertRedirectedAsync(await AddSeatAsync(clerk, bodyPage, await PersonAsync("Sachin Shah"), nameof(MembershipRole.Member), Date("Start", new LocalDate(2017, 6, 1), [])), "adding a member");

        var confirm = PlainWords.VisibleText(await clerk.GetPageAsync($"{bodyPage}/retire"));
        Assert.Contains("Are you sure you want to retire this body?", confirm, StringComparison.Ordinal);
        Assert.Contains("This cannot be undone. The 1 seat still held will end on the last day", confirm, StringComparison.Ordinal);
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{bodyPage}/retire", Date("LastDay", Today, [])), "retiring");

        var page = PlainWords.VisibleText(await clerk.GetPageAsync(bodyPage));
        Assert.Contains("Its last day was 25 September 2017.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a member", page, StringComparison.Ordinal);
        Assert.Contains("Appeals Panel</a>, retired 25 September 2017", await clerk.GetPageAsync("/admin/bodies"), StringComparison.Ordinal);
        Assert.DoesNotContain("Appeals Panel", await clerk.GetPageAsync("/admin/meetings/new"), StringComparison.Ordinal);
        // The public list keeps it, apart, so its past meetings can still be found.
        var former = PlainWords.VisibleText(await PublicPageAsync("/committees"));
        Assert.Matches(@"Former bodies\s+Appeals Panel\s+Retired on 25 September 2017", former);
        await using var db = Db();
        var body = await db.Committees.Include(c => c.Memberships).SingleAsync(c => c.Name == "Appeals Panel", Cancel);
        Assert.Equal((Today, (LocalDate?)Today), (body.RetiredOn!.Value, Assert.Single(body.Memberships).To));
    }

    [Fact]
    public async Task A_clerk_adds_a_ward_corrects_a_name_keeping_the_old_spelling_and_is_refused_a_duplicate_naming_the_field()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync("/admin/people/groups-and-wards?handler=Ward", new() { ["WardName"] = "Roxbourne" }, formPage: "/admin/people/groups-and-wards"), "adding a ward");
        var twice = await clerk.PostFormAsync("/admin/people/groups-and-wards?handler=Ward", new() { ["WardName"] = "roxbourne" }, formPage: "/admin/people/groups-and-wards");
        Assert.Equal("The council already has a ward called Roxbourne", await DemoMeetingToRecord.ErrorSummaryAsync(twice));
        Assert.Contains("href=\"#ward-name\"", await twice.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var jenny = await PersonAsync("Jenny Hall");
        var corrected = await clerk.PostFormAsync($"/admin/people/{jenny}", new() { ["Form.GivenName"] = "Jennifer", ["Form.FamilyName"] = "Hall" });
        await DemoMeetingToRecord.AssertRedirectedAsync(corrected, "correcting a name");
        var duplicate = await clerk.PostFormAsync("/admin/people/new", new() { ["Form.GivenName"] = "Jerry", ["Form.FamilyName"] = "Miles", ["Form.IsCouncillor"] = "true" });
        Assert.StartsWith("Councillor Jerry Miles is already called Jerry Miles", await DemoMeetingToRecord.ErrorSummaryAsync(duplicate), StringComparison.Ordinal);
        Assert.Contains("href=\"#family-name\"", await duplicate.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var people = PlainWords.VisibleText(await clerk.GetPageAsync("/admin/people"));
        PlainWords.AssertPlain(people, "/admin/people");
        Assert.Contains("Jennifer Hall", people, StringComparison.Ordinal);
        await using var db = Db();
        var stored = await db.People.SingleAsync(p => p.Id == jenny, Cancel);
        Assert.Equal("Jennifer", stored.GivenName);
        Assert.Equal(["Jenny Hall"], stored.Aliases);
        Assert.True(await db.Wards.AnyAsync(w => w.Name == "Roxbourne", Cancel));
    }

    [Fact]
    public async Task The_set_up_pages_are_for_Democratic_Services_and_administrators_only()
    {
        using var councillor = await StaffClient.SignedInAsync(site.BaseAddress, "councillor");
        foreach (var path in new[] { "/admin/bodies", "/admin/bodies/new", "/admin/people", "/admin/people/groups-and-wards" })
        {
            var response = await councillor.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode} to a councillor");
            Assert.DoesNotContain(path, response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
    }

    private static async Task<string> CreateBodyAsync(StaffClient clerk, string name, string type, string quorum = "")
    {
        var created = await clerk.PostFormAsync("/admin/bodies/new", new() { ["Form.Name"] = name, ["Form.Type"] = type, ["Form.Quorum"] = quorum, ["Form.ParentId"] = "" });
        await DemoMeetingToRecord.AssertRedirectedAsync(created, $"adding {name}");
        return created.Headers.Location!.OriginalString;
    }

    private static Task<HttpResponseMessage> AddSeatAsync(StaffClient clerk, string bodyPage, Guid person, string role, Dictionary<string, string>? more = null)
    {
        var fields = new Dictionary<string, string> { ["PersonId"] = person.ToString(), ["Role"] = role, ["Voting"] = "" };
        foreach (var (key, value) in more ?? [])
        {
            fields[key] = value;
        }
        if (!fields.ContainsKey("Start.Day"))
        {
            Date("Start", Today, fields);
        }
        return clerk.PostFormAsync($"{bodyPage}?handler=AddSeat", fields, formPage: bodyPage);
    }

    private static Dictionary<string, string> Date(string name, LocalDate date, Dictionary<string, string> fields)
    {
        fields[$"{name}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    private async Task<Guid> PersonAsync(string name)
    {
        await using var db = Db();
        var people = await db.People.ToListAsync(Cancel);
        return people.Single(p => p.FullName == name || p.Aliases.Contains(name)).Id;
    }

    private async Task<Guid> GroupAsync(string name)
    {
        await using var db = Db();
        return await db.PartyGroups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync(Cancel);
    }

    private async Task<Guid> BodyAsync(string name)
    {
        await using var db = Db();
        return await db.Committees.Where(c => c.Name == name).Select(c => c.Id).SingleAsync(Cancel);
    }

    /// <summary>Visible text with runs of white space made one space, so a row reads as a line.</summary>
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<string> PublicPageAsync(string path) => WebUtility.HtmlDecode(await site.Client.GetStringAsync(path, Cancel));
}
