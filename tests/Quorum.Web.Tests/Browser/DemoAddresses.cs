using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Pages.Admin.Papers;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>The demo records the addresses in <see cref="PageTypes"/> stand for, found in the site's database when a test runs.</summary>
internal static class DemoAddresses
{
    /// <summary>Fills in the demo records a staff address names.</summary>
    public static async Task<string> ResolveAsync(BrowserSite site, string path)
    {
        if (!path.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        var today = DemoSite.Today;
        if (path.Contains("{meeting}", StringComparison.Ordinal))
        {
            // The next meeting with a published agenda: the page a clerk opens most, with its publish and supplementary actions.
            var meeting = await db.Meetings.Where(m => m.Date >= today && m.AgendaPublishedOn != null).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync();
            return path.Replace("{meeting}", meeting.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{held}", StringComparison.Ordinal))
        {
            // The last meeting held: its record shows attendance, reserves and the quorum as the clerk entered them.
            var held = await db.Meetings.Where(m => m.Date < today && m.Status == Domain.Meetings.MeetingStatus.Held).OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync();
            return path.Replace("{held}", held.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{tracker}", StringComparison.Ordinal))
        {
            // The body with most actions: a tracker with open, overdue and complete rows.
            var committee = await db.ActionPoints.Join(db.Minutes, a => a.MinuteId, m => m.Id, (a, m) => m.CommitteeId)
                .GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            return path.Replace("{tracker}", committee.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{report}", StringComparison.Ordinal))
        {
            // What a clearing officer opens: a submitted report, with the clearance actions.
            var report = await db.Reports.Where(r => r.State == Domain.Reports.PublicationState.Submitted).OrderBy(r => r.DateOfMeeting).Select(r => r.Id).FirstAsync();
            return path.Replace("{report}", report.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{draft-enclosure}", StringComparison.Ordinal))
        {
            // The first enclosure of that draft: the confirmation before removing it.
            var draft = await db.Reports.Where(r => r.State == Domain.Reports.PublicationState.Draft)
                .OrderByDescending(r => r.Enclosures.Count).ThenBy(r => r.DateOfMeeting)
                .Select(r => new { r.Id, Enclosure = r.Enclosures.OrderBy(e => e.Number).Select(e => e.Id).First() }).FirstAsync();
            return path.Replace("{draft-enclosure}", $"{draft.Id}/enclosures/{draft.Enclosure}", StringComparison.Ordinal);
        }
        if (path.Contains("{draft}", StringComparison.Ordinal))
        {
            // A draft with the most enclosures: the list with its Remove buttons above the upload and write forms.
            var draft = await db.Reports.Where(r => r.State == Domain.Reports.PublicationState.Draft)
                .OrderByDescending(r => r.Enclosures.Count).ThenBy(r => r.DateOfMeeting).Select(r => r.Id).FirstAsync();
            return path.Replace("{draft}", draft.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{decision}", StringComparison.Ordinal))
        {
            // The newest published notice not yet implemented: the page with the call-in and implementation forms.
            var decision = await db.ExecutiveDecisions.Where(d => d.Status == Domain.Outcomes.ExecutiveDecisionStatus.Published && !d.CallInWaived)
                .OrderByDescending(d => d.DecidedOn).Select(d => d.Id).FirstAsync();
            return path.Replace("{decision}", decision.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{papers}", StringComparison.Ordinal))
        {
            var person = await db.Users.Where(u => u.UserName == "councillor").Select(u => u.PersonId).SingleAsync();
            var committees = await db.Memberships.Where(m => m.PersonId == person && m.From <= today && (m.To == null || m.To >= today)).Select(m => m.CommitteeId).ToListAsync();
            var meeting = await MembersPapers.MeetingsWithExemptBusiness(db, committees)
                .Where(m => m.AgendaItems.Any(i => i.Part == Domain.Meetings.AgendaPart.PartII)).Select(m => m.Id).FirstAsync();
            return path.Replace("{papers}", meeting.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{register}", StringComparison.Ordinal))
        {
            // A register with a sensitive entry, to show how staff see it (every demo councillor has a dispensation),
            // and an ended one, so the history table is shown too.
            var person = await db.People.Where(p => db.RegisteredInterests.Any(i => i.PersonId == p.Id && i.Sensitive)
                    && db.RegisteredInterests.Any(i => i.PersonId == p.Id && i.EndedOn != null))
                .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Select(p => p.Id).FirstAsync();
            return path.Replace("{register}", person.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{body}", StringComparison.Ordinal))
        {
            // The body with most seats: its members' table, co-optees and reserve lists at their fullest.
            var body = await db.Memberships.GroupBy(m => m.CommitteeId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            return path.Replace("{body}", body.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{person}", StringComparison.Ordinal))
        {
            // A councillor with seats: the seats list above the details form.
            var person = await db.People.Where(p => p.IsCouncillor && db.Memberships.Any(m => m.PersonId == p.Id))
                .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Select(p => p.Id).FirstAsync();
            return path.Replace("{person}", person.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{deputable}", StringComparison.Ordinal))
        {
            // A coming committee meeting with its agenda out and requests still open (the third working day before, at 3pm).
            var meeting = await db.Meetings.Where(m => m.Date > today.PlusDays(5) && m.AgendaPublishedOn != null && m.Status == Domain.Meetings.MeetingStatus.Scheduled
                    && m.Committee!.BodyType != Domain.Committees.BodyType.Council && m.Committee.BodyType != Domain.Committees.BodyType.Cabinet
                    && m.AgendaItems.Any(i => i.Standing == null && i.Part == Domain.Meetings.AgendaPart.PartI))
                .OrderBy(m => m.Date).Select(m => new { m.Date, m.Committee!.Slug }).FirstAsync();
            return path.Replace("{deputable}", $"{meeting.Date:uuuu-MM-dd}/{meeting.Slug}", StringComparison.Ordinal);
        }
        if (path.Contains("{year}", StringComparison.Ordinal))
        {
            // The current year: its roll-over check page lists the appointments and reserve lists made for it.
            var year = (await db.MunicipalYears.ToListAsync()).First(y => y.Contains(today));
            return path.Replace("{year}", year.Id.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{plan-entry}", StringComparison.Ordinal))
        {
            // The latest entry: in the demo, the one given a general exception notice.
            var entry = await db.ForwardPlanEntries.OrderByDescending(e => e.Number).Select(e => e.Id).FirstAsync();
            return path.Replace("{plan-entry}", entry.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{petition}", StringComparison.Ordinal))
        {
            // The answered petition: the response form with its lists of the council's records.
            var petition = await db.Petitions.Where(p => p.Number == 1).Select(p => p.Id).SingleAsync();
            return path.Replace("{petition}", petition.ToString(), StringComparison.Ordinal);
        }
        if (path.Contains("{deputation}", StringComparison.Ordinal))
        {
            // The request waiting for the Chair's decision: the decision form with its choices and time allowed.
            var deputation = await db.Deputations.Select(d => new { d.MeetingId, d.Id }).SingleAsync();
            return path.Replace("{deputation}", $"{deputation.MeetingId}/deputations/{deputation.Id}", StringComparison.Ordinal);
        }
        var clerk = await db.Users.Where(u => u.UserName == "clerk").Select(u => u.Id).SingleAsync();
        return path.Replace("{account}", clerk.ToString(), StringComparison.Ordinal);
    }
}
