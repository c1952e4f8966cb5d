using System.Security.Claims;
using Quorum.Data.Staff;
using Quorum.Domain.Reports;

namespace Quorum.Web.Pages.Admin.Reports;

/// <summary>
/// Who may do what with a report. Authors see and edit their own drafts; Democratic Services see every report and
/// may edit any draft; clearing officers see reports once submitted and alone record clearance, clear or return
/// them; nobody edits a report once it is submitted until it is returned. Councillors never reach these pages.
/// </summary>
public static class ReportAccess
{
    public const string Roles = $"{StaffRoles.ReportAuthor},{StaffRoles.ClearingOfficer},{StaffRoles.Clerk},{StaffRoles.Administrator}";

    public static bool IsClerk(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Clerk) || user.IsInRole(StaffRoles.Administrator);

    public static bool IsAuthorOf(ClaimsPrincipal user, Report report) =>
        user.IsInRole(StaffRoles.ReportAuthor) && report.DraftedBy is { } by && by == user.Identity?.Name;

    public static bool CanView(ClaimsPrincipal user, Report report) =>
        IsClerk(user) || IsAuthorOf(user, report) || (user.IsInRole(StaffRoles.ClearingOfficer) && report.State != PublicationState.Draft);

    public static bool CanEdit(ClaimsPrincipal user, Report report) =>
        report.State == PublicationState.Draft && (IsClerk(user) || IsAuthorOf(user, report));

    /// <summary>Democratic Services take a report on to later meetings (scrutiny, then Cabinet, then Council).</summary>
    public static bool CanTakeOn(ClaimsPrincipal user) => IsClerk(user);

    public static bool CanClear(ClaimsPrincipal user, Report report) =>
        user.IsInRole(StaffRoles.ClearingOfficer) && report.State == PublicationState.Submitted;
}
