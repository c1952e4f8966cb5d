using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NJsonSchema;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;
using Quorum.TestSupport;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Api.OParl;

/// <summary>
/// The demo council's forward plan of key decisions in OParl: each listed entry is a Paper of the body, beside its
/// reports, with its notice, status and links; a draft or withdrawn entry is not served, and an exempt entry gives its
/// Schedule 12A paragraph but never the reason staff recorded.
/// </summary>
public sealed class OParlForwardPlanTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string NoticeType = "Notice of a key decision";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Open() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    private async Task<JsonObject> GetAsync(string url)
    {
        using var response = await site.Client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!.AsObject();
    }

    /// <summary>
    /// The body's whole paper list. Tests here add entries straight to the database, past the cache eviction, so each
    /// test asks with a page size of its own: its first request is never answered from another's cached page.
    /// </summary>
    private async Task<List<JsonObject>> PaperListAsync(Guid councilId, int limit)
    {
        var papers = new List<JsonObject>();
        string? next = Url($"/oparl/v1.1/bodies/{councilId}/papers?limit={limit}");
        while (next is not null)
        {
            var page = await GetAsync(next);
            papers.AddRange(page["data"]!.AsArray().Select(p => p!.AsObject()));
            next = (string?)page["links"]?["next"];
        }
        return papers;
    }

    [Fact]
    public async Task Every_listed_key_decision_is_a_paper_of_the_body_beside_the_reports_and_answers_by_its_URL()
    {
        await using var db = Open();
        var entries = await db.ForwardPlanEntries.Where(e => e.ListedOn != null && e.WithdrawnOn == null).ToListAsync(Cancel);
        Assert.NotEmpty(entries);
        var councilId = entries[0].CouncilId;

        var papers = await PaperListAsync(councilId, 98);
        var notices = papers.Where(p => (string?)p["paperType"] == NoticeType).ToList();
        Assert.Equal(entries.Count, notices.Count);
        Assert.Contains(papers, p => (string?)p["paperType"] is "Report" or "Key decision report");
        Assert.Equal(papers.Count, papers.Select(p => (string)p["id"]!).Distinct().Count());

        var due = entries.First(e => e.ExecutiveDecisionId is null);
        var decided = entries.First(e => e.ExecutiveDecisionId is not null);
        var decisionStatus = await db.ExecutiveDecisions.Where(d => d.Id == decided.ExecutiveDecisionId).Select(d => d.Status).SingleAsync(Cancel);
        foreach (var entry in new[] { due, decided })
        {
            var url = Url($"/oparl/v1.1/papers/{entry.Id}");
            Assert.Contains(notices, n => (string)n["id"]! == url);
            var paper = await GetAsync(url);
            Assert.Equal(url, (string)paper["id"]!);
            Assert.Equal("https://schema.oparl.org/1.1/Paper", (string)paper["type"]!);
            Assert.Equal(Url($"/oparl/v1.1/bodies/{councilId}"), (string)paper["body"]!);
            Assert.Equal(entry.Decision, (string)paper["name"]!);
            Assert.Equal($"Key decision {entry.Number}", (string)paper["reference"]!);
            Assert.Equal(entry.DecisionDate.ToString("uuuu-MM-dd", null), (string)paper["date"]!);
            Assert.Equal(NoticeType, (string)paper["paperType"]!);
            Assert.Equal(Url($"/forward-plan/{entry.Number}"), (string)paper["web"]!);
            Assert.Equal(entry.Matter, (string)paper["quorum:matter"]!);
            var body = await db.Committees.Where(c => c.Id == entry.DecisionMakerBodyId).Select(c => c.Name).SingleAsync(Cancel);
            Assert.Equal(body, (string)paper["quorum:decisionMaker"]!);
            Assert.Equal(Url($"/oparl/v1.1/organizations/{entry.DecisionMakerBodyId}"), (string)paper["quorum:decisionMakerOrganization"]!);
            Assert.Equal(entry.Wards, (string)paper["quorum:wardsAffected"]!);
            Assert.Equal(entry.ListedOn!.Value.ToString("uuuu-MM-dd", null), (string)paper["quorum:listedOn"]!);
            Assert.Equal("28 clear days' notice (regulation 9)", (string)paper["quorum:notice"]!);
            var meetingPublic = await db.Meetings.WherePublic().AnyAsync(m => m.Id == entry.MeetingId, Cancel);
            Assert.Equal(meetingPublic ? Url($"/oparl/v1.1/meetings/{entry.MeetingId}") : null, (string?)paper["quorum:meeting"]);
            Assert.Null(paper["quorum:exemption"]);
            Assert.Null(paper["quorum:generalException"]);
            if (entry.ReportId is { } report && await db.Reports.WherePublic().AnyAsync(r => r.Id == report, Cancel))
            {
                Assert.Equal(Url($"/oparl/v1.1/papers/{report}"), (string)paper["relatedPaper"]![0]!);
            }
        }

        var pending = await GetAsync(Url($"/oparl/v1.1/papers/{due.Id}"));
        Assert.Equal("Decision due", (string)pending["quorum:status"]!);
        Assert.Null(pending["quorum:decisionNotice"]);

        var taken = await GetAsync(Url($"/oparl/v1.1/papers/{decided.Id}"));
        Assert.Equal(KeyDecisionRules.Describe(KeyDecisionRules.StatusOf(decided, decisionStatus)), (string)taken["quorum:status"]!);
        Assert.NotEqual("Decision due", (string)taken["quorum:status"]!);
        if (decisionStatus is ExecutiveDecisionStatus.Made)
        {
            Assert.Null(taken["quorum:decisionNotice"]);
        }
        else
        {
            Assert.Equal(Url($"/decisions/executive/{decided.ExecutiveDecisionId}"), (string)taken["quorum:decisionNotice"]!);
        }
    }

    [Fact]
    public async Task A_general_exception_notice_is_given_with_its_date_the_scrutiny_chair_and_the_reasons()
    {
        var late = await AddAsync("Emergency roof repairs at the town hall", listed: false, generalException: true);

        var paper = await GetAsync(Url($"/oparl/v1.1/papers/{late.Id}"));
        Assert.Equal("General exception (regulation 10)", (string)paper["quorum:notice"]!);
        Assert.Equal("Decision due", (string)paper["quorum:status"]!);
        Assert.Equal(DemoSite.Today.ToString("uuuu-MM-dd", null), (string)paper["quorum:generalException"]!["givenOn"]!);
        Assert.Equal("the Chair of the Overview and Scrutiny Committee", (string)paper["quorum:generalException"]!["scrutinyChairInformed"]!);
        Assert.Equal("The survey found the roof unsafe after the plan was published.", (string)paper["quorum:generalException"]!["reasons"]!);
        Assert.Null(paper["quorum:specialUrgency"]);
    }

    [Fact]
    public async Task Key_decision_notices_validate_against_the_OParl_1_1_Paper_schema()
    {
        Assert.SkipWhen(RepoPaths.Shared is null, "../shared is absent (a bare clone); the OParl schemas live in ../shared/reference/oparl-1.1-schema.");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Shared!, "reference", "oparl-1.1-schema", "Paper.json"), Cancel);
        await using var db = Open();
        var councilId = await db.ForwardPlanEntries.Select(e => e.CouncilId).FirstAsync(Cancel);
        var notices = (await PaperListAsync(councilId, 100)).Where(p => (string?)p["paperType"] == NoticeType).ToList();
        Assert.NotEmpty(notices);
        foreach (var notice in notices)
        {
            var errors = schema.Validate(notice.ToJsonString());
            Assert.True(errors.Count == 0, $"{notice["id"]} is not a valid Paper: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }
    }

    [Fact]
    public async Task A_draft_entry_is_not_found_and_a_withdrawn_one_is_only_a_tombstone()
    {
        var draft = await AddAsync("Draft: CANARY depot relocation", listed: false);
        var withdrawn = await AddAsync("Withdrawn: CANARY car park charges", listed: true, withdraw: true);

        using (var response = await site.Client.GetAsync($"/oparl/v1.1/papers/{draft.Id}", Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("CANARY", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        var tombstone = await GetAsync(Url($"/oparl/v1.1/papers/{withdrawn.Id}"));
        Assert.True((bool)tombstone["deleted"]!);
        Assert.DoesNotContain("CANARY", tombstone.ToJsonString(), StringComparison.Ordinal);

        // The list, asked afresh (a page size of this test's own, so no cached page), holds neither.
        var list = await GetAsync(Url($"/oparl/v1.1/bodies/{draft.CouncilId}/papers?limit=99"));
        var text = list.ToJsonString();
        Assert.DoesNotContain(draft.Id.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(withdrawn.Id.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exempt_entry_gives_its_Schedule_12A_paragraph_and_never_its_detail()
    {
        var exempt = await AddAsync("Disposal of the former library", listed: true, paragraph: 3, detail: "CANARY the bid from the preferred purchaser");

        var paper = await GetAsync(Url($"/oparl/v1.1/papers/{exempt.Id}"));
        Assert.Equal("Disposal of the former library", (string)paper["quorum:matter"]!);
        Assert.Equal(3, (int)paper["quorum:exemption"]!["paragraph"]!);
        Assert.Equal(new Schedule12AParagraph(3).Description, (string)paper["quorum:exemption"]!["description"]!);
        Assert.DoesNotContain("CANARY", paper.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<ForwardPlanEntry> AddAsync(string matter, bool listed, bool withdraw = false, int? paragraph = null, string? detail = null, bool generalException = false)
    {
        await using var db = Open();
        var template = await db.ForwardPlanEntries.Where(e => e.ListedOn != null).OrderBy(e => e.Number).FirstAsync(Cancel);
        var number = await db.ForwardPlanEntries.MaxAsync(e => e.Number, Cancel) + 1;
        var today = DemoSite.Today;
        var entry = new ForwardPlanEntry
        {
            CouncilId = template.CouncilId,
            Number = number,
            Matter = matter,
            Decision = $"To decide on {matter}.",
            DecisionMakerBodyId = template.DecisionMakerBodyId,
            // Ten days ahead is too late for 28 clear days' notice but in time for a general exception notice.
            DecisionDate = today.PlusDays(generalException ? 10 : 60),
            Wards = "All wards",
            ExemptionParagraph = paragraph is { } p ? new Schedule12AParagraph(p) : null,
            ExemptionDetail = detail,
        };
        if (listed)
        {
            entry.List(today);
        }
        if (generalException)
        {
            var committee = await db.Committees.Where(c => c.Id == template.DecisionMakerBodyId).Select(c => c.Name).SingleAsync(Cancel);
            var check = KeyDecisionRules.Check(new Deadlines(ProcedureRulebook.Harrow.For(entry.DecisionDate, committee)), entry, today);
            entry.GiveGeneralExceptionNotice(today, "the Chair of the Overview and Scrutiny Committee", "The survey found the roof unsafe after the plan was published.", check);
        }
        if (withdraw)
        {
            entry.Withdraw(today);
        }
        db.ForwardPlanEntries.Add(entry);
        await db.SaveChangesAsync(Cancel);
        return entry;
    }
}
