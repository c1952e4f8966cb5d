using Microsoft.AspNetCore.Identity;

namespace Quorum.Data.Staff;

/// <summary>
/// A signed-in account: Democratic Services, report authors, clearing officers, administrators and councillors.
/// Identity keeps the password hash, lockout count and security stamp; a councillor's account names the Person
/// it belongs to, which decides the committees whose Part II papers they may read.
/// </summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public StaffUser()
    {
        Id = Guid.NewGuid();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>"Jo Frost, Democratic Services Officer", as shown on screens and in the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The councillor (or officer) record this account belongs to; required for councillors.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The one council this account serves; null for a shared-service team that serves every council of the install.</summary>
    public Guid? CouncilId { get; set; }
}

/// <summary>The roles of the staff side; each page says which it allows.</summary>
public static class StaffRoles
{
    public const string Administrator = "Administrator";

    /// <summary>Democratic Services officer: builds agendas and publishes them.</summary>
    public const string Clerk = "Clerk";

    public const string ReportAuthor = "ReportAuthor";

    /// <summary>Chief Financial Officer, Monitoring Officer, Corporate Director, or someone on their behalf.</summary>
    public const string ClearingOfficer = "ClearingOfficer";

    public const string Councillor = "Councillor";

    public static readonly IReadOnlyList<string> All = [Administrator, Clerk, ReportAuthor, ClearingOfficer, Councillor];

    public static string Describe(string role) => role switch
    {
        Administrator => "Administrator",
        Clerk => "Democratic Services officer",
        ReportAuthor => "Report author",
        ClearingOfficer => "Clearing officer",
        Councillor => "Councillor",
        _ => role,
    };
}
