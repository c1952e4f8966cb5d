namespace Quorum.Web.Tests.Browser;

/// <summary>One address of every kind of public page on the demo council, named for its screenshot files.</summary>
public static class PageTypes
{
    public static readonly TheoryData<string, string> All = new()
    {
        { "home", "/" },
        { "calendar-month", "/calendar?month=2026-11" },
        { "calendar-list", "/calendar?view=list&year=2026" },
        { "committees", "/committees" },
        { "committee", "/committees/health-and-wellbeing-board" },
        { "meeting", "/meetings/2026-11-03/overview-and-scrutiny-committee" },
        { "meeting-upcoming", "/meetings/2026-11-25/planning-committee" },
        { "document", "/meetings/2026-11-03/overview-and-scrutiny-committee/items/7" },
        { "people", "/people" },
        { "person", "/people/anjana-henson" },
        { "decisions", "/decisions" },
        { "executive-decisions", "/decisions/executive" },
        { "forward-plan", "/forward-plan" },
        { "forward-plan-entry", "/forward-plan/1" },
        { "deputation-request", "/meetings/{deputable}/deputations/new" },
        { "deputation-received", "/meetings/{deputable}/deputations/received" },
        { "question-form", "/meetings/{deputable}/questions/new" },
        { "question-received", "/meetings/{deputable}/questions/received" },
        { "search", "/search?q=revenue+budget" },
        { "search-filtered", "/search?committee=overview-and-scrutiny-committee&sort=date" },
        { "search-error", "/search?q=safety&from=yesterday" },
        { "search-did-you-mean", "/search?q=pharmacutical" },
        { "contact", "/contact" },
        { "accessibility", "/accessibility" },
        { "privacy", "/privacy" },
        { "alerts", "/alerts" },
        { "alerts-check-your-email", "/alerts/check-your-email" },
        { "petitions", "/petitions" },
        { "petition-form", "/petitions/new" },
        { "petition-received", "/petitions/received" },
        { "petition-answered", "/petitions/1" },
        { "petition-open", "/petitions/2" },
        { "petition-check-your-email", "/petitions/2/check-your-email" },
        { "not-found", "/committees/no-such-committee" },
        { "bad-request", "/decisions?from=yesterday" },
    };

    /// <summary>
    /// The staff pages of the meeting cycle (meetings, decisions, petitions, the forward plan, deputations, questions,
    /// actions and reports), with the demo account that opens it (null: signed out). <c>{meeting}</c>, <c>{held}</c>,
    /// <c>{report}</c>, <c>{draft}</c>, <c>{decision}</c>, <c>{papers}</c>, <c>{register}</c>, <c>{body}</c>, <c>{person}</c> and <c>{account}</c>
    /// stand for a demo meeting, the last meeting held, a report awaiting clearance, a draft report with enclosures ({draft-enclosure}: the report and its first enclosure), a
    /// published executive decision not yet implemented, a meeting of the councillor's committee with Part II business,
    /// a councillor with a sensitive interest and an ended one, the body with most seats (members, co-optees and reserves), a councillor who
    /// holds seats, the current municipal year ({year}), the forward plan's latest entry ({plan-entry}), the answered petition ({petition}), the demo's deputation request ({deputation}: its meeting and its own id) and the clerk's account, found when the test runs.
    /// </summary>
    public static readonly TheoryData<string, string?, string> StaffMeetingsAndReports = new()
    {
        { "admin-sign-in", null, "/admin/sign-in" },
        { "admin-home", "clerk", "/admin" },
        { "admin-meetings", "clerk", "/admin/meetings" },
        { "admin-new-meeting", "clerk", "/admin/meetings/new" },
        { "admin-meeting", "clerk", "/admin/meetings/{meeting}" },
        { "admin-confirm-publish", "clerk", "/admin/meetings/{meeting}/confirm/publish" },
        { "admin-confirm-cancel", "clerk", "/admin/meetings/{meeting}/confirm/cancel" },
        { "admin-confirm-supplementary-not-yet", "clerk", "/admin/meetings/{meeting}/confirm/supplementary" },
        { "admin-record-meeting", "clerk", "/admin/meetings/{held}/record" },
        { "admin-record-item", "clerk", "/admin/meetings/{held}/record/items/1" },
        { "admin-record-minutes", "clerk", "/admin/meetings/{held}/record/minutes" },
        { "admin-publish-minutes-not-yet", "clerk", "/admin/meetings/{held}/record/minutes/publish" },
        { "admin-decisions", "clerk", "/admin/decisions" },
        { "admin-petitions", "clerk", "/admin/petitions" },
        { "admin-petition", "clerk", "/admin/petitions/{petition}" },
        { "admin-publish-petition-already", "clerk", "/admin/petitions/{petition}/publish" },
        { "admin-reject-petition-already", "clerk", "/admin/petitions/{petition}/reject" },
        { "admin-decisions-new", "clerk", "/admin/decisions/new" },
        { "admin-decisions-decision", "clerk", "/admin/decisions/{decision}" },
        { "admin-publish-decision-already", "clerk", "/admin/decisions/{decision}/publish" },
        { "admin-forward-plan", "clerk", "/admin/forward-plan" },
        { "admin-forward-plan-new", "clerk", "/admin/forward-plan/new" },
        { "admin-forward-plan-entry", "clerk", "/admin/forward-plan/{plan-entry}" },
        { "admin-forward-plan-edit", "clerk", "/admin/forward-plan/{plan-entry}/edit" },
        { "admin-forward-plan-general-exception", "clerk", "/admin/forward-plan/{plan-entry}/general-exception" },
        { "admin-forward-plan-withdraw", "clerk", "/admin/forward-plan/{plan-entry}/withdraw" },
        { "admin-deputations", "clerk", "/admin/meetings/{meeting}/deputations" },
        { "admin-deputation-decide", "clerk", "/admin/meetings/{deputation}" },
        { "admin-questions", "clerk", "/admin/meetings/{meeting}/questions" },
        { "admin-actions", "clerk", "/admin/actions" },
        { "admin-action-tracker", "clerk", "/admin/actions/{tracker}" },
        { "admin-reports", "clerk", "/admin/reports" },
        { "admin-new-report", "author", "/admin/reports/new" },
        { "admin-report", "clearing", "/admin/reports/{report}" },
        { "admin-report-enclosures", "clerk", "/admin/reports/{draft}/enclosures" },
        { "admin-remove-enclosure", "clerk", "/admin/reports/{draft-enclosure}/remove" },
    };

    /// <summary>The rest of the staff pages: the audit log, accounts, members' papers, interests, bodies, people, years and settings.</summary>
    public static readonly TheoryData<string, string?, string> StaffCouncilAndAccounts = new()
    {
        { "admin-audit", "admin", "/admin/audit" },
        { "admin-accounts", "admin", "/admin/accounts" },
        { "admin-new-account", "admin", "/admin/accounts/new" },
        { "admin-account", "admin", "/admin/accounts/{account}" },
        { "admin-papers", "councillor", "/admin/papers" },
        { "admin-papers-meeting", "councillor", "/admin/papers/{papers}" },
        { "admin-interests", "clerk", "/admin/interests" },
        { "admin-interests-register", "clerk", "/admin/interests/{register}" },
        { "admin-bodies", "clerk", "/admin/bodies" },
        { "admin-new-body", "clerk", "/admin/bodies/new" },
        { "admin-body", "clerk", "/admin/bodies/{body}" },
        { "admin-edit-body", "clerk", "/admin/bodies/{body}/edit" },
        { "admin-retire-body", "clerk", "/admin/bodies/{body}/retire" },
        { "admin-people", "clerk", "/admin/people" },
        { "admin-new-person", "clerk", "/admin/people/new" },
        { "admin-person", "clerk", "/admin/people/{person}" },
        { "admin-groups-and-wards", "clerk", "/admin/people/groups-and-wards" },
        { "admin-years", "clerk", "/admin/years" },
        { "admin-roll-over-year", "clerk", "/admin/years/{year}/roll-over" },
        { "admin-record-election", "clerk", "/admin/years/election" },
        { "admin-import-past-papers", "clerk", "/admin/imports" },
        { "admin-settings", "admin", "/admin/settings" },
        { "admin-settings-details", "admin", "/admin/settings/details" },
        { "admin-settings-procedure", "admin", "/admin/settings/procedure" },
    };
}
