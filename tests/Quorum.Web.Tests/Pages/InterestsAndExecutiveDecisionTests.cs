using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>The published register of interests (sensitive entries by existence only) and the executive decision notices, on the demo council.</summary>
public sealed class InterestsAndExecutiveDecisionTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task The_person_page_shows_the_current_register_under_its_statutory_headings_and_the_history_page_the_ended_entries()
    {
        await using var db = Open();
        var replaced = await db.RegisteredInterests.FirstAsync(i => i.ReplacesId != null && !i.Sensitive, Cancel);
        var ended = await db.RegisteredInterests.SingleAsync(i => i.Id == replaced.ReplacesId, Cancel);
        var person = await db.People.SingleAsync(p => p.Id == replaced.PersonId, Cancel);

        var page = WebUtility.HtmlDecode(await site.Client.GetStringAsync($"/people/{person.Slug.Value}", Cancel));
        Assert.Contains("Register of interests", page);
        Assert.Contains("Employment, office, trade, profession or vocation", page);
        Assert.Contains(replaced.Description, page);
        Assert.Contains("Setting the Council Tax", page);
        Assert.Contains($"/people/{person.Slug.Value}/interests", page);

        var history = WebUtility.HtmlDecode(await site.Client.GetStringAsync($"/people/{person.Slug.Value}/interests", Cancel));
        Assert.Contains(ended.Description, history);
        Assert.Contains("ended", history);
    }

    [Fact]
    public async Task A_sensitive_interest_shows_that_it_exists_and_never_its_details()
    {
        await using var db = Open();
        var sensitive = await db.RegisteredInterests.FirstAsync(i => i.Sensitive, Cancel);
        var person = await db.People.SingleAsync(p => p.Id == sensitive.PersonId, Cancel);
        foreach (var path in new[] { $"/people/{person.Slug.Value}", $"/people/{person.Slug.Value}/interests" })
        {
            var page = WebUtility.HtmlDecode(await site.Client.GetStringAsync(path, Cancel));
            Assert.Contains("withheld under section 32(2) of the Localism Act 2011", page);
            Assert.DoesNotContain(sensitive.Description, page);
        }
    }

    [Fact]
    public async Task Executive_decision_notices_give_reasons_alternatives_and_the_call_in_period_and_an_unpublished_decision_is_not_found()
    {
        await using var db = Open();
        var calledIn = await db.ExecutiveDecisions.FirstAsync(d => d.Status == ExecutiveDecisionStatus.CalledIn, Cancel);
        var list = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/decisions/executive", Cancel));
        Assert.Contains("Executive decisions", list);
        Assert.Contains("Called in for scrutiny", list);

        var notice = WebUtility.HtmlDecode(await site.Client.GetStringAsync($"/decisions/executive/{calledIn.Id}", Cancel));
        Assert.Contains(calledIn.Title, notice);
        Assert.Contains(calledIn.Reasons, notice);
        Assert.Contains(calledIn.AlternativesRejected, notice);
        Assert.Contains($"Open until {calledIn.CallInEnds!.Value.ToString("d MMMM uuuu", null)}", notice);
        Assert.Contains("Called in on", notice);

        // A decision made but whose notice is not yet published has no public page.
        var cabinet = await db.Committees.FirstAsync(c => c.Id == calledIn.CommitteeId, Cancel);
        var made = new ExecutiveDecision { CommitteeId = cabinet.Id, DecisionMaker = "Cabinet", Title = "Unpublished decision", Decision = "That the scheme be approved.", DecidedOn = calledIn.DecidedOn };
        made.Explain("Reasons", "None");
        db.ExecutiveDecisions.Add(made);
        await db.SaveChangesAsync(Cancel);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/decisions/executive/{made.Id}", Cancel)).StatusCode);
    }
}
