using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.People;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Interests;

/// <summary>
/// Democratic Services keeping the members' registers of interests on the demo council, over the real socket: what
/// the clerk records reaches the public pages at once, a sensitive interest never does beyond its existence, and
/// the rules (INT-3, INT-6) refuse with the field or rule named and nothing stored.
/// </summary>
public sealed class RegisterOfInterestsTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly LocalDate Today = DemoSite.Today;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_clerk_adds_an_entry_and_the_public_page_shows_it_at_once_and_the_change_is_audited()
    {
        var person = await CouncillorAsync(skip: 0);
        const string description = "Trustee, Brentmoor Kite Flyers' Association";
        // Read the public page first, so it sits in the output cache and the change must evict it.
        Assert.DoesNotContain(description, await PublicPageAsync($"/people/{person.Slug.Value}"), StringComparison.Ordinal);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains($"href=\"/admin/interests/{person.Id}\"", await clerk.GetPageAsync("/admin/interests"), StringComparison.Ordinal);

        var added = await AddAsync(clerk, person, new() { ["Category"] = nameof(InterestCategory.OtherRegistrable), ["Description"] = description });

        await DemoMeetingToRecord.AssertRedirectedAsync(added, "adding an entry");
        Assert.Equal($"/admin/interests/{person.Id}#register", added.Headers.Location!.OriginalString);
        Assert.Contains("Entry added under Other registrable interests.", WebUtility.HtmlDecode(await clerk.GetPageAsync(RegisterPage(person))), StringComparison.Ordinal);
        Assert.Contains(description, await PublicPageAsync($"/people/{person.Slug.Value}"), StringComparison.Ordinal);
        await using var db = Db();
        var entry = await db.RegisteredInterests.SingleAsync(i => i.PersonId == person.Id && i.Description == description, Cancel);
        Assert.Equal((Today, false), (entry.RegisteredOn, entry.Sensitive));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityType == nameof(RegisteredInterest) && a.EntityId == entry.Id && a.Action == "Added", Cancel));
    }

    [Fact]
    public async Task A_sensitive_entry_shows_only_that_it_exists_on_every_public_page_and_in_search_but_in_full_to_staff()
    {
        var person = await CouncillorWithoutSensitiveInterestsAsync();
        const string description = "Freehold of 9 Quillerbrook Mews, the member's second home";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var added = await AddAsync(clerk, person, new() { ["Category"] = nameof(InterestCategory.Land), ["Description"] = description, ["Sensitive"] = "true" });

        await DemoMeetingToRecord.AssertRedirectedAsync(added, "adding a sensitive entry");
        foreach (var path in new[] { $"/people/{person.Slug.Value}", $"/people/{person.Slug.Value}/interests" })
        {
            var page = await PublicPageAsync(path);
            Assert.DoesNotContain("Quillerbrook", page, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("The member has an interest under this heading whose details are withheld under section 32(2) of the Localism Act 2011.", page, StringComparison.Ordinal);
        }
        var search = await PublicPageAsync("/search?q=Quillerbrook");
        Assert.Contains("There are no matching results.", search, StringComparison.Ordinal);
        Assert.DoesNotContain(description, search, StringComparison.Ordinal);
        var staff = WebUtility.HtmlDecode(await clerk.GetPageAsync(RegisterPage(person)));
        Assert.Contains(description, staff, StringComparison.Ordinal);
        Assert.Contains("Sensitive – published as existence only", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amending_an_entry_keeps_the_old_wording_in_the_public_history_with_its_end_date()
    {
        var person = await CouncillorAsync(skip: 2);
        RegisteredInterest old;
        await using (var db = Db())
        {
            old = await db.RegisteredInterests.FirstAsync(i => i.PersonId == person.Id && i.EndedOn == null && !i.Sensitive && i.Category == InterestCategory.EmploymentOfficeTradeProfessionOrVocation, Cancel);
        }
        const string wording = "Employed by Brentmoor Cycle Hire Ltd as a mechanic";
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var amended = await clerk.PostFormAsync($"{RegisterPage(person)}?handler=Amend", WithDate("ChangedOn", Today, new() { ["EntryId"] = old.Id.ToString(), ["NewDescription"] = wording }), formPage: RegisterPage(person));

        await DemoMeetingToRecord.AssertRedirectedAsync(amended, "amending an entry");
        var history = await PublicPageAsync($"/people/{person.Slug.Value}/interests");
        Assert.Contains(old.Description, history, StringComparison.Ordinal);
        Assert.Contains($"ended {Today.ToString("d MMMM uuuu", null)}", history, StringComparison.Ordinal);
        var current = await PublicPageAsync($"/people/{person.Slug.Value}");
        Assert.Contains(wording, current, StringComparison.Ordinal);
        Assert.DoesNotContain(old.Description, current, StringComparison.Ordinal);
        await using var check = Db();
        Assert.Equal(Today, (await check.RegisteredInterests.SingleAsync(i => i.Id == old.Id, Cancel)).EndedOn);
        Assert.Equal(wording, (await check.RegisteredInterests.SingleAsync(i => i.ReplacesId == old.Id, Cancel)).Description);
    }

    [Fact]
    public async Task A_dispensation_of_more_than_four_years_is_refused_with_INT_6_and_nothing_stored_and_one_of_four_years_is_granted()
    {
        var person = await CouncillorAsync(skip: 3);
        int before;
        await using (var db = Db())
        {
            before = await db.Dispensations.CountAsync(d => d.PersonId == person.Id, Cancel);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Dictionary<string, string> Grant(LocalDate expires) => WithDate("Expires", expires, WithDate("From", Today, new()
        {
            ["Scope"] = "Setting the council tax",
            ["Ground"] = nameof(DispensationGround.ImpedesBusiness),
            ["BodyId"] = "",
            ["GrantedBy"] = "Standards Committee",
            ["CoversDiscussion"] = "true",
            ["CoversVoting"] = "true",
        }));

        var refused = await clerk.PostFormAsync($"{RegisterPage(person)}?handler=Dispensation", Grant(Today.PlusYears(4).PlusDays(1)), formPage: RegisterPage(person));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var tooLong = await DemoMeetingToRecord.ErrorSummaryAsync(refused);
        Assert.StartsWith("A dispensation may not exceed four years", tooLong, StringComparison.Ordinal);
        Assert.EndsWith("Rule: Dispensations (Localism Act 2011, section 33).", tooLong, StringComparison.Ordinal);
        Assert.Contains("href=\"#expires-day\"", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using (var db = Db())
        {
            Assert.Equal(before, await db.Dispensations.CountAsync(d => d.PersonId == person.Id, Cancel));
        }

        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{RegisterPage(person)}?handler=Dispensation", Grant(Today.PlusYears(4)), formPage: RegisterPage(person)), "a four-year dispensation");
        Assert.Contains("Setting the council tax", await PublicPageAsync($"/people/{person.Slug.Value}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_impossible_date_a_blank_description_and_a_negative_value_are_refused_naming_the_field_or_rule_and_nothing_stored()
    {
        var person = await CouncillorAsync(skip: 4);
        int before;
        await using (var db = Db())
        {
            before = await db.RegisteredInterests.CountAsync(i => i.PersonId == person.Id, Cancel);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var impossible = await clerk.PostFormAsync($"{RegisterPage(person)}?handler=Add", new()
        {
            ["Category"] = nameof(InterestCategory.Licences),
            ["Description"] = "Licence to occupy a market pitch",
            ["Received.Day"] = "31",
            ["Received.Month"] = "2",
            ["Received.Year"] = "2026",
        }, formPage: RegisterPage(person));
        var blank = await AddAsync(clerk, person, new() { ["Category"] = nameof(InterestCategory.Licences), ["Description"] = "  " });
        var negative = await AddAsync(clerk, person, new() { ["Category"] = nameof(InterestCategory.GiftsAndHospitality), ["Description"] = "Dinner", ["Donor"] = "Acme Ltd", ["Value"] = "-40" });

        Assert.Equal("The date the Monitoring Officer received the notification must be a real date, for example 27 3 2026", await DemoMeetingToRecord.ErrorSummaryAsync(impossible));
        Assert.Contains("href=\"#received-day\"", await impossible.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.StartsWith("A register entry needs a description", await DemoMeetingToRecord.ErrorSummaryAsync(blank), StringComparison.Ordinal);
        Assert.Contains("href=\"#description\"", await blank.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.StartsWith("The estimated value of a gift or hospitality cannot be negative", await DemoMeetingToRecord.ErrorSummaryAsync(negative), StringComparison.Ordinal);
        Assert.Contains("href=\"#value\"", await negative.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using var check = Db();
        Assert.Equal(before, await check.RegisteredInterests.CountAsync(i => i.PersonId == person.Id, Cancel));
    }

    [Theory]
    [InlineData("author")]
    [InlineData("councillor")]
    public async Task Only_Democratic_Services_and_administrators_open_the_registers(string account)
    {
        var person = await CouncillorAsync(skip: 0);
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        foreach (var path in new[] { "/admin/interests", RegisterPage(person) })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Changing_a_register_without_the_antiforgery_token_is_refused()
    {
        var person = await CouncillorAsync(skip: 5);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var forged = await clerk.PostRawAsync($"{RegisterPage(person)}?handler=Add", WithDate("Received", Today, new() { ["Category"] = nameof(InterestCategory.Sponsorship), ["Description"] = "Forged entry" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var db = Db();
        Assert.False(await db.RegisteredInterests.AnyAsync(i => i.Description == "Forged entry", Cancel));
    }

    [Fact]
    public async Task A_co_opted_member_with_a_vote_has_a_register_the_clerk_keeps_and_a_non_voting_adviser_is_not_listed()
    {
        Person voting, adviser;
        await using (var db = Db())
        {
            IQueryable<Person> CoOpted(VotingRight right) => db.People.Where(p => !p.IsCouncillor && db.Memberships.Any(m =>
                m.PersonId == p.Id && m.Role == MembershipRole.CoOpted && m.VotingRight == right && m.From <= Today && (m.To == null || m.To >= Today)));
            voting = await CoOpted(VotingRight.EducationItemsOnly).OrderBy(p => p.FamilyName).FirstAsync(Cancel);
            adviser = await CoOpted(VotingRight.None).OrderBy(p => p.FamilyName).FirstAsync(Cancel);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var list = WebUtility.HtmlDecode(await clerk.GetPageAsync("/admin/interests"));
        var coOpted = list[list.IndexOf("id=\"co-opted\"", StringComparison.Ordinal)..];
        Assert.Contains($"href=\"/admin/interests/{voting.Id}\"", coOpted, StringComparison.Ordinal);
        Assert.Contains("Overview and Scrutiny Committee", coOpted, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/admin/interests/{adviser.Id}\"", list, StringComparison.Ordinal);

        const string description = "Governor, Brentmoor Church of England Primary School";
        await DemoMeetingToRecord.AssertRedirectedAsync(
            await AddAsync(clerk, voting, new() { ["Category"] = nameof(InterestCategory.OtherRegistrable), ["Description"] = description }), "adding a co-optee's entry");

        Assert.Contains(description, await PublicPageAsync($"/people/{voting.Slug.Value}"), StringComparison.Ordinal);
    }

    private static string RegisterPage(Person person) => $"/admin/interests/{person.Id}";

    /// <summary>
    /// A councillor of the demo council, a different one for each test (the tests share one database); every
    /// councillor has a current employment entry, which no test ends, so the order never shifts.
    /// </summary>
    private async Task<Person> CouncillorAsync(int skip)
    {
        await using var db = Db();
        return await db.People
            .Where(p => p.IsCouncillor && db.RegisteredInterests.Any(i => i.PersonId == p.Id && i.EndedOn == null && i.Category == InterestCategory.EmploymentOfficeTradeProfessionOrVocation))
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Skip(skip).FirstAsync(Cancel);
    }

    /// <summary>The last councillor by name with no sensitive entry, so a withheld entry on their pages can only be the test's.</summary>
    private async Task<Person> CouncillorWithoutSensitiveInterestsAsync()
    {
        await using var db = Db();
        return await db.People
            .Where(p => p.IsCouncillor && !db.RegisteredInterests.Any(i => i.PersonId == p.Id && i.Sensitive))
            .OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName)
            .FirstAsync(Cancel);
    }

    private static Task<HttpResponseMessage> AddAsync(StaffClient clerk, Person person, Dictionary<string, string> fields)
        => clerk.PostFormAsync($"{RegisterPage(person)}?handler=Add", WithDate("Received", Today, fields), formPage: RegisterPage(person));

    /// <summary>The fields of a GOV.UK date input named <paramref name="name"/>, added to <paramref name="fields"/>.</summary>
    private static Dictionary<string, string> WithDate(string name, LocalDate date, Dictionary<string, string> fields)
    {
        fields[$"{name}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields[$"{name}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    private async Task<string> PublicPageAsync(string path) => WebUtility.HtmlDecode(await site.Client.GetStringAsync(path, Cancel));
}
