using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.TestSupport;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>
/// The small council with the Community Safety Strategy (written for Overview and Scrutiny, 19 September 2017) able
/// to go on to Cabinet (12 October) and Council (16 November), an earlier Cabinet (5 September), and an exempt
/// contract report that could go to Cabinet too.
/// </summary>
public class JourneySite : SiteHost
{
    public Guid Report { get; private set; }

    public Guid ExemptReport { get; private set; }

    public Guid CabinetItem { get; private set; }

    public Guid CabinetContractItem { get; private set; }

    public Guid CouncilItem { get; private set; }

    public Guid EarlierItem { get; private set; }

    // One helper, so it can move to the shared test-council builder.
    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        var council = await db.Councils.SingleAsync();
        var cabinet = await db.Committees.SingleAsync(c => c.Slug == new Slug("cabinet"));
        var fullCouncil = new Committee { CouncilId = council.Id, Name = "Council", Slug = new Slug("council"), BodyType = BodyType.Council };
        db.Add(fullCouncil);
        Meeting Sitting(Committee body, LocalDate date)
        {
            var meeting = new Meeting { CommitteeId = body.Id, Date = date, StartTime = new LocalTime(19, 30), AgendaPublishedOn = date.PlusDays(-8) };
            meeting.SetPlace("Committee Rooms 1 & 2, Harrow Civic Centre", null);
            db.Add(meeting);
            return meeting;
        }
        AgendaItem Item(Meeting meeting, int number, string title)
        {
            var item = new AgendaItem { MeetingId = meeting.Id, Number = number, Title = title };
            db.Add(item);
            return item;
        }
        var october = Sitting(cabinet, new LocalDate(2017, 10, 12));
        CabinetItem = Item(october, 4, "Community Safety Strategy 2017-2020").Id;
        CabinetContractItem = Item(october, 9, "Leisure Services Contract").Id;
        CouncilItem = Item(Sitting(fullCouncil, new LocalDate(2017, 11, 16)), 6, "Community Safety Strategy 2017-2020").Id;
        EarlierItem = Item(Sitting(cabinet, new LocalDate(2017, 9, 5)), 3, "Budget Monitoring").Id;
        Report = await db.Reports.Where(r => r.Subject == "Community Safety Strategy 2017-2020").Select(r => r.Id).SingleAsync();
        var privateItem = await db.AgendaItems.SingleAsync(i => i.Title == "Contract for Leisure Services");
        var exempt = TestCouncil.NewReport(council.Id, privateItem, "Leisure Services Contract Award", r => HarrowReport(r.For("Overview and Scrutiny Committee", HeldOn)).Summary("Tender evaluation.").Body("The bids.").Exempt(3));
        db.Add(exempt);
        ExemptReport = exempt.Id;
        await db.SaveChangesAsync();
    }
}

public sealed class PostgresJourneySite : JourneySite
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}

/// <summary>A paper's journey through later meetings over the real socket, on SQLite and PostgreSQL (the subclasses at the end).</summary>
public abstract class PaperJourneyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract JourneySite NewSite();

    private static Dictionary<string, string> TakeOn(Guid item, string purpose, string recommendation) => new()
    {
        ["NextItemId"] = item.ToString(),
        ["NextPurpose"] = purpose,
        ["NextRecommendation"] = recommendation,
    };

    [Fact]
    public async Task A_report_taken_to_scrutiny_then_cabinet_then_council_is_one_record_with_three_consultations_on_its_public_page_and_in_OParl()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var staffPage = $"/admin/reports/{site.Report}";
        var form = await clerk.GetPageAsync(staffPage);
        Assert.Contains("Where this report goes next", form);
        Assert.Contains("Cabinet, 12 October 2017: item 4, Community Safety Strategy 2017-2020", form);

        var toCabinet = await clerk.PostFormAsync($"{staffPage}?handler=TakeOn", TakeOn(site.CabinetItem, "ForDecision", "That Cabinet adopts the strategy and recommends it to Council."), staffPage);
        var toCouncil = await clerk.PostFormAsync($"{staffPage}?handler=TakeOn", TakeOn(site.CouncilItem, "RecommendationToCouncil", "That Council adopts the Community Safety Strategy 2017-2020."), staffPage);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (toCabinet.StatusCode, toCouncil.StatusCode));

        // The one report, its originating item and two further considerations.
        await using (var db = QuorumDatabase.CreateContext(site.Database, site.Clock))
        {
            var report = await db.Reports.Include(r => r.Consultations).SingleAsync(r => r.Subject == "Community Safety Strategy 2017-2020", Cancel);
            Assert.Equal(site.Report, report.Id);
            Assert.Equal([site.CabinetItem, site.CouncilItem], report.Consultations.OrderBy(c => c.Purpose == ConsultationPurpose.ForDecision ? 0 : 1).Select(c => c.AgendaItemId));
        }

        var itemPage = await site.Client.GetStringAsync("/meetings/2017-09-19/overview-and-scrutiny/items/3", Cancel);
        var journey = itemPage[itemPage.IndexOf($"id=\"journey-{site.Report}\"", StringComparison.Ordinal)..];
        journey = journey[..journey.IndexOf("</dl>", StringComparison.Ordinal)];
        var scrutinyAt = journey.IndexOf("Overview and Scrutiny Committee, 19 September 2017", StringComparison.Ordinal);
        var cabinetAt = journey.IndexOf("<a class=\"govuk-link\" href=\"/meetings/2017-10-12/cabinet/items/4\">Cabinet, 12 October 2017</a>", StringComparison.Ordinal);
        var councilAt = journey.IndexOf("<a class=\"govuk-link\" href=\"/meetings/2017-11-16/council/items/6\">Council, 16 November 2017</a>", StringComparison.Ordinal);
        Assert.True(scrutinyAt >= 0 && scrutinyAt < cabinetAt && cabinetAt < councilAt, journey);
        Assert.Contains("Item 4, for decision", journey);
        Assert.Contains("Item 6, recommendation to Council", journey);
        Assert.Contains("Recommendation: That Council adopts the Community Safety Strategy 2017-2020.", journey);
        Assert.DoesNotContain("ForDecision", itemPage);
        Assert.DoesNotContain("RecommendationToCouncil", itemPage);

        var cabinetPage = await site.Client.GetStringAsync("/meetings/2017-10-12/cabinet/items/4", Cancel);
        Assert.Contains($"href=\"/meetings/2017-09-19/overview-and-scrutiny/items/3#report-{site.Report}\"", cabinetPage);
        Assert.Contains("This item considers the report written for Overview and Scrutiny Committee on 19 September 2017, for decision.", cabinetPage);

        var paper = JsonNode.Parse(await site.Client.GetStringAsync($"/oparl/v1.1/papers/{site.Report}", Cancel))!;
        var consultations = paper["consultation"]!.AsArray();
        Assert.Equal(3, consultations.Count);
        Assert.Equal([true, true, false], consultations.Select(c => (bool)c!["authoritative"]!));
        Assert.Equal(["Consideration", "for decision", "recommendation to Council"], consultations.Select(c => (string)c!["role"]!));
        Assert.All(consultations, c => Assert.EndsWith($"/oparl/v1.1/papers/{site.Report}", (string)c!["paper"]!, StringComparison.Ordinal));
        Assert.EndsWith($"/agenda-items/{site.CabinetItem}", (string)consultations[1]!["agendaItem"]!, StringComparison.Ordinal);
        var later = JsonNode.Parse(await site.Client.GetStringAsync((string)consultations[2]!["id"]!, Cancel))!;
        Assert.Equal("Consultation", ((string)later["type"]!).Split('/')[^1]);
        Assert.EndsWith($"/agenda-items/{site.CouncilItem}", (string)later["agendaItem"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taking_a_report_to_the_same_item_twice_or_an_earlier_meeting_is_refused_with_the_reason_and_nothing_is_written()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var staffPage = $"/admin/reports/{site.Report}";
        await clerk.PostFormAsync($"{staffPage}?handler=TakeOn", TakeOn(site.CabinetItem, "ForDecision", "That Cabinet adopts the strategy."), staffPage);

        var twice = await clerk.PostFormAsync($"{staffPage}?handler=TakeOn", TakeOn(site.CabinetItem, "ForComment", "Again."), staffPage);
        var before = await clerk.PostFormAsync($"{staffPage}?handler=TakeOn", TakeOn(site.EarlierItem, "ForComment", "Too soon."), staffPage);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (twice.StatusCode, before.StatusCode));
        Assert.Contains("is already considered at item 4 of Cabinet on 12 October 2017", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync(Cancel)));
        Assert.Contains("Cabinet on 5 September 2017 is before the meeting report 'Community Safety Strategy 2017-2020' was written for (19 September 2017)", WebUtility.HtmlDecode(await before.Content.ReadAsStringAsync(Cancel)));
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        Assert.Equal(1, await db.Consultations.IgnoreQueryFilters().CountAsync(Cancel));
    }

    [Fact]
    public async Task An_exempt_reports_journey_does_not_appear_publicly()
    {
        await using var site = NewSite();
        await site.InitializeAsync();
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var staffPage = $"/admin/reports/{site.ExemptReport}";
        var taken = await clerk.PostFormAsync($"{staffPage}?handler=TakeOn", TakeOn(site.CabinetContractItem, "ForDecision", "That Cabinet awards the contract."), staffPage);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Contains("Leisure Services Contract", await clerk.GetPageAsync(staffPage));

        var cabinetPage = await site.Client.GetStringAsync("/meetings/2017-10-12/cabinet/items/9", Cancel);
        var consultations = await site.Client.GetStringAsync($"/oparl/v1.1/bodies/{await CouncilIdAsync(site)}/consultations", Cancel);
        var paper = await site.Client.GetAsync($"/oparl/v1.1/papers/{site.ExemptReport}", Cancel);

        Assert.DoesNotContain("Leisure Services Contract Award", cabinetPage);
        Assert.Contains("There are no published papers for this item.", cabinetPage);
        Assert.DoesNotContain(site.ExemptReport.ToString(), consultations);
        Assert.DoesNotContain("That Cabinet awards the contract.", consultations);
        Assert.Equal(HttpStatusCode.NotFound, paper.StatusCode);
    }

    private static async Task<Guid> CouncilIdAsync(JourneySite site)
    {
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        return await db.Councils.Select(c => c.Id).SingleAsync(Cancel);
    }
}

public sealed class SqlitePaperJourneyTests : PaperJourneyTests
{
    protected override JourneySite NewSite() => new();
}

public sealed class PostgresPaperJourneyTests : PaperJourneyTests
{
    protected override JourneySite NewSite() => new PostgresJourneySite();
}
