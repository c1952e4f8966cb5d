using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Participation;
using Quorum.Web.Tests.Admin.Meetings.Record;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Petitions;

/// <summary>
/// Democratic Services deciding a petition over the real socket: publishing and rejecting are each confirmed on a
/// page of their own that says who is told what and that the decision is final, and nothing changes until then.
/// </summary>
public sealed class PetitionDecisionTests(SiteHost site) : IClassFixture<SiteHost>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task Publishing_a_petition_asks_first_saying_what_residents_will_see_and_that_it_cannot_be_taken_back()
    {
        var petition = await ReceivedAsync("Resurface the footpath through Canons Park", "Rosa Starter");
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var petitionPage = $"/admin/petitions/{petition.Id}";
        var publishPage = $"{petitionPage}/publish";
        var page = await clerk.GetPageAsync(petitionPage);
        Assert.Contains($"href=\"{publishPage}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Publish", page, StringComparison.Ordinal);

        var confirm = await clerk.GetPageAsync(publishPage);
        var text = PlainWords.VisibleText(confirm);
        Assert.Contains($"Are you sure you want to publish petition {petition.Number}?", text, StringComparison.Ordinal);
        Assert.Contains("Resurface the footpath through Canons Park", text, StringComparison.Ordinal);
        Assert.Contains("Rosa Starter will be emailed to say it is published", text, StringComparison.Ordinal);
        Assert.Contains("A published petition cannot be taken back", text, StringComparison.Ordinal);
        // What residents will see: the starter's name, never their address.
        Assert.DoesNotContain(petition.Email, text, StringComparison.OrdinalIgnoreCase);
        PlainWords.AssertPlain(text, publishPage);
        Assert.Equal(PetitionStatus.Received, await StatusAsync(petition.Id));

        await DemoMeetingToRecord.AssertRedirectedAsync(await clerk.PostFormAsync($"{petitionPage}?handler=Publish", [], formPage: publishPage), "publish");

        Assert.Equal(PetitionStatus.Published, await StatusAsync(petition.Id));
        Assert.Contains($"Petition {petition.Number} has already been published.", WebUtility.HtmlDecode(await clerk.GetPageAsync(publishPage)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_a_petition_shows_the_reason_its_starter_will_be_sent_and_rejects_only_once_confirmed()
    {
        const string reason = "It asks the council to close a road the county council is responsible for.";
        var petition = await ReceivedAsync("Close Uxbridge Road to through traffic", "Sam Starter");
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var rejectPage = $"/admin/petitions/{petition.Id}/reject";
        Assert.Contains($"href=\"{rejectPage}\"", await clerk.GetPageAsync($"/admin/petitions/{petition.Id}"), StringComparison.Ordinal);
        Assert.Contains("Why it cannot be published", await clerk.GetPageAsync(rejectPage), StringComparison.Ordinal);

        var blank = await clerk.PostFormAsync($"{rejectPage}?handler=Check", new() { ["Reason"] = "  " }, formPage: rejectPage);
        Assert.Equal("Enter why the petition cannot be published", await DemoMeetingToRecord.ErrorSummaryAsync(blank));

        var check = await clerk.PostFormAsync($"{rejectPage}?handler=Check", new() { ["Reason"] = reason }, formPage: rejectPage);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var text = PlainWords.VisibleText(await check.Content.ReadAsStringAsync(Cancel));
        Assert.Contains($"Are you sure you want to reject petition {petition.Number}?", text, StringComparison.Ordinal);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.Contains($"Sam Starter will be emailed at {petition.Email} that their petition could not be published", text, StringComparison.Ordinal);
        Assert.Contains("You cannot undo this", text, StringComparison.Ordinal);
        PlainWords.AssertPlain(text, rejectPage);
        Assert.Equal(PetitionStatus.Received, await StatusAsync(petition.Id));

        // "Change the reason" goes back to the form with the reason as written.
        var edit = WebUtility.HtmlDecode(await (await clerk.PostFormAsync($"{rejectPage}?handler=Edit", new() { ["Reason"] = reason }, formPage: rejectPage)).Content.ReadAsStringAsync(Cancel));
        Assert.Contains($">{reason}</textarea>", edit, StringComparison.Ordinal);

        var rejected = await clerk.PostFormAsync($"{rejectPage}?handler=Confirm", new() { ["Reason"] = reason }, formPage: rejectPage);
        await DemoMeetingToRecord.AssertRedirectedAsync(rejected, "reject");
        Assert.Equal($"/admin/petitions/{petition.Id}", rejected.Headers.Location!.OriginalString);
        await using (var db = Db())
        {
            var stored = await db.Petitions.SingleAsync(p => p.Id == petition.Id, Cancel);
            Assert.Equal(PetitionStatus.Rejected, stored.Status);
            Assert.Equal(reason, stored.RejectedBecause);
            var mail = await db.OutgoingMail.SingleAsync(m => m.To == petition.Email, Cancel);
            Assert.Contains(reason, mail.Text, StringComparison.Ordinal);
        }
        Assert.Contains($"Petition {petition.Number} has already been rejected.", WebUtility.HtmlDecode(await clerk.GetPageAsync(rejectPage)), StringComparison.Ordinal);
    }

    /// <summary>A petition as a resident sends it, waiting to be checked.</summary>
    private async Task<Petition> ReceivedAsync(string title, string startedBy)
    {
        await using var db = Db();
        var council = await db.Councils.Select(c => c.Id).SingleAsync(Cancel);
        var number = await db.Petitions.Where(p => p.CouncilId == council).Select(p => (int?)p.Number).MaxAsync(Cancel) ?? 0;
        var petition = new Petition
        {
            CouncilId = council,
            Number = number + 1,
            Title = title,
            Asks = $"We, the undersigned, ask the council to {title.ToLowerInvariant()}.",
            StartedBy = startedBy,
            Email = $"{startedBy.Replace(' ', '.').ToLowerInvariant()}@example.org",
            ClosesOn = new LocalDate(2017, 12, 31),
            ReceivedAt = site.Clock.Now,
        };
        db.Petitions.Add(petition);
        await db.SaveChangesAsync(Cancel);
        return petition;
    }

    private async Task<PetitionStatus> StatusAsync(Guid id)
    {
        await using var db = Db();
        return await db.Petitions.Where(p => p.Id == id).Select(p => p.Status).SingleAsync(Cancel);
    }
}
