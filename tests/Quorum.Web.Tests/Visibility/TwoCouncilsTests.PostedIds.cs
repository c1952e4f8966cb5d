using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Data;
using Quorum.Data.Staff;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Visibility;

public abstract partial class TwoCouncilsTests
{
    [Fact]
    public async Task A_councils_clerk_posting_the_other_councils_ids_in_a_form_or_query_is_refused_and_nothing_changes()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        const string password = "Harrow-only-clerk-2017!";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var account = new StaffUser { UserName = "harrow.clerk", DisplayName = "Harrow committee clerk", CouncilId = site.HarrowCouncil.Council.Id };
            Assert.True((await users.CreateAsync(account, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(account, StaffRoles.Clerk)).Succeeded);
        }
        using var clerk = new StaffClient(site.BaseAddress, host: TwoCouncilsSite.HarrowHost);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SignInAsync("harrow.clerk", password)).StatusCode);

        var (harrow, wendlow) = (site.HarrowCouncil, site.WendlowCouncil);
        var body = $"/admin/bodies/{harrow.Committee(Scrutiny).Id}";
        var meeting = harrow.Meeting(Scrutiny, SiteHost.HeldOn).Id;
        var record = $"/admin/meetings/{meeting}/record";
        var report = $"/admin/reports/{harrow.Reports[0].Id}";
        var theirPerson = wendlow.Person("Ada Quillfeather").Id.ToString();
        var theirBody = wendlow.Committee("Cabinet").Id.ToString();
        var theirItem = wendlow.Item(SiteHost.HeldOn, 1).Id;
        Guid theirSeat;
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            theirSeat = await db.Memberships.Where(m => m.CommitteeId == wendlow.Committee(Scrutiny).Id).Select(m => m.Id).FirstAsync(Cancel);
        }
        var start = DateFields("Start", Today);
        // Each kind of id a staff form or link carries, given the other council's record.
        var posts = new (string What, string Path, string FormPage, Dictionary<string, string> Fields)[]
        {
            ("a seat for their person", $"{body}?handler=AddSeat", body, new(start) { ["PersonId"] = theirPerson, ["Role"] = "Member" }),
            ("their person as a reserve", $"{body}?handler=AddReserve", body, new() { ["ReserveGroupId"] = harrow.Party("Labour").Id.ToString(), ["ReservePersonId"] = theirPerson }),
            ("their group's reserve list", $"{body}?handler=AddReserve", body, new() { ["ReserveGroupId"] = wendlow.Party("Independent").Id.ToString(), ["ReservePersonId"] = harrow.Person("Jeff Anderson").Id.ToString() }),
            ("their person as a substitute", $"{body}?handler=AddSubstitute", body, new() { ["SubstitutePersonId"] = theirPerson, ["SubstituteOrganisation"] = "Wendlow" }),
            ("ending their seat", $"{body}?handler=EndSeat", body, new(DateFields("LastDay", Today)) { ["MembershipId"] = theirSeat.ToString() }),
            ("their person as a reserve attending", $"{record}?handler=Reserve", record, new() { ["ReserveId"] = theirPerson, ["ReserveFor"] = harrow.Person("Jerry Miles").Id.ToString() }),
            ("their person as a substitute attending", $"{record}?handler=Substitute", record, new() { ["SubstituteId"] = theirPerson, ["SubstituteFor"] = harrow.Person("Jerry Miles").Id.ToString() }),
            ("their person in attendance", $"{record}?handler=InAttendance", record, new() { ["InAttendanceId"] = theirPerson, ["Capacity"] = "Officer" }),
            ("their person declaring", $"{record}/items/1?handler=Declare", $"{record}/items/1", new() { ["DeclarantId"] = theirPerson, ["Kind"] = "OtherRegistrable", ["Nature"] = "Lives nearby", ["DeclarationOutcome"] = "Remained" }),
            ("their item as the report's next meeting", $"{report}?handler=TakeOn", report, new() { ["NextItemId"] = theirItem.ToString(), ["NextPurpose"] = "ForComment", ["NextRecommendation"] = "To note." }),
            ("a meeting of their body", "/admin/meetings/new", "/admin/meetings/new", new(DateFields("Date", TwoCouncilsSite.NextMeeting.PlusDays(7))) { ["CommitteeId"] = theirBody, ["StartTime"] = "19:00", ["Venue"] = "Harrow Civic Centre" }),
            ("a decision of their body", "/admin/decisions/new", "/admin/decisions/new", new(DateFields("DecidedOn", Today))
            {
                ["CommitteeId"] = theirBody, ["MinuteId"] = "", ["DecisionMaker"] = "Leader", ["DecisionTitle"] = "Parking", ["Decision"] = "Approved.",
                ["Reasons"] = "Cost.", ["AlternativesRejected"] = "None.", ["ConflictsDeclared"] = "", ["KeyDecision"] = "false",
            }),
            ("removing their agenda item", $"/admin/meetings/{meeting}?handler=Remove&item={theirItem}", $"/admin/meetings/{meeting}", []),
        };
        // The forms do not offer the other council's bodies in the first place.
        foreach (var (path, theirs) in new[] { ("/admin/meetings/new", theirBody), ("/admin/decisions/new", theirBody), ("/admin/reports", wendlow.Committee(Scrutiny).Id.ToString()) })
        {
            var page = await clerk.GetPageAsync(path);
            Assert.Contains(harrow.Committee("Cabinet").Id.ToString(), page, StringComparison.Ordinal);
            Assert.DoesNotContain(theirs, page, StringComparison.Ordinal);
        }

        var before = await FingerprintAsync(site);
        foreach (var (what, path, formPage, fields) in posts)
        {
            using var response = await clerk.PostFormAsync(path, fields, formPage);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: answered {(int)response.StatusCode}");
        }
        Assert.Equal(before, await FingerprintAsync(site));

        // The same form with Harrow's own person is accepted, so the refusals above were the guard's, not the form's.
        using var own = await clerk.PostFormAsync($"{body}?handler=AddSeat", new(start) { ["PersonId"] = harrow.Person("Jeff Anderson").Id.ToString(), ["Role"] = "Member" }, body);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.NotEqual(before, await FingerprintAsync(site));
    }

    /// <summary>How many of each record the posts above could add, change or remove, and the audit log's length.</summary>
    private static async Task<string> FingerprintAsync(TwoCouncilsSite site)
    {
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        var counts = new[]
        {
            await db.Memberships.IgnoreQueryFilters().CountAsync(m => m.To == null, Cancel),
            await db.ReserveListEntries.IgnoreQueryFilters().CountAsync(Cancel),
            await db.Substitutes.IgnoreQueryFilters().CountAsync(Cancel),
            await db.Attendances.IgnoreQueryFilters().CountAsync(Cancel),
            await db.Declarations.IgnoreQueryFilters().CountAsync(Cancel),
            await db.Consultations.IgnoreQueryFilters().CountAsync(Cancel),
            await db.Meetings.IgnoreQueryFilters().CountAsync(Cancel),
            await db.ExecutiveDecisions.IgnoreQueryFilters().CountAsync(Cancel),
            await db.AgendaItems.CountAsync(Cancel),
            await db.AuditEntries.CountAsync(Cancel),
        };
        return string.Join(',', counts.Select(c => c.ToString(CultureInfo.InvariantCulture)));
    }
}
