using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Pages;

namespace Quorum.Web.Tests.Security;

/// <summary>
/// The Harrow pack site with what an attacker or a careless upload leaves behind: an enclosure listed under an
/// ".html" name, a report summary carrying script, a declaration on Part II business, an enclosure taken off a
/// draft that was never public, and a petition somebody has signed.
/// </summary>
public sealed class HardenedSite : PackSite
{
    public const string PartIIDeclarationCanary = "CANARY-PART-II-DECLARATION-9f1e";
    public const string ScriptInSummary = "<script>alert('feed')</script>";
    public const string NeverPublicEnclosure = "CANARY-NEVER-PUBLIC-ENCLOSURE-41aa";

    /// <summary>Has signed <see cref="PetitionPage"/> (not yet confirmed): whether it has is nobody else's business.</summary>
    public const string PetitionSigner = "sam.signer@example.org";

    public const string PetitionPage = "/petitions/1";

    public Guid HtmlNamedEnclosure { get; private set; }

    public Guid RemovedDraftEnclosure { get; private set; }

    protected override async Task SeedMoreAsync(QuorumDbContext db)
    {
        await base.SeedMoreAsync(db);
        var held = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Date == HeldOn);
        var safety = await db.Reports.Include(r => r.Enclosures).SingleAsync(r => r.AgendaItem!.MeetingId == held.Id && r.AgendaItem.Number == 3);
        // Listed as the uploader named it before names were checked: a valid PDF called ".html".
        var appendix = safety.Enclosures.Single(e => e.ExemptionParagraph == null);
        appendix.Replace("appendix-1.html", appendix.PageCount, appendix.Sha256);
        HtmlNamedEnclosure = appendix.Id;
        safety.Summary += $" {ScriptInSummary} **Safer streets**.";
        var member = await db.People.SingleAsync(p => p.FamilyName == "Almond");
        db.Declarations.Add(new Declaration
        {
            MeetingId = held.Id,
            PersonId = member.Id,
            AgendaItemId = held.AgendaItems.Single(i => i.Part == Domain.Meetings.AgendaPart.PartII).Id,
            Kind = InterestKind.DisclosablePecuniary,
            Nature = PartIIDeclarationCanary,
            Outcome = DeclarationOutcome.Withdrew,
        });
        // An enclosure removed while the report was still a draft, before it was published: it was never public.
        var removed = safety.AddEnclosure(NeverPublicEnclosure, "wrong-file.pdf", 1, new string('d', 64));
        db.Add(removed);
        await db.SaveChangesAsync();
        db.Remove(removed);
        await db.SaveChangesAsync();
        RemovedDraftEnclosure = removed.Id;

        var petition = new Petition
        {
            CouncilId = (await db.Councils.SingleAsync()).Id,
            Number = 1,
            Title = "Keep the Canons Park toilets open",
            Asks = "Open them all year.",
            StartedBy = "Pat Starter",
            Email = "pat.starter@example.org",
            ClosesOn = new LocalDate(2017, 12, 31),
            ReceivedAt = HarrowNow - Duration.FromDays(7),
        };
        petition.Publish("clerk", HarrowNow - Duration.FromDays(6));
        db.Add(petition);
        db.Add(new PetitionSignature { PetitionId = petition.Id, Name = "Sam Signer", Email = PetitionSigner, EmailKey = PetitionSigner, SignedAt = HarrowNow - Duration.FromDays(1) });
        await db.SaveChangesAsync();
    }
}

/// <summary>What every outward path answers with: security headers, documents typed by what they are, safe feeds, one rule for declarations.</summary>
public sealed class HardenedSiteTests(HardenedSite site) : IClassFixture<HardenedSite>
{
    private const string HeldMeeting = "/meetings/2017-09-19/overview-and-scrutiny";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Public_pages_staff_pages_the_API_PDFs_and_enclosures_carry_the_security_headers()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["public page"] = await site.Client.GetAsync(HeldMeeting, Ct),
            ["staff page"] = await clerk.GetAsync("/admin"),
            ["search API"] = await site.Client.GetAsync("/api/search?q=safety", Ct),
            ["OParl"] = await site.Client.GetAsync("/oparl/v1.1/system", Ct),
            ["agenda pack"] = await site.Client.GetAsync(HeldMeeting + "/agenda.pdf", Ct),
            ["enclosure"] = await site.Client.GetAsync($"/oparl/v1.1/files/{site.HtmlNamedEnclosure}/access", Ct),
        };
        foreach (var (what, response) in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what} answered {(int)response.StatusCode}");
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline' ;script", policy, StringComparison.Ordinal);
        }
        foreach (var page in new[] { "public page", "staff page" })
        {
            var policy = Header(responses[page], "Content-Security-Policy");
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", await responses[page].Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        foreach (var document in new[] { "agenda pack", "enclosure" })
        {
            Assert.StartsWith("sandbox", Header(responses[document], "Content-Security-Policy"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_enclosure_listed_under_an_html_name_is_served_as_a_sandboxed_PDF_never_as_a_page()
    {
        using var access = await site.Client.GetAsync($"/oparl/v1.1/files/{site.HtmlNamedEnclosure}/access", Ct);
        using var download = await site.Client.GetAsync($"/oparl/v1.1/files/{site.HtmlNamedEnclosure}/download", Ct);
        var file = await site.Client.GetStringAsync($"/oparl/v1.1/files/{site.HtmlNamedEnclosure}", Ct);

        Assert.Equal("application/pdf", access.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Header(access, "X-Content-Type-Options"));
        Assert.StartsWith("sandbox", Header(access, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".pdf", download.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("\"mimeType\": \"application/pdf\"", file.Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_carry_report_summaries_as_sanitised_HTML()
    {
        foreach (var feed in new[] { "/feeds/documents.rss", "/feeds/documents.atom" })
        {
            var xml = XDocument.Parse(await site.Client.GetStringAsync(feed, Ct));
            var summaries = xml.Descendants().Where(e => e.Name.LocalName is "description" or "summary").Select(e => e.Value).ToList();
            var safety = summaries.Single(s => s.Contains("Safer streets", StringComparison.Ordinal));
            // The element's text is what a feed reader renders as HTML: no script, the Markdown made safe.
            Assert.DoesNotContain("<script", safety, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<strong>Safer streets</strong>", safety, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_declaration_on_Part_II_business_is_on_no_public_page_feed_or_API()
    {
        var people = await site.Client.GetStringAsync("/people", Ct);
        var memberPath = System.Text.RegularExpressions.Regex.Match(people, "href=\"(/people/[^\"]*almond[^\"]*)\"").Groups[1].Value;
        var member = await site.Client.GetStringAsync(memberPath, Ct);
        var meeting = await site.Client.GetStringAsync(HeldMeeting, Ct);
        var oparl = await OParlMeetingsAsync();

        Assert.DoesNotContain(HardenedSite.PartIIDeclarationCanary, member, StringComparison.Ordinal);
        Assert.DoesNotContain(HardenedSite.PartIIDeclarationCanary, meeting, StringComparison.Ordinal);
        Assert.DoesNotContain(HardenedSite.PartIIDeclarationCanary, oparl, StringComparison.Ordinal);
        // The Part I declaration of the same meeting is still published.
        Assert.Contains("governor of a local primary school", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_a_petition_answers_alike_whether_or_not_the_address_has_signed_it_and_only_the_address_is_told()
    {
        using var resident = new StaffClient(site.BaseAddress);
        var answers = new List<(HttpStatusCode Status, string? Location)>();
        foreach (var email in new[] { HardenedSite.PetitionSigner, "somebody.new@example.org" })
        {
            // Any page's form token will do: this site has no mail relay, so the petition shows no form.
            using var sent = await resident.PostFormAsync(HardenedSite.PetitionPage, new() { ["Name"] = "Any Body", ["Email"] = email, ["Website"] = "" }, formPage: "/meetings/2017-10-17/overview-and-scrutiny/questions/new");
            answers.Add((sent.StatusCode, sent.Headers.Location?.OriginalString));
        }

        Assert.Equal((HttpStatusCode.Redirect, $"{HardenedSite.PetitionPage}/check-your-email"), answers[0]);
        Assert.Equal(answers[0], answers[1]);
        await using var db = QuorumDatabase.CreateContext(site.Database, site.Clock);
        Assert.Equal(1, await db.PetitionSignatures.CountAsync(s => s.EmailKey == HardenedSite.PetitionSigner, TestContext.Current.CancellationToken));
        var told = await db.OutgoingMail.SingleAsync(m => m.To == HardenedSite.PetitionSigner, TestContext.Current.CancellationToken);
        Assert.StartsWith("You have already signed", told.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OParl_lists_no_deletion_of_an_enclosure_that_was_never_public()
    {
        var files = await site.Client.GetStringAsync(await BodyListAsync("file") + "?modified_since=2000-01-01T00:00:00Z", Ct);
        using var tombstone = await site.Client.GetAsync($"/oparl/v1.1/files/{site.RemovedDraftEnclosure}", Ct);

        Assert.DoesNotContain(site.RemovedDraftEnclosure.ToString(), files, StringComparison.Ordinal);
        Assert.Contains(site.HtmlNamedEnclosure.ToString(), files, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, tombstone.StatusCode);
    }

    /// <summary>The address of one of the council's OParl lists, from its Body object.</summary>
    private async Task<string> BodyListAsync(string list)
    {
        using var bodies = System.Text.Json.JsonDocument.Parse(await site.Client.GetStringAsync("/oparl/v1.1/bodies", Ct));
        return bodies.RootElement.GetProperty("data")[0].GetProperty(list).GetString()!;
    }

    private async Task<string> OParlMeetingsAsync() => await site.Client.GetStringAsync(await BodyListAsync("meeting"), Ct);

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
